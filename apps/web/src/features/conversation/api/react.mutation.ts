import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql } from '@commons/web-graphql';
import { REACTION_KINDS, type ReactionCount, type ReactionKind } from '../types';

export const ReactDocument = graphql(`
  mutation React($targetId: ID!, $kind: ReactionKind!) {
    react(targetId: $targetId, kind: $kind) {
      targetId
      counts {
        kind
        count
      }
      myReaction
    }
  }
`);

/** The GraphQL type of a reactable item, for its cache id. */
export type ReactableType = 'Article' | 'Post' | 'Comment';

export interface ReactionState {
  counts: readonly ReactionCount[];
  myReaction: ReactionKind | null;
}

/**
 * What the counts will be once `next` replaces the viewer's reaction: shown at once (optimistic),
 * then replaced by the server's answer, which wins.
 */
export function expectedReactions(current: ReactionState, next: ReactionKind | null): ReactionState {
  const countOf = (kind: ReactionKind) => current.counts.find((c) => c.kind === kind)?.count ?? 0;
  const counts = REACTION_KINDS.map((kind) => {
    let count = countOf(kind);
    if (kind === current.myReaction) count -= 1;
    if (kind === next) count += 1;
    return { __typename: 'ReactionCount' as const, kind, count: Math.max(0, count) };
  });
  return { counts, myReaction: next };
}

/** Writes an item's reactions into the cache, so every view of the item changes together. */
export function writeReactions(
  cache: ApolloCache,
  typename: ReactableType,
  targetId: string,
  state: { counts: readonly ReactionCount[]; myReaction: ReactionKind | null },
): void {
  const id = cache.identify({ __typename: typename, id: targetId });
  if (!id) return;
  cache.modify({
    id,
    fields: {
      reactionCounts: () =>
        state.counts.map((c) => ({ __typename: 'ReactionCount', kind: c.kind, count: c.count })),
      myReaction: () => state.myReaction,
    },
  });
}

export function useReact() {
  return useMutation(ReactDocument);
}
