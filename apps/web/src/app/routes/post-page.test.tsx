import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import type { MockLink } from '@apollo/client/testing';
import { ItemConversationDocument } from '@/features/conversation/api/item-conversation.query';
import { ReportContentDocument } from '@/features/conversation/api/report.mutation';
import { apiComment, counts, person } from '@/features/conversation/test/api-fixtures';
import { ModerationQueueDocument } from '@/features/moderation/api/moderation-queue.query';
import { conversation, homeFeedPage, homePageMocks } from '@/features/news/test/news-fixtures';
import { DeletePostDocument } from '@/features/spaces/api/post-mutations';
import { SpacePostDocument } from '@/features/spaces/api/post.query';
import { post, spaceDetails, spacePosts } from '@/features/spaces/test/spaces-fixtures';
import { signedIn } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';
import { paths } from '@/config/paths';

jest.setTimeout(30_000);

const space = { __typename: 'Space', id: 's-1', name: 'Lunch walks' };

/** The post page's query for `node` (a post fixture), in space s-1. */
function postQuery(node: ReturnType<typeof post>): MockLink.MockedResponse {
  return {
    request: { query: SpacePostDocument, variables: { id: node.id } },
    result: { data: { post: { ...node, space } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** The conversation under post `id` (anna, an employee, is looking). */
function postConversation(id: string, comments: Record<string, unknown>[] = []): MockLink.MockedResponse {
  return {
    request: { query: ItemConversationDocument, variables: { id, isArticle: false, first: 20, after: null } },
    result: {
      data: {
        me: { __typename: 'Person', id: 'p-anna', role: 'EMPLOYEE' },
        post: {
          __typename: 'Post',
          id,
          commentCount: comments.length,
          commentsClosed: false,
          reactionCounts: counts({ LIKE: 1 }),
          myReaction: null,
          space: { __typename: 'Space', id: 's-1', viewerCanModerate: false },
          comments: {
            __typename: 'CommentConnection',
            edges: comments.map((node, i) => ({ __typename: 'CommentEdge', cursor: `cur-${i + 1}`, node })),
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          },
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

function reportMock(result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return {
    request: { query: ReportContentDocument, variables: { targetId: 'p-1', reason: 'Advertising' } },
    result,
  };
}

describe('post page (/posts/:id)', () => {
  it('shows the post under an h1 naming it, with a link back to its space, its card headed h2 and its comments h3', async () => {
    renderApp({
      route: paths.post.to('p-1'),
      mocks: [
        signedIn(),
        postQuery(post('p-1')),
        postConversation('p-1', [
          apiComment('c1', {
            targetId: 'p-1',
            author: person('p-cia', 'Cia Berg'),
            bodyHtml: '<p>Count me in</p>',
          }),
        ]),
      ],
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Post by Bo Ekström in Lunch walks' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Post by Bo Ekström in Lunch walks – Commons'));
    expect(screen.getByRole('link', { name: 'Back to Lunch walks' })).toHaveAttribute(
      'href',
      paths.space.to('s-1'),
    );

    const card = screen.getByRole('article', { name: /Bo Ekström/ });
    expect(within(card).getAllByRole('heading')[0]).toHaveProperty('tagName', 'H2');
    expect(within(card).getByText('We meet at the entrance.')).toBeInTheDocument();
    const comments = await within(card).findByRole('region', { name: 'Comments' });
    expect(within(comments).getByRole('heading', { level: 3, name: 'Comments' })).toBeInTheDocument();
    expect(within(comments).getByRole('heading', { level: 4, name: /Cia Berg/ })).toBeInTheDocument();
    expect(
      within(card).getByRole('group', { name: 'Reactions to the post by Bo Ekström' }),
    ).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Share to a space by Bo Ekström' })).toBeInTheDocument();
  });

  it('reports someone else’s post with a reason, thanks the reporter and returns focus to the button', async () => {
    const user = userEvent.setup();
    const reported = jest.fn(() => ({
      data: { report: { __typename: 'Report', id: 'r-1', status: 'OPEN' } },
    }));
    renderApp({
      route: paths.post.to('p-1'),
      mocks: [signedIn(), postQuery(post('p-1')), postConversation('p-1'), reportMock(reported)],
    });
    const open = await screen.findByRole('button', { name: 'Report post by Bo Ekström' });
    await user.click(open);
    const dialog = screen.getByRole('dialog', { name: 'Report the post by Bo Ekström' });

    // A reason is required; nothing is sent without one.
    await user.click(within(dialog).getByRole('button', { name: 'Send report' }));
    expect(
      within(dialog).getByRole('link', { name: 'Write why you are reporting this' }),
    ).toBeInTheDocument();
    expect(reported).not.toHaveBeenCalled();

    await user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Advertising');
    await user.click(within(dialog).getByRole('button', { name: 'Send report' }));
    await waitFor(() =>
      expect(screen.getByTestId('announcer')).toHaveTextContent(
        'Thank you. Your report has been sent to the moderators.',
      ),
    );
    expect(reported).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(open).toHaveFocus();
  });

  it('says so when the viewer had already reported the post, and closes the dialog', async () => {
    const user = userEvent.setup();
    renderApp({
      route: paths.post.to('p-1'),
      mocks: [
        signedIn(),
        postQuery(post('p-1')),
        postConversation('p-1'),
        reportMock({
          errors: [
            new GraphQLError('You have already reported this.', {
              extensions: { code: 'CONFLICT', field: 'targetId', reason: 'ALREADY_REPORTED' },
            }),
          ],
        }),
      ],
    });
    const open = await screen.findByRole('button', { name: 'Report post by Bo Ekström' });
    await user.click(open);
    await user.type(screen.getByRole('textbox', { name: /Reason/ }), 'Advertising');
    await user.click(screen.getByRole('button', { name: 'Send report' }));
    await waitFor(() =>
      expect(screen.getByTestId('announcer')).toHaveTextContent(
        'You have already reported this post. The moderators will look at it.',
      ),
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(open).toHaveFocus();
  });

  it('offers no report on one’s own post', async () => {
    const mine = post('p-1', {
      viewerCanEdit: true,
      viewerCanDelete: true,
      author: { __typename: 'Person', id: 'p-anna', displayName: 'Anna Andersson' },
    });
    renderApp({ route: paths.post.to('p-1'), mocks: [signedIn(), postQuery(mine), postConversation('p-1')] });
    expect(await screen.findByRole('button', { name: 'Edit post by Anna Andersson' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Report post/ })).not.toBeInTheDocument();
  });

  it('says a post that is gone or out of reach is not found, in the title too, with a way on', async () => {
    renderApp({
      route: paths.post.to('p-9'),
      mocks: [
        signedIn(),
        {
          request: { query: SpacePostDocument, variables: { id: 'p-9' } },
          result: { errors: [new GraphQLError('Not found', { extensions: { code: 'NOT_FOUND' } })] },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Post not found' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Post not found – Commons'));
    expect(
      screen.getByText('It may have been deleted, or you may not have access to the space it is in.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All spaces' })).toHaveAttribute('href', paths.spaces.to());
  });

  it('a moderator deletes it with a reason; the page moves on to its space and says so', async () => {
    const user = userEvent.setup();
    const deleted = jest.fn(() => ({ data: { deletePost: true } }));
    renderApp({
      route: paths.post.to('p-1'),
      mocks: [
        signedIn(),
        postQuery(post('p-1', { viewerCanDelete: true })),
        postConversation('p-1'),
        { request: { query: DeletePostDocument, variables: { id: 'p-1', reason: 'Spam' } }, result: deleted },
        spaceDetails('OPEN', 'ACTIVE', { moderator: true }),
        spacePosts([]),
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Delete post by Bo Ekström' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete the post by Bo Ekström' });
    await user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Spam');
    await user.click(within(dialog).getByRole('button', { name: 'Yes, delete' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Lunch walks' })).toBeInTheDocument();
    expect(deleted).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('The post was deleted'));
  });

  it('is linked from a post in the home feed', async () => {
    const user = userEvent.setup();
    renderApp({
      route: paths.home.to(),
      mocks: [
        ...homePageMocks([homeFeedPage([{ ...post('p-1'), space, ...conversation() }])]),
        postQuery(post('p-1')),
        postConversation('p-1'),
      ],
    });
    const feed = await screen.findByRole('region', { name: 'News and posts' });
    const card = await within(feed).findByRole('article', { name: /Post by Bo Ekström/ });
    await user.click(within(card).getByRole('link', { name: 'Open post by Bo Ekström' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Post by Bo Ekström in Lunch walks' }),
    ).toBeInTheDocument();
  });

  it('is linked from a share of it in a space', async () => {
    const user = userEvent.setup();
    const share = post('p-2', {
      isShare: true,
      sharedItemAvailable: true,
      bodyHtml: '',
      author: { __typename: 'Person', id: 'p-cia', displayName: 'Cia Berg' },
      sharedItem: {
        __typename: 'Post',
        id: 'p-1',
        bodyHtml: '<p>We meet at the entrance.</p>',
        createdAt: '2026-11-20T09:00:00.000Z',
        author: { __typename: 'Person', id: 'p-bo', displayName: 'Bo Ekström' },
        space,
      },
    });
    renderApp({
      route: paths.space.to('s-1'),
      mocks: [
        signedIn(),
        spaceDetails('OPEN', 'ACTIVE'),
        spacePosts([share]),
        postConversation('p-2'),
        postQuery(post('p-1')),
        postConversation('p-1'),
      ],
    });
    const card = await screen.findByRole('article', { name: /Cia Berg/ });
    await user.click(within(card).getByRole('link', { name: 'Open post by Bo Ekström' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Post by Bo Ekström in Lunch walks' }),
    ).toBeInTheDocument();
  });

  it('is linked from a report of it in the moderation queue', async () => {
    const user = userEvent.setup();
    const bo = { __typename: 'Person', id: 'p-bo', displayName: 'Bo Ekström' };
    const report = {
      __typename: 'Report',
      id: 'r-1',
      reason: 'Advertising',
      createdAt: '2026-11-23T09:00:00.000Z',
      targetId: 'p-1',
      targetKind: 'POST',
      reporter: { __typename: 'Person', id: 'p-cia', displayName: 'Cia Berg' },
      comment: null,
      post: {
        __typename: 'Post',
        id: 'p-1',
        bodyHtml: '<p>We meet at the entrance.</p>',
        createdAt: '2026-11-20T09:00:00.000Z',
        author: bo,
        hidden: null,
        space,
      },
    };
    renderApp({
      route: paths.moderation.to(),
      mocks: [
        signedIn(),
        {
          request: { query: ModerationQueueDocument, variables: { first: 20, after: null } },
          result: {
            data: {
              moderationQueue: {
                __typename: 'ReportConnection',
                edges: [{ __typename: 'ReportEdge', cursor: 'r-1', node: report }],
                pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'r-1' },
              },
            },
          },
        },
        postQuery(post('p-1')),
        postConversation('p-1'),
      ],
    });
    const card = await screen.findByRole('article', { name: 'Post by Bo Ekström' });
    await user.click(within(card).getByRole('link', { name: 'Open the post' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Post by Bo Ekström in Lunch walks' }),
    ).toBeInTheDocument();
  });
});
