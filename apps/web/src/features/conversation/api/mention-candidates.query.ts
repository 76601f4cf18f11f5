import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '@commons/web-graphql';
import type { SearchPeople } from '../types';

export const MENTION_CANDIDATES_SHOWN = 8;

export const MentionCandidatesDocument = graphql(`
  query MentionCandidates($search: String!, $first: Int!, $targetId: ID) {
    mentionCandidates(search: $search, first: $first, targetId: $targetId) {
      id
      displayName
      title
    }
  }
`);

/**
 * The @mention search for MentionTextarea under the item `targetId` (the article or post commented
 * on: in a closed or secret space the API offers its members only), which waits for a pause in
 * typing and keeps only the newest answer; repeated searches come from the cache.
 */
export function useMentionSearch(targetId: string): SearchPeople {
  const client = useApolloClient();
  return useCallback<SearchPeople>(
    async (text) => {
      if (!text) return [];
      const { data } = await client.query({
        query: MentionCandidatesDocument,
        variables: { search: text, first: MENTION_CANDIDATES_SHOWN, targetId },
      });
      return data?.mentionCandidates ?? [];
    },
    [client, targetId],
  );
}
