import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { ItemConversationDocument } from '@/features/conversation/api/item-conversation.query';
import { ReactDocument } from '@/features/conversation/api/react.mutation';
import { apiComment, counts, person } from '@/features/conversation/test/api-fixtures';
import { post, spaceDetails, spacePosts } from '@/features/spaces/test/spaces-fixtures';
import { signedIn } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';
import { paths } from '@/config/paths';

jest.setTimeout(20_000);

/** The conversation query for post p-1 in space s-1 (anna, an employee, is looking). */
function postConversation(comments: Record<string, unknown>[]): MockLink.MockedResponse {
  return {
    request: {
      query: ItemConversationDocument,
      variables: { id: 'p-1', isArticle: false, first: 20, after: null },
    },
    result: {
      data: {
        me: { __typename: 'Person', id: 'p-anna', role: 'EMPLOYEE' },
        post: {
          __typename: 'Post',
          id: 'p-1',
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

describe('space page (spaces + conversation)', () => {
  it('shows each post’s reactions and comments inside its card, headed one level below the post, and reacting works', async () => {
    const user = userEvent.setup();
    const reacted = jest.fn(() => ({
      data: {
        react: {
          __typename: 'ReactionSummary',
          targetId: 'p-1',
          counts: counts({ LIKE: 2 }),
          myReaction: 'LIKE',
        },
      },
    }));
    renderApp({
      route: paths.space.to('s-1'),
      mocks: [
        signedIn(),
        spaceDetails('OPEN', 'ACTIVE'),
        spacePosts([post('p-1')]),
        postConversation([
          apiComment('c1', {
            targetId: 'p-1',
            author: person('p-cia', 'Cia Berg'),
            bodyHtml: '<p>Count me in</p>',
          }),
        ]),
        { request: { query: ReactDocument, variables: { targetId: 'p-1', kind: 'LIKE' } }, result: reacted },
      ],
    });
    const card = await screen.findByRole('article', { name: /Bo Ekström/ });
    const comments = await within(card).findByRole('region', { name: 'Comments' });
    // Post h3 → "Comments" h4 → each comment h5: the outline keeps the comments under their post.
    expect(within(comments).getByRole('heading', { level: 4, name: 'Comments' })).toBeInTheDocument();
    expect(within(comments).getByRole('heading', { level: 5, name: /Cia Berg/ })).toBeInTheDocument();
    expect(within(comments).getByText('Count me in')).toBeInTheDocument();
    expect(within(comments).getByRole('textbox', { name: 'Write a comment' })).toBeInTheDocument();
    // Others' comments can be reported from here.
    expect(
      within(comments).getByRole('button', { name: 'More for the comment by Cia Berg' }),
    ).toBeInTheDocument();

    const like = within(
      within(card).getByRole('group', { name: 'Reactions to the post by Bo Ekström' }),
    ).getByRole('button', { name: 'Like' });
    expect(like).toHaveAttribute('aria-pressed', 'false');
    await user.click(like);
    await waitFor(() => expect(reacted).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(like).toHaveAttribute('aria-pressed', 'true'));
  });

  it('offers “Report post” on others’ posts, not on one’s own (the same slots as the post page)', async () => {
    const mine = post('p-2', {
      viewerCanEdit: true,
      viewerCanDelete: true,
      author: { __typename: 'Person', id: 'p-anna', displayName: 'Anna Andersson' },
    });
    renderApp({
      route: paths.space.to('s-1'),
      mocks: [
        signedIn(),
        spaceDetails('OPEN', 'ACTIVE'),
        spacePosts([post('p-1'), mine]),
        postConversation([]),
      ],
    });
    const others = await screen.findByRole('article', { name: /Bo Ekström/ });
    expect(within(others).getByRole('button', { name: 'Report post by Bo Ekström' })).toBeInTheDocument();
    const own = screen.getByRole('article', { name: /Anna Andersson/ });
    expect(within(own).queryByRole('button', { name: /Report post/ })).not.toBeInTheDocument();
  });
});
