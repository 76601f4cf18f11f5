import { isUUID } from 'class-validator';
import { badInput } from '../../common/errors/app-error';

/** Comment pages go by (created_at, id) of the last comment; the cursor names it, the database has its exact time. */
export function encodeCommentCursor(id: string): string {
  return Buffer.from(JSON.stringify(['c', id])).toString('base64url');
}

export function decodeCommentCursor(value: string): string {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      parsed[0] === 'c' &&
      typeof parsed[1] === 'string' &&
      isUUID(parsed[1])
    )
      return parsed[1];
  } catch {
    // fall through
  }
  throw badInput('after', 'INVALID_CURSOR', 'The cursor is not one this API gave out.');
}
