import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import type { SessionRequest } from '../auth/auth-request.util';
import {
  MEMBER_COLUMNS,
  MemberRow,
  SPACE_COLUMNS,
  Space,
  SpaceMember,
  SpaceRow,
  toMember,
  toSpace,
} from './space.model';

export interface SpaceLoaders {
  /** Space rows by id (unfiltered: callers apply SpacesPolicy). */
  space: DataLoader<string, Space | null>;
  /** The signed-in viewer's membership, request or invitation, by space id. */
  membership: DataLoader<string, SpaceMember | null>;
  /** Active members, by space id. */
  memberCount: DataLoader<string, number>;
}

/**
 * Per-request DataLoaders for spaces: a page of posts or spaces costs one statement per kind of
 * field whatever its size. Keyed by the request object (which carries the viewer).
 */
@Injectable()
export class SpaceLoaderFactory {
  private readonly byRequest = new WeakMap<object, SpaceLoaders>();

  constructor(private readonly dataSource: DataSource) {}

  for(request: object): SpaceLoaders {
    let loaders = this.byRequest.get(request);
    if (!loaders) {
      const viewerId = (request as SessionRequest).person?.id ?? null;
      loaders = {
        space: new DataLoader((ids) => this.loadSpaces(ids)),
        membership: new DataLoader((ids) => this.loadMemberships(viewerId, ids)),
        memberCount: new DataLoader((ids) => this.loadMemberCounts(ids)),
      };
      this.byRequest.set(request, loaders);
    }
    return loaders;
  }

  private async loadSpaces(ids: readonly string[]): Promise<(Space | null)[]> {
    const rows: SpaceRow[] = await this.dataSource.query(
      `SELECT ${SPACE_COLUMNS} FROM space WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(rows.map((r) => [r.id, toSpace(r)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  private async loadMemberships(
    viewerId: string | null,
    spaceIds: readonly string[],
  ): Promise<(SpaceMember | null)[]> {
    if (!viewerId) return spaceIds.map(() => null);
    const rows: MemberRow[] = await this.dataSource.query(
      `SELECT ${MEMBER_COLUMNS} FROM space_member WHERE person_id = $1 AND space_id = ANY($2::uuid[])`,
      [viewerId, spaceIds],
    );
    const bySpace = new Map(rows.map((r) => [r.space_id, toMember(r)]));
    return spaceIds.map((id) => bySpace.get(id) ?? null);
  }

  private async loadMemberCounts(spaceIds: readonly string[]): Promise<number[]> {
    const rows: { space_id: string; n: number }[] = await this.dataSource.query(
      `SELECT space_id, count(*)::int AS n FROM space_member WHERE space_id = ANY($1::uuid[]) AND status = 'ACTIVE' GROUP BY space_id`,
      [spaceIds],
    );
    const bySpace = new Map(rows.map((r) => [r.space_id, r.n]));
    return spaceIds.map((id) => bySpace.get(id) ?? 0);
  }
}
