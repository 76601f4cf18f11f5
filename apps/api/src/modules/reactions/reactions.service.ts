import { Injectable } from '@nestjs/common';
import { REACTION_KINDS, ReactionKind } from '@commons/shared';
import { DataSource } from 'typeorm';
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
    if (!REACTION_KINDS.includes(kind))
      throw badInput('kind', 'UNKNOWN_REACTION', `Reactions are ${REACTION_KINDS.join(', ')}.`);
    const manager = this.dataSource.manager;
    await this.access.requireVisible(viewer, targetId, 'Item', manager);
    // The toggle in one statement, no transaction around it: the person's current reaction, locked
    // so their own concurrent clicks take turns; removed when it is this kind, else this kind is
    // written (a concurrent first reaction by the same person lands as an update, not a duplicate).
    const written: { kind: ReactionKind }[] = await manager.query(
      `WITH current AS (
         SELECT kind FROM reaction WHERE content_id = $1 AND person_id = $2 FOR UPDATE
       ), removed AS (
         DELETE FROM reaction WHERE content_id = $1 AND person_id = $2 AND EXISTS (SELECT 1 FROM current WHERE kind = $3)
       )
       INSERT INTO reaction (content_id, person_id, kind)
       SELECT $1, $2, $3 WHERE NOT EXISTS (SELECT 1 FROM current WHERE kind = $3)
       ON CONFLICT (content_id, person_id) DO UPDATE SET kind = EXCLUDED.kind, created_at = now()
       RETURNING kind`,
      [targetId, viewer.id, kind],
    );
    // The statement says the viewer's reaction now: the kind written, or none when it was removed.
    return this.summary(targetId, written[0]?.kind ?? null);
  }

  async unreact(viewer: Person, targetId: string): Promise<ReactionSummary> {
    const manager = this.dataSource.manager;
    await this.access.requireVisible(viewer, targetId, 'Item', manager);
    await manager.query(`DELETE FROM reaction WHERE content_id = $1 AND person_id = $2`, [
      targetId,
      viewer.id,
    ]);
    return this.summary(targetId, null);
  }

  /** Counts read after the write has committed (the counter triggers ran with it). */
  private async summary(targetId: string, myReaction: ReactionKind | null): Promise<ReactionSummary> {
    const [counts] = await readCounts(this.dataSource.manager, [targetId]);
    return { targetId, counts: counts.reactions, myReaction };
  }
}
