import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { ItemConversationDocument } from '@/features/conversation/api/item-conversation.query';
import { ArticleDocument } from '@/features/news/api/article.query';
import { MarkArticleViewedDocument } from '@/features/news/api/mark-article-viewed.mutation';
import { SharePostDocument } from '@/features/spaces/api/post-mutations';
import { membership, spacesPage, summary } from '@/features/spaces/test/spaces-fixtures';
import { signedIn } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';
import { paths } from '@/config/paths';

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

/** What the article page asks for as it opens: the article, its view mark and its conversation. */
function articleMocks({ myReaction = null }: { myReaction?: string | null } = {}): MockLink.MockedResponse[] {
  return [
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
            myReaction,
            comments: {
              __typename: 'CommentConnection',
              edges: [],
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            },
          },
        },
      },
    },
  ];
}

describe('article page (news + conversation)', () => {
  it('shows the conversation under the article, in the interface language, outside the article’s own lang', async () => {
    renderApp({
      route: paths.article.to('a-1'),
      mocks: articleMocks({ myReaction: 'LIKE' }),
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

  it('shares the article to one of my spaces from a dialog worded for an article, then says so and returns focus', async () => {
    const user = userEvent.setup();
    const shared = jest.fn(() => ({ data: { share: { __typename: 'Post', id: 'p-share' } } }));
    renderApp({
      route: paths.article.to('a-1'),
      mocks: [
        ...articleMocks(),
        spacesPage('MINE', [summary('s-9', 'Book club', 'OPEN', { viewerMembership: membership('ACTIVE') })]),
        {
          request: {
            query: SharePostDocument,
            variables: { targetId: 'a-1', spaceId: 's-9', comment: 'Read this' },
          },
          result: shared,
        },
      ],
    });
    const open = await screen.findByRole('button', { name: 'Share to a space' });
    // Interface words inside a Swedish article keep the interface's language.
    expect(open.closest('[lang]')).toHaveAttribute('lang', 'en');
    await user.click(open);
    const dialog = await screen.findByRole('dialog', { name: 'Share the article “Ny rutin för ärenden”' });
    await waitFor(() => expect(within(dialog).getByRole('combobox', { name: 'Space' })).toHaveValue('s-9'));
    await user.type(within(dialog).getByRole('textbox', { name: 'Comment (optional)' }), 'Read this');
    await user.click(within(dialog).getByRole('button', { name: 'Share' }));
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('Shared to Book club'));
    expect(shared).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(open).toHaveFocus();
  });
});
