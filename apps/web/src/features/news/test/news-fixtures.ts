import type { MockLink } from '@apollo/client/testing';
import { homeGreeting, signedIn } from '@/test/fixtures';
import { FeedDocument, FEED_PAGE_SIZE } from '../api/feed.query';
import { HOME_FEED_PAGE_SIZE, HomeFeedDocument } from '../api/home-feed.query';
import { MyMustReadsDocument } from '../api/my-must-reads.query';
import { NewsTopicsDocument } from '../api/topics.query';

type MockedResponse = MockLink.MockedResponse;

export const topic = { __typename: 'Topic', id: 't-1', slug: 'it', name: 'IT' } as const;

export function card(n: number, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'Article',
    id: `a-${n}`,
    title: `News number ${n}`,
    summary: `Summary ${n}`,
    format: 'ARTICLE',
    language: 'EN',
    publishedAt: `2026-11-${String(20 - (n % 19)).padStart(2, '0')}T09:00:00.000Z`,
    pinned: false,
    mustRead: false,
    mustReadDue: null,
    acknowledged: false,
    unread: false,
    author: { __typename: 'Person', id: 'p-erik', displayName: 'Erik Editor' },
    cover: null,
    topics: [topic],
    ...extra,
  };
}

export function feedPage(
  nodes: ReturnType<typeof card>[],
  {
    after = null,
    hasNextPage = false,
    filter = null,
  }: { after?: string | null; hasNextPage?: boolean; filter?: unknown } = {},
): MockedResponse {
  const variables: Record<string, unknown> = { first: FEED_PAGE_SIZE, filter };
  if (after) variables['after'] = after;
  return {
    request: { query: FeedDocument, variables },
    result: {
      data: {
        feed: {
          __typename: 'ArticleConnection',
          edges: nodes.map((node) => ({ __typename: 'ArticleEdge', cursor: `c-${node.id}`, node })),
          pageInfo: {
            __typename: 'PageInfo',
            hasNextPage,
            endCursor: nodes.length ? `c-${nodes[nodes.length - 1].id}` : null,
          },
        },
      },
    },
  };
}

export function mustReads(nodes: ReturnType<typeof card>[] = []): MockedResponse {
  return {
    request: { query: MyMustReadsDocument },
    result: { data: { myMustReads: nodes } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export function newsTopics(): MockedResponse {
  return {
    request: { query: NewsTopicsDocument },
    result: { data: { topics: [topic] } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const REACTION_KINDS = ['LIKE', 'LOVE', 'CELEBRATE', 'INSIGHTFUL', 'CURIOUS'] as const;

/** The conversation fields every home feed item carries; counts per kind in the fixed order. */
export function conversation({
  reactions = {},
  commentCount = 0,
  latestComments = [],
}: {
  reactions?: Partial<Record<(typeof REACTION_KINDS)[number], number>>;
  commentCount?: number;
  latestComments?: unknown[];
} = {}) {
  return {
    commentCount,
    reactionCounts: REACTION_KINDS.map((kind) => ({
      __typename: 'ReactionCount',
      kind,
      count: reactions[kind] ?? 0,
    })),
    latestComments,
  };
}

export function latestComment(id: string, name: string, text: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'Comment',
    id,
    bodyHtml: `<p>${text}</p>`,
    createdAt: '2026-11-21T10:00:00.000Z',
    hidden: null,
    author: { __typename: 'Person', id: `p-${id}`, displayName: name },
    ...extra,
  };
}

/** A page of the mixed home feed; items without conversation fields get empty ones. */
export function homeFeedPage(
  nodes: Array<{ id: string; __typename: string } & Record<string, unknown>>,
  { after = null, hasNextPage = false }: { after?: string | null; hasNextPage?: boolean } = {},
): MockedResponse {
  const variables: Record<string, unknown> = { first: HOME_FEED_PAGE_SIZE };
  if (after) variables['after'] = after;
  return {
    request: { query: HomeFeedDocument, variables },
    result: {
      data: {
        homeFeed: {
          __typename: 'HomeFeedConnection',
          edges: nodes.map((node) => ({
            __typename: 'HomeFeedEdge',
            cursor: `c-${node.id}`,
            node: { ...conversation(), ...node },
          })),
          pageInfo: {
            __typename: 'PageInfo',
            hasNextPage,
            endCursor: nodes.length ? `c-${nodes[nodes.length - 1].id}` : null,
          },
        },
      },
    },
  };
}

/**
 * What the home page asks for as it opens (session, greeting, topics, the open must-reads), then
 * `more`: its feed pages and any mutations the test sends.
 */
export function homePageMocks(
  more: MockedResponse[],
  openMustReads: ReturnType<typeof card>[] = [],
): MockedResponse[] {
  return [signedIn(), homeGreeting(), newsTopics(), mustReads(openMustReads), ...more];
}

/** A first home feed page of ten articles with more to come, then `next`: the page after it. */
export function homeFeedPages(next: Parameters<typeof homeFeedPage>[0]): MockedResponse[] {
  const first = Array.from({ length: 10 }, (_, i) => card(i + 1));
  return [homeFeedPage(first, { hasNextPage: true }), homeFeedPage(next, { after: 'c-a-10' })];
}
