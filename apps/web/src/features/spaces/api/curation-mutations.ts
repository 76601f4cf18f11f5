import { useMutation } from '@apollo/client/react';
import { graphql } from '@commons/web-graphql';

export const PromotePostToArticleDocument = graphql(`
  mutation PromotePostToArticle($postId: ID!) {
    promotePostToArticle(postId: $postId) {
      id
    }
  }
`);

export const FeaturePostDocument = graphql(`
  mutation FeaturePost($postId: ID!, $featured: Boolean!) {
    featurePost(postId: $postId, featured: $featured) {
      id
      featured
    }
  }
`);

/** Editors: a news draft from a staff post (the studio opens it next). */
export function usePromotePostToArticle() {
  return useMutation(PromotePostToArticleDocument);
}
/**
 * Editors: feature a post or stop featuring it; the cache updates the post by id, so a list showing
 * it drops it. A newly featured post is not in any list yet: home's featured posts ask again.
 */
export function useFeaturePost() {
  return useMutation(FeaturePostDocument, {
    refetchQueries: ({ data }) => (data?.featurePost.featured ? ['FeaturedPosts'] : []),
  });
}
