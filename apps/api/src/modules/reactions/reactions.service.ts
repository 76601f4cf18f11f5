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
    return this.dataSource.transaction(async (manager) => {
      await this.access.requireVisible(viewer, targetId, 'Item', manager);
      // The row lock makes a person's own concurrent clicks take turns (toggle semantics need the current value).
      const [current]: { kind: ReactionKind }[] = await manager.query(
        `SELECT kind FROM reaction WHERE content_id = $1 AND person_id = $2 FOR UPDATE`,
        [targetId, viewer.id],
      );
      if (current?.kind === kind) {
        await manager.query(`DELETE FROM reaction WHERE content_id = $1 AND person_id = $2`, [targetId, viewer.id]);
      } else {
        // A concurrent first reaction by the same person lands here as an update, not a duplicate.
        await manager.query(
          `INSERT INTO reaction (content_id, person_id, kind) VALUES ($1, $2, $3)
           ON CONFLICT (content_id, person_id) DO UPDATE SET kind = EXCLUDED.kind, created_at = now()`,
          [targetId, viewer.id, kind],
        );
      }
      return this.summary(manager, viewer, targetId);
    });
  }

  async unreact(viewer: Person, targetId: string): Promise<ReactionSummary> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.requireVisible(viewer, targetId, 'Item', manager);
      await manager.query(`DELETE FROM reaction WHERE content_id = $1 AND person_id = $2`, [targetId, viewer.id]);
      return this.summary(manager, viewer, targetId);
    });
  }

  private async summary(manager: EntityManager, viewer: Person, targetId: string): Promise<ReactionSummary> {
    const [[counts], mine] = await Promise.all([
      readCounts(manager, [targetId]),
      manager.query(`SELECT kind FROM reaction WHERE content_id = $1 AND person_id = $2`, [targetId, viewer.id]) as Promise<{ kind: ReactionKind }[]>,
    ]);
    return { targetId, counts: counts.reactions, myReaction: mine[0]?.kind ?? null };
  }
}
