import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { expectedReactions, useReact, writeReactions, type ReactableType } from '../api/react.mutation';
import { REACTORS_PAGE_SIZE, useItemReactors } from '../api/reactors.query';
import { useUnreact } from '../api/unreact.mutation';
import type { ReactionCount, ReactionKind } from '../types';
import { ReactionBar } from './reaction-bar';

export interface ConnectedReactionBarProps {
  typename: ReactableType;
  targetId: string;
  counts: readonly ReactionCount[];
  myReaction: ReactionKind | null;
  label?: string;
}

/**
 * A ReactionBar wired to react/unreact and "who reacted". The change shows at once (the cache is
 * written before the request); the server's counts replace it when they come, or the old state
 * comes back if the request fails.
 */
export function ConnectedReactionBar({
  typename,
  targetId,
  counts,
  myReaction,
  label,
}: ConnectedReactionBarProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [react] = useReact();
  const [unreact] = useUnreact();
  const [loadReactors, reactorsResult] = useItemReactors();

  const onReact = async (next: ReactionKind | null) => {
    const before = { counts, myReaction };
    writeReactions(client.cache, typename, targetId, expectedReactions(before, next));
    try {
      const answer = next
        ? (await react({ variables: { targetId, kind: next } })).data?.react
        : (await unreact({ variables: { targetId } })).data?.unreact;
      if (answer) writeReactions(client.cache, typename, targetId, answer);
    } catch (error) {
      writeReactions(client.cache, typename, targetId, before);
      throw error;
    }
  };

  const variables = {
    id: targetId,
    onArticle: typename === 'Article',
    onPost: typename === 'Post',
    onComment: typename === 'Comment',
    first: REACTORS_PAGE_SIZE,
  };
  const data = reactorsResult.data;
  const page = data?.article?.reactors ?? data?.post?.reactors ?? data?.comment?.reactors;
  const reactors = page?.edges.map((edge) => ({ person: edge.node, kind: edge.kind })) ?? null;

  return (
    <ReactionBar
      counts={counts}
      myReaction={myReaction}
      onReact={onReact}
      label={label ?? t('conversation.reactions.groupLabel')}
      reactors={reactors}
      reactorsLoading={reactorsResult.loading}
      onLoadReactors={() =>
        void loadReactors({ variables: { ...variables, after: null } }).catch(() => undefined)
      }
      hasMoreReactors={page?.pageInfo.hasNextPage ?? false}
      onLoadMoreReactors={() =>
        void reactorsResult
          .fetchMore({ variables: { ...variables, after: page?.pageInfo.endCursor ?? null } })
          .catch(() => undefined)
      }
    />
  );
}
