import { Injectable } from '@nestjs/common';
import { BaseRepository } from '../../database/base.repository';
import { ContentCounts, readCounts } from '../counters/content-counters';

/** Where the conversation fields reach PostgreSQL: the counters (the lists come from comments and reactions). */
@Injectable()
export class ConversationFieldsRepository extends BaseRepository {
  /** Reaction counts, comment count, commentsClosed and the content ref of each item, in one statement. */
  counts(ids: readonly string[]): Promise<ContentCounts[]> {
    return readCounts(this.db(), ids);
  }
}
