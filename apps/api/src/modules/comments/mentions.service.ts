import { Injectable } from '@nestjs/common';
import { COMMENT_MENTIONS_MAX } from '@commons/shared';
import { DataSource, EntityManager } from 'typeorm';
import { badInput } from '../../common/errors/app-error';
import { mentionIdsIn } from '../../common/sanitising/html-sanitiser';
import { likePattern } from '../people/people.cursor.util';
import { Person } from '../people/person.entity';
import { ContentAccess, ContentRef } from '../content/content-access';
import { personSeesArticleSql } from '../articles/article-visibility';
import { spaceContentVisibleSql } from '../spaces/spaces.policy';

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
    private readonly dataSource: DataSource,
    private readonly access: ContentAccess,
  ) {}

  /** Resolves the mentions in `html` (raw, as sent) against people and the visibility of `targetId`. */
  async resolve(manager: EntityManager, html: string, targetId: string): Promise<ResolvedMentions> {
    // Most comments mention nobody: no parse for them.
    const ids = /data-mention/i.test(html) ? mentionIdsIn(html) : [];
    if (ids.length > COMMENT_MENTIONS_MAX)
      throw badInput('body', 'TOO_MANY_MENTIONS', `Mention at most ${COMMENT_MENTIONS_MAX} people.`);
    if (ids.length === 0) return { names: new Map(), recordable: [] };
    const people = await manager
      .getRepository(Person)
      .createQueryBuilder('p')
      .where('p.id = ANY(:ids) AND p.deactivated_at IS NULL', { ids })
      .getMany();
    const recordable: string[] = [];
    // One visibility check per person mentioned (at most COMMENT_MENTIONS_MAX): each sees with their own eyes.
    for (const person of people) {
      if ((await this.access.visible(person, [targetId], manager)).has(targetId)) recordable.push(person.id);
    }
    return { names: new Map(people.map((p) => [p.id, p.displayName])), recordable };
  }

  /** Makes `mention` for this content exactly `personIds`. */
  async record(manager: EntityManager, contentId: string, personIds: readonly string[]): Promise<void> {
    await manager.query(`DELETE FROM mention WHERE content_id = $1 AND NOT (person_id = ANY($2::uuid[]))`, [
      contentId,
      personIds,
    ]);
    if (personIds.length > 0) {
      await manager.query(
        `INSERT INTO mention (content_id, person_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
        [contentId, personIds],
      );
    }
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
    return this.dataSource
      .getRepository(Person)
      .createQueryBuilder('p')
      .where('p.deactivated_at IS NULL AND p.display_name ILIKE :q', { q: likePattern(term) })
      .andWhere(this.reachSql(target), { targetId, spaceId: target?.spaceId ?? null })
      .orderBy(`CASE WHEN p.display_name ILIKE :prefix THEN 0 ELSE 1 END`)
      .addOrderBy('p.display_name')
      .addOrderBy('p.id')
      .setParameter('prefix', `${likePattern(term).slice(1)}`)
      .limit(first)
      .getMany();
  }

  /** Who a mention under `target` can reach, over person `p`: see candidates. */
  private reachSql(target: ContentRef | null): string {
    if (target === null) return 'TRUE';
    if (target.spaceId !== null)
      return `EXISTS (SELECT 1 FROM space s WHERE s.id = :spaceId AND ${spaceContentVisibleSql('s', 'p.id')})`;
    // News: the article itself, or the one a comment (a reply's parent) is on.
    return personSeesArticleSql(
      `coalesce((SELECT c.target_id FROM comment c WHERE c.id = :targetId), CAST(:targetId AS uuid))`,
      'p',
    );
  }
}
