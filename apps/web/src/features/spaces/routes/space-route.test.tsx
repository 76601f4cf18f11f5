import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { signedIn } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';
import { SpaceDetailsDocument, SPACE_MEMBERS_PAGE_SIZE } from '../api/space.query';
import { ApproveMembershipDocument, JoinSpaceDocument, LeaveSpaceDocument } from '../api/space-mutations';
import { VoteDocument } from '../api/post-mutations';
import { membership, poll, post, spaceDetails, spacePosts, spacesPage } from '../test/spaces-fixtures';
import { paths } from '@/config/paths';

jest.setTimeout(20_000);

const joined = (visibility: string, status: 'ACTIVE' | 'REQUESTED' | null) => ({
  __typename: 'Space',
  id: 's-1',
  memberCount: status === 'ACTIVE' ? 2 : 1,
  viewerCanPost: status === 'ACTIVE',
  viewerCanModerate: false,
  viewerMembership: membership(status),
  visibility,
});

const refetchLists = [spacesPage('MINE', []), spacesPage('DISCOVER', [])];

describe('space page', () => {
  it('lets anna join an OPEN space: the button becomes "Leave space", keeps focus, the change is announced and the composer appears', async () => {
    const user = userEvent.setup();
    renderApp({
      route: paths.space.to('s-1'),
      mocks: [
        signedIn(),
        spaceDetails('OPEN', null),
        spacePosts([post('p-1')]),
        {
          request: { query: JoinSpaceDocument, variables: { id: 's-1' } },
          result: { data: { joinSpace: joined('OPEN', 'ACTIVE') } },
        },
        spaceDetails('OPEN', 'ACTIVE', { uses: 5 }),
        ...refetchLists,
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Lunch walks' })).toBeInTheDocument();
    expect(screen.getByText('Anyone can find it, read its posts and join at once.')).toBeInTheDocument();
    // OPEN: non-members read the posts and see who is in it, but cannot write.
    expect(await screen.findByRole('article', { name: /Bo Ekström/ })).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Members' })).getByRole('link', { name: 'Bo Ekström' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Write a post' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Join space' }));
    const leave = await screen.findByRole('button', { name: 'Leave space' });
    await waitFor(() => expect(leave).toHaveFocus());
    expect(screen.getByText('You are a member.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('You joined Lunch walks'));
    expect(await screen.findByRole('region', { name: 'Write a post' })).toBeInTheDocument();
  });

  it('asks to join a CLOSED space, shows the request waiting, and hides posts and members from a non-member', async () => {
    const user = userEvent.setup();
    renderApp({
      route: paths.space.to('s-1'),
      mocks: [
        signedIn(),
        spaceDetails('CLOSED', null),
        {
          request: { query: JoinSpaceDocument, variables: { id: 's-1' } },
          result: { data: { joinSpace: joined('CLOSED', 'REQUESTED') } },
        },
        spaceDetails('CLOSED', 'REQUESTED', { uses: 5 }),
        ...refetchLists,
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Lunch walks' });
    expect(screen.getByText('Only members can read the posts in this space.')).toBeInTheDocument();
    expect(screen.getByText('Only members can see who is in this space.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ask to join' }));
    const withdraw = await screen.findByRole('button', { name: 'Withdraw request' });
    await waitFor(() => expect(withdraw).toHaveFocus());
    expect(screen.getByText('You have asked to join. A moderator will decide.')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByTestId('announcer')).toHaveTextContent('You asked to join Lunch walks'),
    );
  });

  it('offers an invitation to accept or decline', async () => {
    renderApp({ route: paths.space.to('s-1'), mocks: [signedIn(), spaceDetails('SECRET', 'INVITED')] });
    expect(await screen.findByRole('button', { name: 'Accept invitation' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Decline invitation' })).toBeInTheDocument();
    expect(screen.getByText('You have been invited to this space.')).toBeInTheDocument();
  });

  it('tells the last owner why they cannot leave', async () => {
    const user = userEvent.setup();
    renderApp({
      route: paths.space.to('s-1'),
      mocks: [
        signedIn(),
        spaceDetails('OPEN', 'ACTIVE'),
        spacePosts([]),
        {
          request: { query: LeaveSpaceDocument, variables: { id: 's-1' } },
          result: {
            errors: [
              new GraphQLError('last owner', { extensions: { code: 'CONFLICT', reason: 'LAST_OWNER' } }),
            ],
          },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Leave space' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You are the last owner. Make someone else an owner before you leave.',
    );
  });

  it('shows moderators the requests to join, each decision button named with the person', async () => {
    renderApp({
      route: paths.space.to('s-1'),
      mocks: [signedIn(), spaceDetails('CLOSED', 'ACTIVE', { moderator: true }), spacePosts([])],
    });
    const requests = await screen.findByRole('region', { name: 'Request to join (1)' });
    expect(within(requests).getByRole('button', { name: 'Approve Cia Berg' })).toBeInTheDocument();
    expect(within(requests).getByRole('button', { name: 'Reject Cia Berg' })).toBeInTheDocument();
  });

  it('approves a request: the decision is announced and focus moves to the requests heading', async () => {
    const user = userEvent.setup();
    const approved = jest.fn(() => ({
      data: { approveMembership: { __typename: 'SpaceMember', status: 'ACTIVE' } },
    }));
    renderApp({
      route: paths.space.to('s-1'),
      mocks: [
        signedIn(),
        spaceDetails('CLOSED', 'ACTIVE', { moderator: true, uses: 2 }),
        spacePosts([]),
        {
          request: { query: ApproveMembershipDocument, variables: { spaceId: 's-1', personId: 'p-cia' } },
          result: approved,
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Approve Cia Berg' }));
    await waitFor(() =>
      expect(screen.getByTestId('announcer')).toHaveTextContent('Cia Berg is now a member'),
    );
    expect(approved).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('heading', { level: 2, name: /Request to join/ })).toHaveFocus();
  });

  it('says a space one cannot see was not found', async () => {
    renderApp({
      route: paths.space.to('s-1'),
      mocks: [
        signedIn(),
        {
          request: {
            query: SpaceDetailsDocument,
            variables: { id: 's-1', membersFirst: SPACE_MEMBERS_PAGE_SIZE },
          },
          result: { errors: [new GraphQLError('no', { extensions: { code: 'NOT_FOUND' } })] },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Space not found' })).toBeInTheDocument();
  });

  it('renders a post with its link, edited marker, a share that is no longer available, and votes in its poll', async () => {
    const user = userEvent.setup();
    const voted = poll({
      viewerVote: ['o-2'],
      results: {
        __typename: 'PollResults',
        totalVoters: 4,
        options: [
          { __typename: 'PollOptionResult', optionId: 'o-1', count: 1, voters: null },
          { __typename: 'PollOptionResult', optionId: 'o-2', count: 3, voters: null },
        ],
      },
    });
    renderApp({
      route: paths.space.to('s-1'),
      mocks: [
        signedIn(),
        spaceDetails('OPEN', 'ACTIVE'),
        spacePosts([
          post('p-1', {
            link: 'https://example.org/map',
            editedAt: '2026-11-21T09:00:00.000Z',
            poll: poll(),
          }),
          post('p-2', { isShare: true, bodyHtml: '<p>Look at this</p>' }),
        ]),
        {
          request: { query: VoteDocument, variables: { pollId: 'poll-1', optionIds: ['o-2'] } },
          result: { data: { vote: voted } },
        },
      ],
    });
    const [first, second] = await screen.findAllByRole('article');
    expect(within(first).getByRole('link', { name: 'https://example.org/map' })).toHaveAttribute(
      'rel',
      'noopener noreferrer',
    );
    expect(within(first).getByRole('heading', { level: 3 })).toHaveTextContent(/edited/);
    expect(within(second).getByText('The original is no longer available.')).toBeInTheDocument();

    // Voting with nothing chosen says what to do; then the results replace the form, with focus on them.
    await user.click(within(first).getByRole('button', { name: 'Vote' }));
    expect(within(first).getByText('Choose an option')).toBeInTheDocument();
    await user.click(within(first).getByRole('radio', { name: 'Thursday' }));
    await user.click(within(first).getByRole('button', { name: 'Vote' }));
    const results = await within(first).findByRole('heading', { level: 4, name: 'Which day?' });
    await waitFor(() => expect(results).toHaveFocus());
    const table = within(first).getByRole('table', { name: 'Results: 4 people have voted' });
    expect(within(table).getByRole('row', { name: 'Thursday (your choice) 3 75%' })).toBeInTheDocument();
    expect(within(first).getByRole('button', { name: 'Change vote' })).toBeInTheDocument();
  });
});
