import { isUUID } from 'class-validator';
import { badInput } from '../../common/errors/app-error';

/** The queue pages by (created_at, id) of the last report; the cursor names it. */
export function encodeReportCursor(id: string): string {
  return Buffer.from(JSON.stringify(['m', id])).toString('base64url');
}

export function decodeReportCursor(value: string): string {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      parsed[0] === 'm' &&
      typeof parsed[1] === 'string' &&
      isUUID(parsed[1])
    )
      return parsed[1];
  } catch {
    // fall through
  }
  throw badInput('after', 'INVALID_CURSOR', 'The cursor is not one this API gave out.');
}
