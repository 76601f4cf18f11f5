import { isUUID } from 'class-validator';
import { badInput } from '../../common/errors/app-error';

/**
 * Studio lists page by (updated_at, id) of the last row. The cursor names that row only; the
 * database supplies its exact timestamp (microseconds, which a JS Date would round).
 */
export function encodeArticleCursor(id: string): string {
  return Buffer.from(JSON.stringify(['a', id])).toString('base64url');
}

export function decodeArticleCursor(value: string): string {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      parsed[0] === 'a' &&
      typeof parsed[1] === 'string' &&
      isUUID(parsed[1])
    ) {
      return parsed[1];
    }
  } catch {
    // fall through
  }
  throw badInput('after', 'INVALID_CURSOR', 'The cursor is not one this API gave out.');
}
