import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { ContentKindAccess, ContentRef } from '../content/content-access';
import type { Person } from '../people/person.entity';
import { spaceContentVisibleSql } from '../spaces/spaces.policy';

/**
 * Posts as content: visible when the viewer may see their space's content — anyone for an OPEN
 * space, active members for CLOSED and SECRET ones (spaces.policy.ts) — and not deleted. So a
 * share of a SECRET space's post shows "no longer available" to everyone outside that space.
 */
@Injectable()
export class PostContentAccess implements ContentKindAccess {
  readonly kind = 'POST' as const;

  async visibleIds(
    viewer: Person,
    refs: readonly ContentRef[],
    manager: EntityManager,
  ): Promise<Set<string>> {
    const rows: { id: string }[] = await manager.query(
      `SELECT p.id FROM post p JOIN space s ON s.id = p.space_id
        WHERE p.id = ANY($1::uuid[]) AND p.deleted_at IS NULL AND ${spaceContentVisibleSql('s', '$2')}`,
      [refs.map((r) => r.id), viewer.id],
    );
    return new Set(rows.map((r) => r.id));
  }
}
