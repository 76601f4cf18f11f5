import type { ApolloCache, Reference } from '@apollo/client';
import type { Modifier, Modifiers } from '@apollo/client/cache';
import { useMutation } from '@apollo/client/react';
import { graphql } from '@commons/web-graphql';

export const CreatePostDocument = graphql(`
  mutation CreatePost($spaceId: ID!, $input: PostInput!) {
    createPost(spaceId: $spaceId, input: $input) {
      ...SpacePostFields
    }
  }
`);

export const UpdatePostDocument = graphql(`
  mutation UpdatePost($id: ID!, $input: UpdatePostInput!) {
    updatePost(id: $id, input: $input) {
      ...SpacePostFields
    }
  }
`);

export const DeletePostDocument = graphql(`
  mutation DeletePost($id: ID!, $reason: String) {
    deletePost(id: $id, reason: $reason)
  }
`);

export const SharePostDocument = graphql(`
  mutation SharePost($targetId: ID!, $spaceId: ID!, $comment: String) {
    share(targetId: $targetId, spaceId: $spaceId, comment: $comment) {
      id
    }
  }
`);

export const VoteDocument = graphql(`
  mutation Vote($pollId: ID!, $optionIds: [ID!]!) {
    vote(pollId: $pollId, optionIds: $optionIds) {
      ...SpacePollFields
    }
  }
`);

export function useCreatePost() {
  return useMutation(CreatePostDocument, { refetchQueries: ['SpacePosts'], awaitRefetchQueries: true });
}
export function useUpdatePost() {
  return useMutation(UpdatePostDocument);
}
export function useDeletePost() {
  return useMutation(DeletePostDocument, {
    refetchQueries: ['SpacePosts'],
    awaitRefetchQueries: true,
    update: (cache, _result, { variables }) => {
      if (variables) dropFromPostLists(cache, variables.id);
    },
  });
}
export function useSharePost() {
  return useMutation(SharePostDocument, { refetchQueries: ['SpacePosts'] });
}
export function useVote() {
  return useMutation(VoteDocument);
}

type PostList = { edges?: { node?: Reference }[] } | null;

/**
 * A deleted post leaves every cached list (a space's feed, featured posts, the home feed), so a list
 * that is not on screen now does not show it later. The post itself stays: a page still showing it
 * (its own page) is not sent to the network for it.
 */
function dropFromPostLists(cache: ApolloCache, id: string | number): void {
  const drop: Modifier<PostList> = (list, { readField }) =>
    list?.edges
      ? {
          ...list,
          edges: list.edges.filter((edge) => !edge.node || readField<string>('id', edge.node) !== String(id)),
        }
      : list;
  cache.modify({
    id: 'ROOT_QUERY',
    fields: { spacePosts: drop, featuredPosts: drop, homeFeed: drop } as Modifiers,
  });
}
