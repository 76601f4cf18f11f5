import { Injectable } from '@nestjs/common';
import { REACTION_KINDS, ReactionKind } from '@commons/shared';
import { badInput } from '../../common/errors/app-error';
import { ContentAccess } from '../content/content-access';
import { ContentCountersRepository } from '../counters/content-counters.repository';
import type { Person } from '../people/person.entity';
import { ReactionSummary } from './reaction.model';
import { ReactionsRepository } from './reactions.repository';

/**
 * Reactions: one per person per item. Choosing another kind replaces it, choosing the same kind
 * again removes it. Anyone who may see an item may react to it (ContentAccess); anything else is
 * NOT_FOUND. Counts are kept by triggers (modules/counters).
 */
@Injectable()
export class ReactionsService {
  constructor(
    private readonly repo: ReactionsRepository,
    private readonly access: ContentAccess,
    private readonly counters: ContentCountersRepository,
  ) {}

  async react(viewer: Person, targetId: string, kind: ReactionKind): Promise<ReactionSummary> {
    if (!REACTION_KINDS.includes(kind))
      throw badInput('kind', 'UNKNOWN_REACTION', `Reactions are ${REACTION_KINDS.join(', ')}.`);
    await this.access.requireVisible(viewer, targetId, 'Item');
    // One statement, no transaction around it (see ReactionsRepository.toggle).
    return this.summary(targetId, await this.repo.toggle(targetId, viewer.id, kind));
  }

  async unreact(viewer: Person, targetId: string): Promise<ReactionSummary> {
    await this.access.requireVisible(viewer, targetId, 'Item');
    await this.repo.remove(targetId, viewer.id);
    return this.summary(targetId, null);
  }

  /** Counts read after the write has committed (the counter triggers ran with it). */
  private async summary(targetId: string, myReaction: ReactionKind | null): Promise<ReactionSummary> {
    const [counts] = await this.counters.counts([targetId]);
    return { targetId, counts: counts.reactions, myReaction };
  }
}
