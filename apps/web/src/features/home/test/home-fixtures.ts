import { GraphQLError } from 'graphql';
import type { MockLink } from '@apollo/client/testing';
import { FeaturedPostsDocument, HOME_FEATURED_COUNT } from '../api/featured-posts.query';

type MockedResponse = MockLink.MockedResponse;

/** A featured staff post as home's featured list asks for it. */
export function featuredPost(id: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'Post',
    id,
    bodyHtml: '<p>We meet at the entrance.</p>',
    featured: true,
    author: { __typename: 'Person', id: 'p-bo', displayName: 'Bo Ekström' },
    space: { __typename: 'Space', id: 's-1', name: 'Lunch walks' },
    images: [],
    ...extra,
  };
}

/** The featured posts home asks for; `delay: Infinity` keeps them loading; `uses` answers that many times only. */
export function featuredPosts(
  nodes: ReturnType<typeof featuredPost>[],
  options: { delay?: number; uses?: number } = {},
): MockedResponse {
  return {
    request: { query: FeaturedPostsDocument, variables: { first: HOME_FEATURED_COUNT } },
    result: {
      data: {
        featuredPosts: {
          __typename: 'PostConnection',
          edges: nodes.map((node) => ({ __typename: 'PostEdge', node })),
        },
      },
    },
    delay: options.delay,
    maxUsageCount: options.uses ?? Number.POSITIVE_INFINITY,
  };
}

export function featuredPostsFailing(): MockedResponse {
  return {
    request: { query: FeaturedPostsDocument, variables: { first: HOME_FEATURED_COUNT } },
    result: { errors: [new GraphQLError('Boom', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })] },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
