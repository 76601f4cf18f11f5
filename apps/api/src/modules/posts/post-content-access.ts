import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { ContentKindAccess, ContentRef } from '../content/content-access';
import type { Person } from '../people/person.entity';
import { PostsRepository } from './posts.repository';

/**
 * Posts as content: visible when the viewer may see their space's content — anyone for an OPEN
 * space, active members for CLOSED and SECRET ones (spaces.policy.ts) — and not deleted. So a
 * share of a SECRET space's post shows "no longer available" to everyone outside that space.
 */
@Injectable()
export class PostContentAccess implements ContentKindAccess {
  readonly kind = 'POST' as const;

  constructor(private readonly repo: PostsRepository) {}

  async visibleIds(
    viewer: Person,
    refs: readonly ContentRef[],
    manager: EntityManager,
  ): Promise<Set<string>> {
    return new Set(
      await this.repo.visibleIds(
        refs.map((r) => r.id),
        viewer.id,
        manager,
      ),
    );
  }
}
