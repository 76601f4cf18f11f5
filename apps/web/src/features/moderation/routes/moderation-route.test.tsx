import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import type { MockLink } from '@apollo/client/testing';
import { signedIn } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';
import { ModerateDocument } from '../api/moderate.mutation';
import { ModerationQueueDocument } from '../api/moderation-queue.query';
import { ReportedArticleDocument, ReportedPostDocument } from '../api/reported-place.query';
import { paths } from '@/config/paths';

const person = (id: string, displayName: string) => ({ __typename: 'Person', id, displayName });

function commentReport(id: string, commentId: string, reason: string) {
  return {
    __typename: 'Report',
    id,
    reason,
    createdAt: '2026-11-23T09:00:00.000Z',
    targetId: commentId,
    targetKind: 'COMMENT',
    reporter: person('p-bo', 'Bo Ek'),
    comment: {
      __typename: 'Comment',
      id: commentId,
      targetId: 'a-1',
      bodyHtml: `<p>Buy cheap watches (${commentId})</p>`,
      createdAt: '2026-11-23T08:00:00.000Z',
      removed: false,
      author: person('p-jonas', 'Jonas Mattsson'),
      hidden: null,
    },
    post: null as Record<string, unknown> | null,
  };
}

function queue(reports: ReturnType<typeof commentReport>[]): MockLink.MockedResponse {
  return {
    request: { query: ModerationQueueDocument, variables: { first: 20, after: null } },
    result: {
      data: {
        moderationQueue: {
          __typename: 'ReportConnection',
          edges: reports.map((node) => ({ __typename: 'ReportEdge', cursor: node.id, node })),
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: reports.at(-1)?.id ?? null },
        },
      },
    },
  };
}

