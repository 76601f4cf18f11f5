import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { signedIn } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';
import { StudioArticlesDocument } from '../api/studio-articles.query';
import { paths } from '@/config/paths';

const item = (n: number, status = 'IN_REVIEW') => ({
  __typename: 'Article',
  id: `a-${n}`,
  title: `Proposal ${n}`,
  status,
  language: 'EN',
  updatedAt: '2026-11-20T09:00:00.000Z',
  publishAt: null,
  publishedAt: null,
  reviewBy: null,
  author: { __typename: 'Person', id: 'p-anna', displayName: 'Anna Andersson' },
});

const page = (
  variables: Record<string, unknown>,
  nodes: ReturnType<typeof item>[],
  hasNextPage = false,
): MockLink.MockedResponse => ({
  request: { query: StudioArticlesDocument, variables: { first: 20, ...variables } },
  result: {
    data: {
      studioArticles: {
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
});

describe('studio lists', () => {
  it('are links (not tabs) marked with aria-current, each list its own address, and "Show more" focuses the first new article', async () => {
    const user = userEvent.setup();
    const first = Array.from({ length: 20 }, (_, i) => item(i + 1));
    renderApp({
      route: paths.studio.to({ list: 'review' }),
      mocks: [
        signedIn(),
        page({ status: 'IN_REVIEW', dueForReview: null }, first, true),
        page({ status: 'IN_REVIEW', dueForReview: null, after: 'c-a-20' }, [item(21)]),
        page({ status: null, dueForReview: true }, []),
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Studio' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Lists' });
    expect(within(nav).queryByRole('tab')).not.toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'In review' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Drafts' })).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('link', { name: 'New article' })).toHaveAttribute('href', paths.studioNew.to());

    const region = screen.getByRole('region', { name: 'In review' });
    await waitFor(() => expect(within(region).getAllByRole('listitem')).toHaveLength(20));
    expect(within(region).getByRole('link', { name: 'Proposal 1' })).toHaveAttribute(
      'href',
      paths.studioArticle.to('a-1'),
    );
    await user.click(within(region).getByRole('button', { name: 'Show more articles' }));
    await waitFor(() => expect(within(region).getByRole('link', { name: 'Proposal 21' })).toHaveFocus());

    await user.click(within(nav).getByRole('link', { name: 'Due for review' }));
    expect(await screen.findByText('Nothing is due for review.')).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Due for review' })).toHaveAttribute('aria-current', 'page');
  });
});
