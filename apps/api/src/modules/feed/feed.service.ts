import { Injectable } from '@nestjs/common';
import { badInput } from '../../common/errors/app-error';
import { decodeCursor, encodeCursor } from '../../common/graphql/cursor.util';
import type { Page } from '../../common/graphql/connection.model';
import { pageOf } from '../../common/graphql/page.util';
import { Person } from '../people/person.entity';
import { FeedArgs } from './dto/feed.args';
import { FeedItem, FeedOptions, FeedPosition, FeedRepository } from './feed.repository';

/**
 * The home feed's keyset position, opaque to clients. `asOf` is when the first page was read: whether
 * an article counts as pinned is judged at that instant on every later page, so a pin running out
 * while someone scrolls neither repeats nor drops an article. `publishedAt` is PostgreSQL's text with
 * microseconds (the codec keeps it as text; a JS Date would round it).
 */
export interface FeedCursor {
  asOf: Date;
  pinned: boolean;
  publishedAt: string;
  id: string;
}

const FEED_CURSOR = 'feed';

export function encodeFeedCursor(cursor: FeedCursor): string {
  return encodeCursor(FEED_CURSOR, [cursor.asOf.getTime(), cursor.pinned, cursor.publishedAt, cursor.id]);
}

export function decodeFeedCursor(value: string): FeedCursor {
  const [asOf, pinned, publishedAt, id] = decodeCursor(FEED_CURSOR, value, [
    'int',
    'bool',
    'timestamp',
    'uuid',
  ]);
  // The codec checks kinds; an instant before 1970 is not one this API wrote either.
  if (asOf <= 0) throw badInput('after', 'INVALID_CURSOR', 'The cursor is not one this API gave out.');
  return { asOf: new Date(asOf), pinned, publishedAt, id };
}

/**
 * The news feed and the home feed, paged: the cursor, the page size and the instant pins are judged
 * at. The statement (one per page, whatever its size) is FeedRepository's.
 */
@Injectable()
export class FeedService {
  constructor(private readonly feed: FeedRepository) {}

  async page(viewer: Person, args: FeedArgs, options: FeedOptions = {}): Promise<Page<FeedItem>> {
    const cursor = args.after ? decodeFeedCursor(args.after) : null;
    const position: FeedPosition = {
      asOf: cursor?.asOf ?? new Date(),
      after: cursor && { pinned: cursor.pinned, publishedAt: cursor.publishedAt, id: cursor.id },
    };
    const rows = await this.feed.page(viewer, args.first, position, args.filter, options);
    return pageOf(rows, args.first, (row) => ({
      node: this.feed.item(row),
      cursor: encodeFeedCursor({
        asOf: position.asOf,
        pinned: row.feed_pinned as boolean,
        publishedAt: row.feed_at_text as string,
        id: (row.id ?? row.post_id) as string,
      }),
    }));
  }
}
