import { badInput } from '../errors/app-error';

/**
 * The one codec for keyset cursors, opaque to clients: a tag naming the list and the sort key of the
 * last row, as base64url JSON. Each part is checked against its declared kind on the way back in, so
 * a cursor from another list or one tampered with is refused as BAD_USER_INPUT (`after`,
 * INVALID_CURSOR) before it reaches SQL. Timestamps stay PostgreSQL's text with microseconds (a JS
 * Date would round them to milliseconds and skip or repeat rows at a page boundary).
 */
export type CursorPart = 'uuid' | 'text' | 'timestamp' | 'int' | 'bool';

type PartValue<P extends CursorPart> = P extends 'int' ? number : P extends 'bool' ? boolean : string;
export type CursorKey<P extends readonly CursorPart[]> = { [I in keyof P]: PartValue<P[I]> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}(:?\d{2})?)$/;

const valid: Record<CursorPart, (value: unknown) => boolean> = {
  uuid: (v) => typeof v === 'string' && UUID.test(v),
  text: (v) => typeof v === 'string',
  timestamp: (v) => typeof v === 'string' && TIMESTAMP.test(v),
  int: (v) => Number.isSafeInteger(v),
  bool: (v) => typeof v === 'boolean',
};

export function encodeCursor(tag: string, key: readonly (string | number | boolean)[]): string {
  return Buffer.from(JSON.stringify([tag, ...key])).toString('base64url');
}

export function decodeCursor<const P extends readonly CursorPart[]>(
  tag: string,
  value: string,
  parts: P,
): CursorKey<P> {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === parts.length + 1 &&
      parsed[0] === tag &&
      parts.every((part, i) => valid[part](parsed[i + 1]))
    ) {
      return parsed.slice(1) as CursorKey<P>;
    }
  } catch {
    // fall through: not base64url JSON
  }
  throw badInput('after', 'INVALID_CURSOR', 'The cursor is not one this API gave out.');
}
