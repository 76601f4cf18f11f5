import { useMutation } from '@apollo/client/react';
import { graphql } from '@commons/web-graphql';

export const CreateArticleDocument = graphql(`
  mutation CreateArticle($input: ArticleInput!) {
    createArticle(input: $input) {
      ...StudioArticleFields
    }
  }
`);

export const UpdateArticleDocument = graphql(`
  mutation UpdateArticle($id: ID!, $input: ArticleInput!) {
    updateArticle(id: $id, input: $input) {
      id
      revision
      updatedAt
      status
    }
  }
`);

export const SubmitArticleDocument = graphql(`
  mutation SubmitArticle($id: ID!) {
    submitArticle(id: $id) {
      ...StudioArticleFields
    }
  }
`);

export const ReturnArticleDocument = graphql(`
  mutation ReturnArticle($id: ID!, $comment: String!) {
    returnArticle(id: $id, comment: $comment) {
      ...StudioArticleFields
    }
  }
`);

export const PublishArticleDocument = graphql(`
  mutation PublishArticle($id: ID!, $publishAt: DateTime) {
    publishArticle(id: $id, publishAt: $publishAt) {
      ...StudioArticleFields
    }
  }
`);

export const ArchiveArticleDocument = graphql(`
  mutation ArchiveArticle($id: ID!) {
    archiveArticle(id: $id) {
      ...StudioArticleFields
    }
  }
`);

export const useCreateArticle = () => useMutation(CreateArticleDocument);
/** Autosave: answers only what the editor needs to show "Saved", so the form is never overwritten mid-typing. */
export const useUpdateArticle = () => useMutation(UpdateArticleDocument);
const lists = { refetchQueries: ['StudioArticles'] };
export const useSubmitArticle = () => useMutation(SubmitArticleDocument, lists);
export const useReturnArticle = () => useMutation(ReturnArticleDocument, lists);
export const usePublishArticle = () => useMutation(PublishArticleDocument, lists);
export const useArchiveArticle = () => useMutation(ArchiveArticleDocument, lists);
