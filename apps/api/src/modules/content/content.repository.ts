import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { BaseRepository } from '../../database/base.repository';
import type { ContentRefRow } from './content-access';

/** Where the content module reads `content_item`, the row every article, post and comment shares. */
@Injectable()
export class ContentRepository extends BaseRepository {
  /**
   * The transaction's manager when given one, otherwise the pool's: what ContentAccess hands to each
   * kind's rule (ContentKindAccess, SpaceModeration), which always gets one.
   */
  manager(manager?: EntityManager): EntityManager {
    return this.db(manager);
  }

  /** The items with these ids (uuids only), as ContentRef rows; unknown ids are left out. */
  refs(ids: readonly string[], manager?: EntityManager): Promise<ContentRefRow[]> {
    return this.db(manager).query(
      `SELECT id, kind, author_id, space_id, hidden_at, comments_closed_at IS NOT NULL AS comments_closed
         FROM content_item WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }
}
