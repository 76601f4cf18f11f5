import { isUUID } from 'class-validator';
import { badInput } from '../../common/errors/app-error';

/** "Who reacted" pages by (created_at, person_id) of the last row; the cursor names the person only. */
export function encodeReactorCursor(personId: string): string {
  return Buffer.from(JSON.stringify(['r', personId])).toString('base64url');
}

export function decodeReactorCursor(value: string): string {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      parsed[0] === 'r' &&
      typeof parsed[1] === 'string' &&
      isUUID(parsed[1])
    )
      return parsed[1];
  } catch {
    // fall through
  }
  throw badInput('after', 'INVALID_CURSOR', 'The cursor is not one this API gave out.');
}
