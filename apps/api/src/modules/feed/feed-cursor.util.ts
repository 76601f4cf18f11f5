import { badInput } from '../../common/errors/app-error';

/**
 * The home feed's keyset position, opaque to clients. `asOf` is when the first page was read: whether
 * an article counts as pinned is judged at that instant on every later page, so a pin running out
 * while someone scrolls neither repeats nor drops an article. `publishedAt` is PostgreSQL's text with
 * microseconds (a JS Date would round to milliseconds and skip or repeat rows at the boundary).
 */
export interface FeedCursor {
  asOf: Date;
  pinned: boolean;
  publishedAt: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

export function encodeFeedCursor(cursor: FeedCursor): string {
  return Buffer.from(
    JSON.stringify([cursor.asOf.getTime(), cursor.pinned ? 1 : 0, cursor.publishedAt, cursor.id]),
  ).toString('base64url');
}

export function decodeFeedCursor(value: string): FeedCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 4) {
      const [asOf, pinned, publishedAt, id] = parsed as unknown[];
      if (
        Number.isSafeInteger(asOf) &&
        (asOf as number) > 0 &&
        (pinned === 0 || pinned === 1) &&
        typeof publishedAt === 'string' &&
        TIMESTAMP.test(publishedAt) &&
        typeof id === 'string' &&
        UUID.test(id)
      ) {
        return { asOf: new Date(asOf as number), pinned: pinned === 1, publishedAt, id };
      }
    }
  } catch {
    // fall through
  }
  throw badInput('after', 'INVALID_CURSOR', 'The cursor is not one this API gave out.');
}