const place: MockLink.MockedResponse = {
  request: { query: ReportedArticleDocument, variables: { id: 'a-1' } },
  result: {
    data: { article: { __typename: 'Article', id: 'a-1', title: 'Friskvårdsbidraget höjs', language: 'SV' } },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

describe('moderation page', () => {
  it('lists each open report with the content, its author, where it is, the reporter, reason and time', async () => {
    renderApp({
      route: paths.moderation.to(),
      mocks: [signedIn(), queue([commentReport('r1', 'c1', 'Advertising')]), place],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Moderation' })).toBeInTheDocument();
    expect(document.title).toBe('Moderation – Commons');
    const card = await screen.findByRole('article', { name: 'Comment by Jonas Mattsson' });
    expect(within(card).getByText('Buy cheap watches (c1)')).toBeInTheDocument();
    expect(await within(card).findByRole('link', { name: 'Friskvårdsbidraget höjs' })).toHaveAttribute(
      'href',
      paths.article.to('a-1'),
    );
    expect(within(card).getByText('Bo Ek')).toBeInTheDocument();
    expect(within(card).getByText('Advertising')).toBeInTheDocument();
    expect(card.querySelector('time')).toHaveAttribute('dateTime', '2026-11-23T09:00:00.000Z');
    expect(
      within(card).getByRole('button', { name: 'Hide the comment by Jonas Mattsson' }),
    ).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Dismiss the report by Bo Ek' })).toBeInTheDocument();
  });

  it('shows a reported post from the report itself, with its space as its place (no further request)', async () => {
    const postReport = {
      ...commentReport('r9', 'x', 'Spam'),
      targetId: 'post-1',
      targetKind: 'POST',
      comment: null,
      post: {
        __typename: 'Post',
        id: 'post-1',
        bodyHtml: '<p>Sale!</p>',
        createdAt: '2026-11-23T08:00:00.000Z',
        author: person('p-ali', 'Ali Hassan'),
        hidden: null,
        space: { __typename: 'Space', id: 's-1', name: 'Löparklubben' },
      },
    };
    renderApp({
      route: paths.moderation.to(),
      mocks: [signedIn(), queue([postReport as unknown as ReturnType<typeof commentReport>])],
    });
    const card = await screen.findByRole('article', { name: 'Post by Ali Hassan' });
    expect(within(card).getByText('Sale!')).toBeInTheDocument();
    expect(within(card).getByText('In the space Löparklubben')).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Hide the post by Ali Hassan' })).toBeInTheDocument();
  });

  it('says a comment on a post is in that post’s space (the id is not an article, so the post is asked for)', async () => {
    const onPost = {
      ...commentReport('r8', 'c8', 'Rude'),
      comment: { ...commentReport('r8', 'c8', 'Rude').comment, targetId: 'post-2' },
    };
    renderApp({
      route: paths.moderation.to(),
      mocks: [
        signedIn(),
        queue([onPost]),
        {
          request: { query: ReportedArticleDocument, variables: { id: 'post-2' } },
          result: { errors: [new GraphQLError('Not found', { extensions: { code: 'NOT_FOUND' } })] },
        },
        {
          request: { query: ReportedPostDocument, variables: { id: 'post-2' } },
          result: {
            data: {
              post: {
                __typename: 'Post',
                id: 'post-2',
                space: { __typename: 'Space', id: 's-2', name: 'Lunchpromenader' },
              },
            },
          },
        },
      ],
    });
    const card = await screen.findByRole('article', { name: 'Comment by Jonas Mattsson' });
    expect(await within(card).findByText('In the space Lunchpromenader')).toBeInTheDocument();
  });

  it('hides with a required reason in a dialog, speaks the result and moves focus to the next report', async () => {
    const user = userEvent.setup();
    const moderated = jest.fn(() => ({
      data: {
        moderate: {
          __typename: 'Report',
          id: 'r1',
          status: 'HIDDEN',
          targetId: 'c1',
          handledAt: '2026-11-23T10:00:00.000Z',
          handledReason: 'Advertising for a shop',
        },
      },
    }));
    renderApp({
      route: paths.moderation.to(),
      mocks: [
        signedIn(),
        queue([commentReport('r1', 'c1', 'Advertising'), commentReport('r2', 'c2', 'Rude')]),
        place,
        {
          request: {
            query: ModerateDocument,
            variables: { reportId: 'r1', action: 'HIDE', reason: 'Advertising for a shop' },
          },
          result: moderated,
        },
        queue([commentReport('r2', 'c2', 'Rude')]),
      ],
    });
    const [first] = await screen.findAllByRole('article', { name: 'Comment by Jonas Mattsson' });
    const hide = within(first).getByRole('button', { name: 'Hide the comment by Jonas Mattsson' });
    await user.click(hide);
    const dialog = screen.getByRole('dialog', { name: 'Hide the comment by Jonas Mattsson' });
    const reason = within(dialog).getByRole('textbox', { name: 'Reason' });
    expect(reason).toHaveFocus();
    expect(reason).toHaveAccessibleDescription('Shown to the author. At most 1,000 characters.');

    // No reason: the error summary, nothing sent.
    await user.click(within(dialog).getByRole('button', { name: 'Hide' }));
    expect(await within(dialog).findByRole('link', { name: 'Write a reason' })).toBeInTheDocument();
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(moderated).not.toHaveBeenCalled();

    await user.type(reason, 'Advertising for a shop');
    await user.click(within(dialog).getByRole('button', { name: 'Hide' }));
    await waitFor(() => expect(moderated).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(1));
    await waitFor(() =>
      expect(screen.getByTestId('announcer')).toHaveTextContent('The comment has been hidden.'),
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 2, name: 'Comment by Jonas Mattsson' })).toHaveFocus(),
    );
    expect(screen.getByText('Buy cheap watches (c2)')).toBeInTheDocument();
  });

  it('dismisses the last report: the empty state shows and focus goes to the page heading', async () => {
    const user = userEvent.setup();
    renderApp({
      route: paths.moderation.to(),
      mocks: [
        signedIn(),
        queue([commentReport('r1', 'c1', 'Advertising')]),
        place,
        {
          request: {
            query: ModerateDocument,
            variables: { reportId: 'r1', action: 'DISMISS', reason: 'Fine as it is' },
          },
          result: {
            data: {
              moderate: {
                __typename: 'Report',
                id: 'r1',
                status: 'DISMISSED',
                targetId: 'c1',
                handledAt: '2026-11-23T10:00:00.000Z',
                handledReason: 'Fine as it is',
              },
            },
          },
        },
        queue([]),
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Dismiss the report by Bo Ek' }));
    const dialog = screen.getByRole('dialog', { name: 'Dismiss the report' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'Fine as it is');
    await user.click(within(dialog).getByRole('button', { name: 'Dismiss' }));
    expect(await screen.findByText('There are no open reports. Well done!')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByTestId('announcer')).toHaveTextContent('The report has been dismissed.'),
    );
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Moderation' })).toHaveFocus());
  });

  it('keeps the dialog open with the reason and says so when someone else handled it first', async () => {
    const user = userEvent.setup();
    renderApp({
      route: paths.moderation.to(),
      mocks: [
        signedIn(),
        queue([commentReport('r1', 'c1', 'Advertising')]),
        place,
        {
          request: { query: ModerateDocument, variables: { reportId: 'r1', action: 'HIDE', reason: 'Spam' } },
          result: {
            errors: [
              new GraphQLError('Handled', {
                extensions: { code: 'CONFLICT', reason: 'ALREADY_HANDLED', field: 'reportId' },
              }),
            ],
          },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Hide the comment by Jonas Mattsson' }));
    const dialog = screen.getByRole('dialog', { name: 'Hide the comment by Jonas Mattsson' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'Spam');
    await user.click(within(dialog).getByRole('button', { name: 'Hide' }));
    expect(
      await within(dialog).findByRole('link', { name: 'Someone has already handled this report.' }),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Reason' })).toHaveValue('Spam');
  });

  it('shows the empty state to someone who moderates nothing', async () => {
    renderApp({ route: paths.moderation.to(), mocks: [signedIn(), queue([])] });
    expect(await screen.findByText('There are no open reports. Well done!')).toBeInTheDocument();
  });
});
