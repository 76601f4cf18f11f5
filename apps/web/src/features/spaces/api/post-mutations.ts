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
  mutation DeletePost($id: ID!) {
    deletePost(id: $id)
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
  return useMutation(DeletePostDocument, { refetchQueries: ['SpacePosts'], awaitRefetchQueries: true });
}
export function useSharePost() {
  return useMutation(SharePostDocument, { refetchQueries: ['SpacePosts'] });
}
export function useVote() {
  return useMutation(VoteDocument);
}
