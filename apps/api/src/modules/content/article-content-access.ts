import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ArticleVisibility } from '../articles/article-visibility';
import type { Person } from '../people/person.entity';
import type { ContentKindAccess, ContentRef } from './content-access';

/** Articles as content: visible exactly when article-visibility.ts says so (as a reader, author or editor). */
@Injectable()
export class ArticleContentAccess implements ContentKindAccess {
  readonly kind = 'ARTICLE' as const;

  constructor(private readonly visibility: ArticleVisibility) {}

  async visibleIds(
    person: Person,
    refs: readonly ContentRef[],
    manager: EntityManager,
  ): Promise<Set<string>> {
    const viewer = await this.visibility.viewer(person, manager);
    return this.visibility.visibleIds(
      viewer,
      refs.map((r) => r.id),
      manager,
    );
  }
}
