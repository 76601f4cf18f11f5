import type { MockLink } from '@apollo/client/testing';
import { ItemConversationDocument } from '../api/item-conversation.query';

type MockedResponse = MockLink.MockedResponse;

const KINDS = ['LIKE', 'LOVE', 'CELEBRATE', 'INSIGHTFUL', 'CURIOUS'] as const;

export const counts = (values: Partial<Record<(typeof KINDS)[number], number>> = {}) =>
  KINDS.map((kind) => ({ __typename: 'ReactionCount' as const, kind, count: values[kind] ?? 0 }));

export const person = (id: string, displayName: string) => ({
  __typename: 'Person' as const,
  id,
  displayName,
  title: null,
});

export const apiAnna = person('p-anna', 'Anna Andersson');
export const apiBo = person('p-bo', 'Bo Ek');

/** A Comment as the API answers ConversationCommentFields (replies empty unless given). */
export function apiComment(
  id: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> & { id: string } {
  return {
    __typename: 'Comment',
    id,
    targetId: 'a-1',
    parentId: null,
    author: apiBo,
    createdAt: '2026-11-23T09:00:00.000Z',
    editedAt: null,
    bodyHtml: `<p>Comment ${id}</p>`,
    removed: false,
    withheld: false,
    hidden: null,
    viewerCanEdit: false,
    viewerCanDelete: false,
    reactionCounts: counts(),
    myReaction: null,
    replies: [],
    ...overrides,
  };
}

/** The conversation query for article a-1, as `viewer` (EMPLOYEE anna unless told). */
export function articleConversation({
  comments = [apiComment('c1')],
  role = 'EMPLOYEE',
  commentsClosed = false,
  reactionCounts = counts({ LIKE: 2 }),
  myReaction = null as string | null,
  hasNextPage = false,
  after = null as string | null,
  endCursor = 'cur-1',
  commentCount,
}: {
  comments?: Record<string, unknown>[];
  role?: string;
  commentsClosed?: boolean;
  reactionCounts?: ReturnType<typeof counts>;
  myReaction?: string | null;
  hasNextPage?: boolean;
  after?: string | null;
  endCursor?: string;
  commentCount?: number;
} = {}): MockedResponse {
  return {
    request: { query: ItemConversationDocument, variables: { id: 'a-1', isArticle: true, first: 20, after } },
    result: {
      data: {
        me: { __typename: 'Person', id: apiAnna.id, role },
        article: {
          __typename: 'Article',
          id: 'a-1',
          title: 'Ny rutin',
          commentCount: commentCount ?? comments.length,
          commentsClosed,
          reactionCounts,
          myReaction,
          comments: {
            __typename: 'CommentConnection',
            edges: comments.map((node, i) => ({ __typename: 'CommentEdge', cursor: `cur-${i + 1}`, node })),
            pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
          },
        },
      },
    },
  };
}
