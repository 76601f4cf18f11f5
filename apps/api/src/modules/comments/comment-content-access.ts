import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Person } from '../people/person.entity';
import { ContentAccess, ContentKindAccess, ContentRef } from '../content/content-access';

/**
 * Comments as content: a comment is visible exactly when its target (article or post) is, and it
 * is not removed (a removed comment is only a placeholder in its thread: nothing to react to, edit
 * or report). Hidden comments are ContentAccess's business, as for every kind.
 */
@Injectable()
export class CommentContentAccess implements ContentKindAccess {
  readonly kind = 'COMMENT' as const;

  constructor(private readonly access: ContentAccess) {}

  async visibleIds(
    viewer: Person,
    refs: readonly ContentRef[],
    manager: EntityManager,
  ): Promise<Set<string>> {
    const rows: { id: string; target_id: string }[] = await manager.query(
      `SELECT id, target_id FROM comment WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL`,
      [refs.map((r) => r.id)],
    );
    if (rows.length === 0) return new Set();
    const targets = await this.access.visible(viewer, [...new Set(rows.map((r) => r.target_id))], manager);
    return new Set(rows.filter((r) => targets.has(r.target_id)).map((r) => r.id));
  }
}
