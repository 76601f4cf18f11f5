import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { Language } from '@commons/shared';
import { createCache } from '@/app/apollo/apollo-client';
import { AnnouncerProvider } from '@/components/ui/announcer';
import { createI18n } from '@/i18n/i18n';
import { AddCommentDocument } from '../api/add-comment.mutation';
import { DeleteCommentDocument } from '../api/delete-comment.mutation';
import { MentionCandidatesDocument } from '../api/mention-candidates.query';
import { ReactDocument } from '../api/react.mutation';
import { ReportContentDocument } from '../api/report.mutation';
import { SetCommentsClosedDocument } from '../api/set-comments-closed.mutation';
import { UnreactDocument } from '../api/unreact.mutation';
import { apiAnna, apiBo, apiComment, articleConversation, counts } from '../test/api-fixtures';
import { announcer } from '../test/render-conversation';
import { ItemConversationDocument } from '../api/item-conversation.query';
import { ItemConversation } from './item-conversation';
import { paths } from '@/config/paths';

function renderItem(
  mocks: MockLink.MockedResponse[],
  language = Language.EN,
  element = <ItemConversation id="a-1" kind="ARTICLE" reactionsLabel="Reactions to the article" />,
) {
  const i18n = createI18n(language);
  const router = createMemoryRouter([{ path: '*', element }]);
  return render(
    <I18nextProvider i18n={i18n}>
      <MockedProvider mocks={mocks} cache={createCache()}>
        <AnnouncerProvider delayMs={0}>
          <RouterProvider router={router} />
        </AnnouncerProvider>
      </MockedProvider>
    </I18nextProvider>,
  );
}

const reactionSummary = (likes: number, mine: string | null) => ({
  __typename: 'ReactionSummary',
  targetId: 'a-1',
  counts: counts({ LIKE: likes }),
  myReaction: mine,
});

const articleLike = () =>
  within(screen.getByRole('group', { name: 'Reactions to the article' })).getByRole('button', {
    name: 'Like',
  });

