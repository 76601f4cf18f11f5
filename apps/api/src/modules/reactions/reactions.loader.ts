import { Injectable } from '@nestjs/common';
import { ReactionKind } from '@commons/shared';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import type { SessionRequest } from '../auth/auth-request.util';
import { ReactorConnection } from './reaction.model';
import { decodeReactorCursor, encodeReactorCursor } from './reactors.cursor.util';

export interface ReactorsKey {
  targetId: string;
  kind: ReactionKind | null;
  first: number;
  after: string | null;
}

export interface ReactionLoaders {
  /** The viewer's own reaction on an item. */
  mine: DataLoader<string, ReactionKind | null>;
  /** A page of who reacted (newest first); one statement per distinct (kind, first, after) in a request. */
  reactors: DataLoader<ReactorsKey, ReactorConnection, string>;
}

/** Per-request loaders for reaction fields: a page of N items costs the same statements as one. */
@Injectable()
export class ReactionLoaderFactory {
  private readonly byRequest = new WeakMap<object, ReactionLoaders>();

  constructor(private readonly dataSource: DataSource) {}

  for(req: SessionRequest): ReactionLoaders {
    let loaders = this.byRequest.get(req);
    if (!loaders) {
      const personId = req.person?.id ?? null;
      loaders = {
        mine: new DataLoader((ids) => this.loadMine(personId, ids)),
        reactors: new DataLoader((keys) => this.loadReactors(keys), {
          cacheKeyFn: (k) => JSON.stringify([k.targetId, k.kind, k.first, k.after]),
        }),
      };
      this.byRequest.set(req, loaders);
    }
    return loaders;
  }

  private async loadMine(personId: string | null, ids: readonly string[]): Promise<(ReactionKind | null)[]> {
    if (!personId) return ids.map(() => null);
    const rows: { content_id: string; kind: ReactionKind }[] = await this.dataSource.query(
      `SELECT content_id, kind FROM reaction WHERE person_id = $1 AND content_id = ANY($2::uuid[])`,
      [personId, ids],
    );
    const byId = new Map(rows.map((r) => [r.content_id, r.kind]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  private async loadReactors(keys: readonly ReactorsKey[]): Promise<ReactorConnection[]> {
    const groups = new Map<string, ReactorsKey[]>();
    for (const key of keys) {
      const group = JSON.stringify([key.kind, key.first, key.after]);
      groups.set(group, [...(groups.get(group) ?? []), key]);
    }
    const results = new Map<ReactorsKey, ReactorConnection>();
    for (const group of groups.values()) {
      const { kind, first, after } = group[0];
      const cursor = after ? decodeReactorCursor(after) : null;
      const rows: { target_id: string; person_id: string; kind: ReactionKind; created_at: Date }[] =
        await this.dataSource.query(
          `SELECT t.id AS target_id, r.person_id, r.kind, r.created_at
           FROM unnest($1::uuid[]) AS t(id)
           CROSS JOIN LATERAL (
             SELECT person_id, kind, created_at FROM reaction
              WHERE content_id = t.id AND ($2::text IS NULL OR kind = $2)
                AND ($3::uuid IS NULL OR (created_at, person_id) < (SELECT created_at, person_id FROM reaction WHERE content_id = t.id AND person_id = $3))
              ORDER BY created_at DESC, person_id DESC
              LIMIT $4
           ) r`,
          [group.map((k) => k.targetId), kind, cursor, first + 1],
        );
      for (const key of group) {
        const mine = rows.filter((r) => r.target_id === key.targetId);
        const edges = mine.slice(0, first).map((r) => ({
          cursor: encodeReactorCursor(r.person_id),
          personId: r.person_id,
          kind: r.kind,
          reactedAt: r.created_at,
          node: undefined as never, // resolved by ReactorEdgeResolver through the person loader
        }));
        results.set(key, {
          edges,
          pageInfo: { hasNextPage: mine.length > first, endCursor: edges.at(-1)?.cursor ?? null },
        });
      }
    }
    return keys.map((key) => results.get(key) as ReactorConnection);
  }
}
