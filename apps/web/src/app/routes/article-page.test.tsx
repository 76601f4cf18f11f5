import { screen, within } from '@testing-library/react';
import { ItemConversationDocument } from '../../features/conversation/api/item-conversation.query';
import { ArticleDocument } from '../../features/news/api/article.query';
import { MarkArticleViewedDocument } from '../../features/news/api/mark-article-viewed.mutation';
import { signedIn } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

const article = {
  __typename: 'Article',
  id: 'a-1',
  status: 'PUBLISHED',
  title: 'Ny rutin för ärenden',
  summary: 'Så här gör vi nu.',
  bodyHtml: '<p>Vi ändrar rutinen.</p>',
  byline: null,
  format: 'STANDARD',
  language: 'SV',
  publishedAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-20T09:00:00.000Z',
  mustRead: false,
  mustReadDue: null,
  acknowledged: false,
  ackVersion: 1,
  readingTimeMinutes: 1,
  videoUrl: null,
  captionsUrl: null,
  textAlternative: null,
  author: { __typename: 'Person', id: 'p-erik', displayName: 'Erik Editor' },
  cover: null,
  gallery: [],
  topics: [],
  translations: [],
};

const zero = ['LIKE', 'LOVE', 'CELEBRATE', 'INSIGHTFUL', 'CURIOUS'].map((kind) => ({
  __typename: 'ReactionCount',
  kind,
  count: kind === 'LIKE' ? 1 : 0,
}));

describe('article page (news + conversation)', () => {
  it('shows the conversation under the article, in the interface language, outside the article’s own lang', async () => {
    renderApp({
      route: '/news/a-1',
      mocks: [
        signedIn(),
        { request: { query: ArticleDocument, variables: { id: 'a-1' } }, result: { data: { article } } },
        {
          request: { query: MarkArticleViewedDocument, variables: { id: 'a-1' } },
          result: { data: { markArticleViewed: { __typename: 'Article', id: 'a-1', unread: false } } },
        },
        {
          request: {
            query: ItemConversationDocument,
            variables: { id: 'a-1', isArticle: true, first: 20, after: null },
          },
          result: {
            data: {
              me: { __typename: 'Person', id: 'p-anna', role: 'EMPLOYEE' },
              article: {
                __typename: 'Article',
                id: 'a-1',
                title: article.title,
                commentCount: 0,
                commentsClosed: false,
                reactionCounts: zero,
                myReaction: 'LIKE',
                comments: {
                  __typename: 'CommentConnection',
                  edges: [],
                  pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
                },
              },
            },
          },
        },
      ],
    });
    const heading = await screen.findByRole('heading', { level: 1, name: 'Ny rutin för ärenden' });
    const view = heading.closest('article') as HTMLElement;
    const comments = await screen.findByRole('region', { name: 'Comments' });
    expect(view).not.toContainElement(comments);
    expect(view.compareDocumentPosition(comments) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(comments.closest('[lang]')).not.toBe(view);
    const like = within(screen.getByRole('group', { name: 'Reactions to the article' })).getByRole('button', {
      name: 'Like',
    });
    expect(like).toHaveAttribute('aria-pressed', 'true');
    expect(within(comments).getByText('No comments yet.')).toBeInTheDocument();
    expect(within(comments).getByRole('textbox', { name: 'Write a comment' })).toBeInTheDocument();
  });
});
