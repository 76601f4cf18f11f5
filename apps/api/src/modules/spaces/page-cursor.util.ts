import { badInput } from '../../common/errors/app-error';

/**
 * Opaque keyset cursors for the conversation lists: a tag (which list) and the sort key of the
 * last row. A cursor from another list, or tampered with, is BAD_USER_INPUT (reason INVALID_CURSOR).
 */
export function encodeCursor(tag: string, key: readonly string[]): string {
  return Buffer.from(JSON.stringify([tag, ...key])).toString('base64url');
}

export function decodeCursor(tag: string, value: string, size: number): string[] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === size + 1 &&
      parsed[0] === tag &&
      parsed.every((p) => typeof p === 'string')
    ) {
      return parsed.slice(1) as string[];
    }
  } catch {
    // fall through
  }
  throw badInput('after', 'INVALID_CURSOR', 'The cursor is not one this API gave out.');
}
