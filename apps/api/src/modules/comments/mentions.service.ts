import { Injectable } from '@nestjs/common';
import { COMMENT_MENTIONS_MAX } from '@commons/shared';
import { EntityManager } from 'typeorm';
import { badInput } from '../../common/errors/app-error';
import { mentionIdsIn } from '../../common/sanitising/html-sanitiser';
import type { Person } from '../people/person.entity';
import { ContentAccess } from '../content/content-access';
import { CommentsRepository } from './comments.repository';

export interface ResolvedMentions {
  /** Active people mentioned (id → current name): these become profile links in the text. */
  names: Map<string, string>;
  /** Of those, the ones who may see the item: only these are recorded (and later notified). */
  recordable: string[];
}

/**
 * @mentions: which people a text mentions, who of them may be told, and the `mention` table that
 * notifications will read. A person who cannot see the item is never recorded: a notification
 * would reveal something they may not see (a secret space's post, a targeted article).
 */
@Injectable()
export class MentionsService {
  constructor(
    private readonly repo: CommentsRepository,
    private readonly access: ContentAccess,
  ) {}

  /**
   * Resolves the mentions in `html` (raw, as sent) against people and the visibility of `targetId`;
   * inside a write's transaction when given its manager.
   */
  async resolve(
    manager: EntityManager | undefined,
    html: string,
    targetId: string,
  ): Promise<ResolvedMentions> {
    // Most comments mention nobody: no parse for them.
    const ids = /data-mention/i.test(html) ? mentionIdsIn(html) : [];
    if (ids.length > COMMENT_MENTIONS_MAX)
      throw badInput('body', 'TOO_MANY_MENTIONS', `Mention at most ${COMMENT_MENTIONS_MAX} people.`);
    if (ids.length === 0) return { names: new Map(), recordable: [] };
    const people = await this.repo.activePeople(ids, manager);
    const recordable: string[] = [];
    // One visibility check per person mentioned (at most COMMENT_MENTIONS_MAX): each sees with their own eyes.
    for (const person of people) {
      if ((await this.access.visible(person, [targetId], manager)).has(targetId)) recordable.push(person.id);
    }
    return { names: new Map(people.map((p) => [p.id, p.displayName])), recordable };
  }

  /** Makes `mention` for this content exactly `personIds`. */
  record(manager: EntityManager, contentId: string, personIds: readonly string[]): Promise<void> {
    return this.repo.replaceMentions(manager, contentId, personIds);
  }

  /**
   * The @ autocomplete: active people whose name starts a word with `search` (or contains it),
   * best matches first. People are public in the directory, so this reveals nothing new; whether
   * a person may see the item decides whether they are recorded (above), and under an item
   * (`targetId`, which the viewer must see) also whom the list offers: the people a mention there
   * can reach. Under a post in a CLOSED or SECRET space, its members; under news, the article's
   * audience with its author and the editors. A fixed number of statements, whatever the answer.
   */
  async candidates(
    viewer: Person,
    search: string,
    first: number,
    targetId: string | null,
  ): Promise<Person[]> {
    const target = targetId === null ? null : await this.access.requireVisible(viewer, targetId, 'Item');
    const term = search.trim();
    if (!term) return [];
    return this.repo.mentionCandidates(term, first, target, targetId);
  }
}
