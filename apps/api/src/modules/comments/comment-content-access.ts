import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Person } from '../people/person.entity';
import { ContentAccess, ContentKindAccess, ContentRef } from '../content/content-access';
import { CommentsRepository } from './comments.repository';

/**
 * Comments as content: a comment is visible exactly when its target (article or post) is, and it
 * is not removed (a removed comment is only a placeholder in its thread: nothing to react to, edit
 * or report). Hidden comments are ContentAccess's business, as for every kind.
 */
@Injectable()
export class CommentContentAccess implements ContentKindAccess {
  readonly kind = 'COMMENT' as const;

  constructor(
    private readonly access: ContentAccess,
    private readonly repo: CommentsRepository,
  ) {}

  async visibleIds(
    viewer: Person,
    refs: readonly ContentRef[],
    manager: EntityManager,
  ): Promise<Set<string>> {
    const rows = await this.repo.live(
      refs.map((r) => r.id),
      manager,
    );
    if (rows.length === 0) return new Set();
    const targets = await this.access.visible(viewer, [...new Set(rows.map((r) => r.target_id))], manager);
    return new Set(rows.filter((r) => targets.has(r.target_id)).map((r) => r.id));
  }
}
