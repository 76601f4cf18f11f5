import { Injectable } from '@nestjs/common';
import { ReactionKind } from '@commons/shared';
import type DataLoader from 'dataloader';
import { byKey, RequestLoaders } from '../../common/dataloader/request-loaders';
import { decodeCursor, encodeCursor } from '../../common/graphql/cursor.util';
import { pageOf } from '../../common/graphql/page.util';
import type { SessionRequest } from '../auth/auth-request.util';
import { ReactorConnection, ReactorEdge } from './reaction.model';
import { ReactionsRepository } from './reactions.repository';

export interface ReactorsKey {
  targetId: string;
  kind: ReactionKind | null;
  first: number;
  after: string | null;
}

/** "Who reacted" pages go by (created_at, person_id) of the last row; the cursor names the person. */
const REACTOR_CURSOR = 'r';

/** Per-request loaders for reaction fields: a page of N items costs the same statements as one. */
@Injectable()
export class ReactionsLoader {
  constructor(
    private readonly loaders: RequestLoaders,
    private readonly repo: ReactionsRepository,
  ) {}

  /** The viewer's own reaction on an item. */
  mine(req: SessionRequest): DataLoader<string, ReactionKind | null> {
    const personId = req.person?.id ?? null;
    return this.loaders.get(req, 'reactions.mine', async (ids: readonly string[]) => {
      if (!personId) return ids.map(() => null);
      const rows = await this.repo.mine(personId, ids);
      return byKey(ids, rows, (r) => r.content_id).map((r) => r?.kind ?? null);
    });
  }

  /**
   * A page of who reacted (newest first); one statement per distinct (kind, first, after) in a
   * request. A bad cursor fails this field alone, not the batch: it is refused before loading.
   */
  reactors(req: SessionRequest, key: ReactorsKey): Promise<ReactorConnection> {
    if (key.after) decodeReactorCursor(key.after);
    // The registry's loaders cache by key identity: the key goes in as its JSON so equal keys share one load.
    return this.loaders
      .get(req, 'reactions.reactors', (keys: readonly string[]) =>
        this.loadReactors(keys.map((k) => JSON.parse(k) as ReactorsKey)),
      )
      .load(JSON.stringify({ targetId: key.targetId, kind: key.kind, first: key.first, after: key.after }));
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
      const afterPersonId = after ? decodeReactorCursor(after) : null;
      const rows = await this.repo.reactors(
        group.map((k) => k.targetId),
        kind,
        afterPersonId,
        first + 1,
      );
      for (const key of group) {
        const page = pageOf(
          rows.filter((r) => r.target_id === key.targetId),
          first,
          (r): ReactorEdge => ({
            cursor: encodeCursor(REACTOR_CURSOR, [r.person_id]),
            personId: r.person_id,
            kind: r.kind,
            reactedAt: r.created_at,
            node: undefined as never, // resolved by ReactorEdgeResolver through the person loader
          }),
        );
        results.set(key, page as ReactorConnection);
      }
    }
    return keys.map((key) => results.get(key) as ReactorConnection);
  }
}

function decodeReactorCursor(after: string): string {
  return decodeCursor(REACTOR_CURSOR, after, ['uuid'])[0];
}
