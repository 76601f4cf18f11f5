import { badInput } from '../../common/errors/app-error';

/** The directory's keyset position: the last row's (display_name, id), opaque to clients. */
export interface PeopleCursor {
  displayName: string;
  id: string;
}

export function encodeCursor(cursor: PeopleCursor): string {
  return Buffer.from(JSON.stringify([cursor.displayName, cursor.id])).toString('base64url');
}

export function decodeCursor(value: string): PeopleCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === 'string' &&
      typeof parsed[1] === 'string' &&
      /^[0-9a-f-]{36}$/i.test(parsed[1])
    ) {
      return { displayName: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through
  }
  throw badInput('after', 'INVALID_CURSOR', 'The cursor is not one this API gave out.');
}

/** `%`, `_` and `\` in a search term are literal characters, not patterns. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
