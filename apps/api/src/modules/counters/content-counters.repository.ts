import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { BaseRepository } from '../../database/base.repository';
import { ContentCounts, countsOf, CountsRow } from './content-counters';

/** Where reaction and comment counts are read: the shard rows the triggers write, summed. */
@Injectable()
export class ContentCountersRepository extends BaseRepository {
  /** The counts of each of `ids` (unknown ids get zeros), in one statement. */
  async counts(ids: readonly string[], manager?: EntityManager): Promise<ContentCounts[]> {
    const rows: CountsRow[] = await this.db(manager).query(
      `SELECT ci.id, ci.kind, ci.author_id, ci.space_id, ci.hidden_at, ci.hidden_reason,
            ci.comments_closed_at IS NOT NULL AS comments_closed, c.metric, c.total
       FROM content_item ci
       LEFT JOIN LATERAL (
         SELECT metric, sum(value)::int AS total FROM content_counter WHERE content_id = ci.id GROUP BY metric
       ) c ON true
      WHERE ci.id = ANY($1::uuid[])`,
      [ids],
    );
    return countsOf(ids, rows);
  }
}