describe('ItemConversation', () => {
  it('shows the article’s reactions and its comments, each comment with its own reactions', async () => {
    renderItem([
      articleConversation({
        comments: [
          apiComment('c1', {
            reactionCounts: counts({ LOVE: 1 }),
            replies: [
              apiComment('c1r1', {
                parentId: 'c1',
                author: apiAnna,
                viewerCanEdit: true,
                viewerCanDelete: true,
              }),
            ],
          }),
        ],
        commentCount: 2,
      }),
    ]);
    const thread = await screen.findByRole('region', { name: 'Comments' });
    expect(within(thread).getByText('2 comments')).toBeInTheDocument();
    expect(articleLike()).toHaveAttribute('aria-pressed', 'false');
    expect(articleLike()).toHaveAccessibleDescription('2 people');
    const boReactions = screen.getByRole('group', { name: 'Reactions to the comment by Bo Ek' });
    expect(within(boReactions).getByRole('button', { name: 'Love' })).toHaveAccessibleDescription('1 person');
    // Others' comments can be reported; the viewer's own cannot (but can be edited).
    expect(screen.getByRole('button', { name: 'More for the comment by Bo Ek' })).toBeInTheDocument();
    const own = screen.getByRole('button', { name: 'More for the comment by Anna Andersson' });
    await userEvent.setup().click(own);
    expect(screen.getAllByRole('menuitem').map((m) => m.textContent)).toEqual(['Edit', 'Delete']);
  });

  it('shows a reaction at once and then the server’s counts, which win', async () => {
    const user = userEvent.setup();
    renderItem([
      articleConversation(),
      // Someone else liked it meanwhile: the server says 4, not the 3 the viewer expected.
      {
        request: { query: ReactDocument, variables: { targetId: 'a-1', kind: 'LIKE' } },
        result: { data: { react: reactionSummary(4, 'LIKE') } },
        delay: 200,
      },
      {
        request: { query: UnreactDocument, variables: { targetId: 'a-1' } },
        result: { data: { unreact: reactionSummary(3, null) } },
      },
    ]);
    await screen.findByRole('region', { name: 'Comments' });
    await user.click(articleLike());
    expect(articleLike()).toHaveAttribute('aria-pressed', 'true');
    expect(articleLike()).toHaveAccessibleDescription('3 people');
    await waitFor(() => expect(articleLike()).toHaveAccessibleDescription('4 people'));
    await waitFor(() => expect(announcer()).toHaveTextContent('Your reaction: Like'));

    await user.click(articleLike());
    await waitFor(() => expect(articleLike()).toHaveAttribute('aria-pressed', 'false'));
    await waitFor(() => expect(articleLike()).toHaveAccessibleDescription('3 people'));
  });

  it('puts the old state back and says so when a reaction fails', async () => {
    const user = userEvent.setup();
    renderItem([
      articleConversation(),
      {
        request: { query: ReactDocument, variables: { targetId: 'a-1', kind: 'LIKE' } },
        result: { errors: [new GraphQLError('Not found', { extensions: { code: 'NOT_FOUND' } })] },
      },
    ]);
    await screen.findByRole('region', { name: 'Comments' });
    await user.click(articleLike());
    expect(await screen.findByText('We could not find what you were looking for.')).toBeInTheDocument();
    expect(articleLike()).toHaveAttribute('aria-pressed', 'false');
    expect(articleLike()).toHaveAccessibleDescription('2 people');
  });

  it('posts a comment with a mention picked from the API’s candidates; it appears last and the count rises', async () => {
    const user = userEvent.setup();
    const body = '<p>Tack <a data-mention="p-anna" href="/people/p-anna">@Anna Andersson</a></p>';
    renderItem([
      articleConversation(),
      {
        // The item is sent along: under a post in a closed or secret space the API offers its members only.
        request: {
          query: MentionCandidatesDocument,
          variables: { search: 'And', first: 8, targetId: 'a-1' },
        },
        result: { data: { mentionCandidates: [apiAnna] } },
      },
      {
        request: { query: AddCommentDocument, variables: { targetId: 'a-1', body, parentId: null } },
        result: {
          data: {
            addComment: apiComment('c2', {
              author: apiAnna,
              bodyHtml: body,
              viewerCanEdit: true,
              viewerCanDelete: true,
            }),
          },
        },
      },
    ]);
    const field = await screen.findByRole('textbox', { name: 'Write a comment' });
    await user.click(field);
    await user.keyboard('Tack @And');
    const option = await screen.findByRole('option', { name: 'Anna Andersson' });
    expect(field).toHaveAttribute('aria-activedescendant', option.id);
    await user.keyboard('{Enter}');
    expect(field).toHaveValue('Tack @Anna Andersson ');
    await user.click(screen.getByRole('button', { name: 'Post' }));

    await waitFor(() => expect(announcer()).toHaveTextContent('Your comment has been posted.'));
    const thread = screen.getByRole('region', { name: 'Comments' });
    const articles = within(thread).getAllByRole('article');
    expect(articles).toHaveLength(2);
    expect(within(articles[1]).getByRole('link', { name: '@Anna Andersson' })).toHaveAttribute(
      'href',
      paths.person.to('p-anna'),
    );
    expect(within(thread).getByText('2 comments')).toBeInTheDocument();
    expect(field).toHaveValue('');
  });

  it('reports someone else’s comment with a reason (a repeat report counts as sent)', async () => {
    const user = userEvent.setup();
    const reported = jest.fn(() => ({
      errors: [
        new GraphQLError('Already', {
          extensions: { code: 'CONFLICT', reason: 'ALREADY_REPORTED', field: 'targetId' },
        }),
      ],
    }));
    renderItem([
      articleConversation(),
      {
        request: { query: ReportContentDocument, variables: { targetId: 'c1', reason: 'Off topic' } },
        result: reported,
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'More for the comment by Bo Ek' }));
    await user.click(screen.getByRole('menuitem', { name: 'Report' }));
    const dialog = screen.getByRole('dialog', { name: 'Report the comment by Bo Ek' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'Off topic');
    await user.click(within(dialog).getByRole('button', { name: 'Send report' }));
    await waitFor(() =>
      expect(announcer()).toHaveTextContent('Thank you. Your report has been sent to the moderators.'),
    );
    expect(reported).toHaveBeenCalledTimes(1);
  });

  it('lets editors close comments (a toggle button); employees get no such button', async () => {
    const user = userEvent.setup();
    const { unmount } = renderItem([articleConversation()]);
    await screen.findByRole('region', { name: 'Comments' });
    expect(screen.queryByRole('button', { name: 'Comments closed' })).not.toBeInTheDocument();
    unmount();

    renderItem([
      articleConversation({ role: 'EDITOR' }),
      {
        request: { query: SetCommentsClosedDocument, variables: { targetId: 'a-1', closed: true } },
        result: { data: { setCommentsClosed: true } },
      },
    ]);
    const toggle = await screen.findByRole('button', { name: 'Comments closed' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('textbox', { name: 'Write a comment' })).toBeInTheDocument();
    await user.click(toggle);
    await waitFor(() => expect(toggle).toHaveAttribute('aria-pressed', 'true'));
    expect(screen.getByText('Comments are closed.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Write a comment' })).not.toBeInTheDocument();
    await waitFor(() => expect(announcer()).toHaveTextContent('Comments are now closed.'));
  });

  it('shows its author a hidden comment with the moderator’s reason, and a removed one as removed', async () => {
    renderItem([
      articleConversation({
        comments: [
          apiComment('c1', {
            author: apiAnna,
            hidden: { __typename: 'ModerationNote', at: '2026-11-23T10:00:00.000Z', reason: 'Advertising' },
          }),
          apiComment('c2', { author: apiBo, removed: true, bodyHtml: '' }),
        ],
      }),
    ]);
    expect(await screen.findByText('Hidden by a moderator: Advertising')).toBeInTheDocument();
    expect(screen.getByText('Only you and the moderators can see this comment.')).toBeInTheDocument();
    expect(screen.getByText('This comment has been removed.')).toBeInTheDocument();
  });

  it('shows a withheld comment as a placeholder with its replies, and nothing to do on it', async () => {
    renderItem([
      articleConversation({
        comments: [
          apiComment('c1', {
            withheld: true,
            author: null,
            bodyHtml: '',
            reactionCounts: counts(),
            replies: [
              apiComment('c1r1', {
                parentId: 'c1',
                author: apiAnna,
                viewerCanEdit: true,
                viewerCanDelete: true,
              }),
            ],
          }),
        ],
        commentCount: 1,
      }),
    ]);
    expect(await screen.findByText('This comment was hidden by a moderator.')).toBeInTheDocument();
    const [placeholder] = screen.getAllByRole('article');
    expect(within(placeholder).getAllByRole('heading')[0]).toHaveTextContent(/^Hidden comment/);
    expect(within(placeholder).queryByRole('button')).not.toBeInTheDocument();
    expect(
      screen.queryByRole('group', { name: 'Reactions to the comment by Bo Ek' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Reply/ })).not.toBeInTheDocument();
    const replies = screen.getByRole('list', { name: 'Replies to the hidden comment' });
    expect(within(replies).getByText('Comment c1r1')).toBeInTheDocument();
    expect(
      within(replies).getByRole('group', { name: 'Reactions to the comment by Anna Andersson' }),
    ).toBeInTheDocument();
    expect(screen.getByText('1 comment')).toBeInTheDocument();
  });

  it('sends a moderator’s reason with the deletion of someone else’s comment, and none with the author’s own', async () => {
    const user = userEvent.setup();
    const removed = (id: string, overrides: Record<string, unknown> = {}) => ({
      data: {
        deleteComment: apiComment(id, { removed: true, bodyHtml: '', replies: undefined, ...overrides }),
      },
    });
    const reasonRequired = jest.fn(() => ({
      errors: [
        new GraphQLError('Say why.', {
          extensions: { code: 'BAD_USER_INPUT', field: 'reason', reason: 'REQUIRED' },
        }),
      ],
    }));
    const { replies: _, ...ownReply } = apiComment('c1r1', {
      parentId: 'c1',
      author: apiAnna,
      viewerCanEdit: true,
      viewerCanDelete: true,
    });
    renderItem([
      articleConversation({
        role: 'EDITOR',
        comments: [apiComment('c1', { viewerCanDelete: true, replies: [ownReply] }), apiComment('c2')],
        commentCount: 3,
      }),
      // The server's refusal first (a reason it will not take), then the deletion.
      {
        request: { query: DeleteCommentDocument, variables: { id: 'c1', reason: 'Off topic' } },
        result: reasonRequired,
      },
      {
        request: { query: DeleteCommentDocument, variables: { id: 'c1', reason: 'Off topic' } },
        result: removed('c1'),
      },
      {
        request: { query: DeleteCommentDocument, variables: { id: 'c1r1', reason: null } },
        result: removed('c1r1', { parentId: 'c1', author: apiAnna }),
      },
    ]);
    await user.click((await screen.findAllByRole('button', { name: 'More for the comment by Bo Ek' }))[0]);
    await user.click(screen.getByRole('menuitem', { name: 'Delete' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete the comment by Bo Ek' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'Off topic');
    await user.click(within(dialog).getByRole('button', { name: 'Delete the comment' }));
    expect(
      await within(dialog).findByRole('link', { name: 'Write why you are deleting the comment' }),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Reason' })).toHaveValue('Off topic');
    expect(reasonRequired).toHaveBeenCalledTimes(1);
    await user.click(within(dialog).getByRole('button', { name: 'Delete the comment' }));
    await waitFor(() => expect(announcer()).toHaveTextContent('The comment has been deleted.'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByText('This comment has been removed.')).toBeInTheDocument();
    expect(screen.getByText('2 comments')).toBeInTheDocument();

    // Her own reply: the plain confirmation, no reason asked.
    await user.click(screen.getByRole('button', { name: 'More for the comment by Anna Andersson' }));
    await user.click(screen.getByRole('menuitem', { name: 'Delete' }));
    const confirm = screen.getByRole('dialog', { name: 'Delete this comment?' });
    expect(within(confirm).queryByRole('textbox')).not.toBeInTheDocument();
    await user.click(within(confirm).getByRole('button', { name: 'Delete the comment' }));
    await waitFor(() => expect(screen.getAllByText('This comment has been removed.')).toHaveLength(2));
    expect(screen.getByText('1 comment')).toBeInTheDocument();
  });

  it('serves a post the same way by props alone; the space’s moderators may close its comments', async () => {
    const post = (viewerCanModerate: boolean): MockLink.MockedResponse => ({
      request: {
        query: ItemConversationDocument,
        variables: { id: 'post-1', isArticle: false, first: 20, after: null },
      },
      result: {
        data: {
          me: { __typename: 'Person', id: apiAnna.id, role: 'EMPLOYEE' },
          post: {
            __typename: 'Post',
            id: 'post-1',
            commentCount: 1,
            commentsClosed: false,
            reactionCounts: counts({ CELEBRATE: 3 }),
            myReaction: 'CELEBRATE',
            space: { __typename: 'Space', id: 's-1', viewerCanModerate },
            comments: {
              __typename: 'CommentConnection',
              edges: [
                {
                  __typename: 'CommentEdge',
                  cursor: 'cur-1',
                  node: apiComment('c1', { targetId: 'post-1' }),
                },
              ],
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'cur-1' },
            },
          },
        },
      },
    });
    const card = (
      <ItemConversation id="post-1" kind="POST" headingLevel={3} reactionsLabel="Reactions to the post" />
    );
    const { unmount } = renderItem([post(false)], Language.SV, card);
    expect(await screen.findByRole('heading', { level: 3, name: 'Kommentarer' })).toBeInTheDocument();
    const group = screen.getByRole('group', { name: 'Reactions to the post' });
    expect(within(group).getByRole('button', { name: 'Fira' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('heading', { level: 4, name: /^Bo Ek/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Kommentarer stängda' })).not.toBeInTheDocument();
    unmount();

    renderItem([post(true)], Language.SV, card);
    expect(await screen.findByRole('button', { name: 'Kommentarer stängda' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });
});
