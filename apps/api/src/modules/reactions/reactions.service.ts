import { Injectable } from '@nestjs/common';
import { REACTION_KINDS, ReactionKind } from '@commons/shared';
import { DataSource, EntityManager } from 'typeorm';
import { badInput } from '../../common/errors/app-error';
import { ContentAccess } from '../content/content-access';
import { readCounts } from '../counters/content-counters';
import type { Person } from '../people/person.entity';
import { ReactionSummary } from './reaction.model';

/**
 * Reactions: one per person per item. Choosing another kind replaces it, choosing the same kind
 * again removes it. Anyone who may see an item may react to it (ContentAccess); anything else is
 * NOT_FOUND. Counts are kept by triggers (modules/counters).
 */
@Injectable()
export class ReactionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ContentAccess,
  ) {}

  async react(viewer: Person, targetId: string, kind: ReactionKind): Promise<ReactionSummary> {
    if (!REACTION_KINDS.includes(kind)) throw badInput('kind', 'UNKNOWN_REACTION', `Reactions are ${REACTION_KINDS.join(', ')}.`);
    const manager = this.dataSource.manager;
    await this.access.requireVisible(viewer, targetId, 'Item', manager);
    // The toggle in one statement, no transaction around it: the person's current reaction, locked
    // so their own concurrent clicks take turns; removed when it is this kind, else this kind is
    // written (a concurrent first reaction by the same person lands as an update, not a duplicate).
    await manager.query(
      `WITH current AS (
         SELECT kind FROM reaction WHERE content_id = $1 AND person_id = $2 FOR UPDATE
       ), removed AS (
         DELETE FROM reaction WHERE content_id = $1 AND person_id = $2 AND EXISTS (SELECT 1 FROM current WHERE kind = $3)
       )
       INSERT INTO reaction (content_id, person_id, kind)
       SELECT $1, $2, $3 WHERE NOT EXISTS (SELECT 1 FROM current WHERE kind = $3)
       ON CONFLICT (content_id, person_id) DO UPDATE SET kind = EXCLUDED.kind, created_at = now()`,
      [targetId, viewer.id, kind],
    );
    // After the write has committed (the counter triggers ran with it).
    return this.summary(manager, viewer, targetId);
  }

  async unreact(viewer: Person, targetId: string): Promise<ReactionSummary> {
    const manager = this.dataSource.manager;
    await this.access.requireVisible(viewer, targetId, 'Item', manager);
    await manager.query(`DELETE FROM reaction WHERE content_id = $1 AND person_id = $2`, [targetId, viewer.id]);
    return this.summary(manager, viewer, targetId);
  }

  private async summary(manager: EntityManager, viewer: Person, targetId: string): Promise<ReactionSummary> {
    const [[counts], mine] = await Promise.all([
      readCounts(manager, [targetId]),
      manager.query(`SELECT kind FROM reaction WHERE content_id = $1 AND person_id = $2`, [targetId, viewer.id]) as Promise<{ kind: ReactionKind }[]>,
    ]);
    return { targetId, counts: counts.reactions, myReaction: mine[0]?.kind ?? null };
  }
}
