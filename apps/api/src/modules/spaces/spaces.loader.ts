import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { byKey, RequestLoaders } from '../../common/dataloader/request-loaders';
import type { SessionRequest } from '../auth/auth-request.util';
import { SpaceMembershipRepository } from './space-membership.repository';
import { Space, SpaceMember } from './space.model';
import { SpacesRepository } from './spaces.repository';

/**
 * Spaces' per-request DataLoaders: a page of posts or spaces costs one statement per kind of field
 * whatever its size. The membership loader is the viewer's (the request carries the viewer).
 */
@Injectable()
export class SpacesLoader {
  constructor(
    private readonly loaders: RequestLoaders,
    private readonly spaces: SpacesRepository,
    private readonly memberships: SpaceMembershipRepository,
  ) {}

  /** Spaces by id (unfiltered: callers apply SpacesPolicy). */
  space(request: object): DataLoader<string, Space | null> {
    return this.loaders.get(request, 'spaces.space', async (ids: readonly string[]) =>
      byKey(ids, await this.spaces.byIds(ids), (s) => s.id),
    );
  }

  /** The signed-in viewer's membership, request or invitation, by space id. */
  membership(request: object): DataLoader<string, SpaceMember | null> {
    const viewerId = (request as SessionRequest).person?.id ?? null;
    return this.loaders.get(request, 'spaces.membership', async (spaceIds: readonly string[]) =>
      viewerId
        ? byKey(spaceIds, await this.memberships.ofPerson(viewerId, spaceIds), (m) => m.spaceId)
        : spaceIds.map(() => null),
    );
  }

  /** Active members, by space id. */
  memberCount(request: object): DataLoader<string, number> {
    return this.loaders.get(request, 'spaces.memberCount', (spaceIds: readonly string[]) =>
      this.memberships.activeCounts(spaceIds),
    );
  }
}
