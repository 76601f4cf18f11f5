import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { signedIn } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';
import { SPACE_MEMBERS_PAGE_SIZE, SpaceMembersPageDocument } from '../api/space.query';
import { RemoveMemberDocument, SetMemberRoleDocument } from '../api/space-mutations';
import { cia, dan, eva, fails, membersRegion } from '../test/space-members-fixtures';
import { memberEdge, memberPage, spaceDetails, spacePosts } from '../test/spaces-fixtures';
import { paths } from '@/config/paths';

jest.setTimeout(30_000);

/** What each role is offered, removing members, roles, and the member list. */
describe('space members', () => {
  it('offers owners invitations, role changes and removal of others, but never "Remove" on themselves', async () => {
    renderApp({
      route: paths.space.to('s-1'),
      mocks: [
        signedIn(),
        spaceDetails('CLOSED', 'ACTIVE', {
          owner: true,
          others: [memberEdge(cia, 'MODERATOR')],
          invited: [eva],
        }),
        spacePosts([]),
      ],
    });
    const members = await membersRegion();
    expect(within(members).getByRole('region', { name: 'Invite people' })).toBeInTheDocument();
    const invitations = within(members).getByRole('region', { name: 'Pending invitation (1)' });
    expect(
      within(invitations).getByRole('button', { name: 'Withdraw invitation to Eva Lind' }),
    ).toBeInTheDocument();
    // An invited person is not a member yet.
    expect(within(members).getAllByRole('link', { name: 'Eva Lind' })).toHaveLength(1);
    expect(within(members).getByRole('combobox', { name: 'Find people to invite' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    for (const name of ['Bo Ekström', 'Cia Berg']) {
      expect(within(members).getByRole('button', { name: `Change role for ${name}` })).toBeInTheDocument();
      expect(within(members).getByRole('button', { name: `Remove ${name}` })).toBeInTheDocument();
    }
    // Stepping down is a role change; leaving is "Leave space", not "Remove".
    expect(
      within(members).getByRole('button', { name: 'Change role for Anna Andersson' }),
    ).toBeInTheDocument();
    expect(within(members).queryByRole('button', { name: 'Remove Anna Andersson' })).not.toBeInTheDocument();
  });

  it('lets moderators invite and remove members, but not remove owners or moderators, nor change roles', async () => {
    renderApp({
      route: paths.space.to('s-1'),
      mocks: [
        signedIn(),
        spaceDetails('CLOSED', 'ACTIVE', {
          moderator: true,
          others: [memberEdge(cia, 'MODERATOR'), memberEdge(dan, 'MEMBER')],
          invited: [eva],
        }),
        spacePosts([]),
      ],
    });
    const members = await membersRegion();
    expect(within(members).getByRole('region', { name: 'Invite people' })).toBeInTheDocument();
    expect(
      within(members).getByRole('button', { name: 'Withdraw invitation to Eva Lind' }),
    ).toBeInTheDocument();
    expect(within(members).getByRole('button', { name: 'Remove Dan Holm' })).toBeInTheDocument();
    expect(within(members).queryByRole('button', { name: 'Remove Bo Ekström' })).not.toBeInTheDocument();
    expect(within(members).queryByRole('button', { name: 'Remove Cia Berg' })).not.toBeInTheDocument();
    expect(within(members).queryByRole('button', { name: /Change role/ })).not.toBeInTheDocument();
  });

  it('offers plain members none of it', async () => {
    renderApp({
      route: paths.space.to('s-1'),
      mocks: [
        signedIn(),
        spaceDetails('OPEN', 'ACTIVE', { others: [memberEdge(dan, 'MEMBER')] }),
        spacePosts([]),
      ],
    });
    const members = await membersRegion();
    expect(within(members).getByRole('link', { name: 'Dan Holm' })).toBeInTheDocument();
    expect(within(members).queryByRole('region', { name: 'Invite people' })).not.toBeInTheDocument();
    expect(within(members).queryByRole('region', { name: /Pending invitation/ })).not.toBeInTheDocument();
    expect(within(members).queryByRole('button')).not.toBeInTheDocument();
  });

  it('removes a member after a confirmation that takes focus; Cancel returns focus; then focus goes to the heading', async () => {
    const user = userEvent.setup();
    const removed = jest.fn(() => ({
      data: { removeMember: { __typename: 'Space', id: 's-1', memberCount: 2 } },
    }));
    renderApp({
      route: paths.space.to('s-1'),
      mocks: [
        signedIn(),
        spaceDetails('CLOSED', 'ACTIVE', { owner: true, others: [memberEdge(dan, 'MEMBER')] }),
        spacePosts([]),
        {
          request: { query: RemoveMemberDocument, variables: { spaceId: 's-1', personId: 'p-dan' } },
          result: removed,
        },
      ],
    });
    const members = await membersRegion();
    await user.click(within(members).getByRole('button', { name: 'Remove Dan Holm' }));
    expect(
      within(members).getByText('Remove Dan Holm from the space? They can no longer post here.'),
    ).toBeInTheDocument();
    expect(within(members).getByRole('button', { name: 'Yes, remove' })).toHaveFocus();
    await user.click(within(members).getByRole('button', { name: 'Cancel' }));
    expect(within(members).getByRole('button', { name: 'Remove Dan Holm' })).toHaveFocus();
    expect(removed).not.toHaveBeenCalled();

    await user.click(within(members).getByRole('button', { name: 'Remove Dan Holm' }));
    await user.click(within(members).getByRole('button', { name: 'Yes, remove' }));
    await waitFor(() =>
      expect(within(members).queryByRole('link', { name: 'Dan Holm' })).not.toBeInTheDocument(),
    );
    expect(removed).toHaveBeenCalledTimes(1);
    expect(within(members).getByRole('heading', { level: 2, name: 'Members' })).toHaveFocus();
    await waitFor(() =>
      expect(screen.getByTestId('announcer')).toHaveTextContent('Dan Holm was removed from the space'),
    );
  });

  it('explains that the last owner cannot be removed', async () => {
    const user = userEvent.setup();
    renderApp({
      route: paths.space.to('s-1'),
      mocks: [
        signedIn(),
        spaceDetails('CLOSED', 'ACTIVE', { owner: true }),
        spacePosts([]),
        {
          request: { query: RemoveMemberDocument, variables: { spaceId: 's-1', personId: 'p-bo' } },
          result: fails('CONFLICT', 'LAST_OWNER'),
        },
      ],
    });
    const members = await membersRegion();
    await user.click(within(members).getByRole('button', { name: 'Remove Bo Ekström' }));
    await user.click(within(members).getByRole('button', { name: 'Yes, remove' }));
    expect(await within(members).findByRole('alert')).toHaveTextContent(
      'Bo Ekström is the last owner and cannot be removed. Make someone else an owner first.',
    );
    expect(within(members).getByRole('link', { name: 'Bo Ekström' })).toBeInTheDocument();
  });

  it('changes a role with radio buttons and Save: announced, and focus returns to "Change role"', async () => {
    const user = userEvent.setup();
    const changed = jest.fn(() => ({
      data: { setMemberRole: { __typename: 'SpaceMember', role: 'MODERATOR', status: 'ACTIVE' } },
    }));
    renderApp({
      route: paths.space.to('s-1'),
      mocks: [
        signedIn(),
        spaceDetails('CLOSED', 'ACTIVE', { owner: true, others: [memberEdge(dan, 'MEMBER')] }),
        spacePosts([]),
        {
          request: {
            query: SetMemberRoleDocument,
            variables: { spaceId: 's-1', personId: 'p-dan', role: 'MODERATOR' },
          },
          result: changed,
        },
      ],
    });
    const members = await membersRegion();
    await user.click(within(members).getByRole('button', { name: 'Change role for Dan Holm' }));
    const roles = within(members).getByRole('group', { name: 'Role for Dan Holm' });
    // Focus on the role they have now, each role saying what it may do.
    expect(within(roles).getByRole('radio', { name: 'Member' })).toHaveFocus();
    expect(within(roles).getByRole('radio', { name: 'Member' })).toBeChecked();
    expect(within(roles).getByRole('radio', { name: 'Moderator' })).toHaveAccessibleDescription(
      /invites people/,
    );
    await user.click(within(roles).getByRole('radio', { name: 'Moderator' }));
    expect(changed).not.toHaveBeenCalled();
    await user.click(within(members).getByRole('button', { name: 'Save role' }));

    await waitFor(() =>
      expect(screen.getByTestId('announcer')).toHaveTextContent('Dan Holm is now a moderator'),
    );
    expect(changed).toHaveBeenCalledTimes(1);
    await waitFor(() =>
      expect(within(members).getByRole('button', { name: 'Change role for Dan Holm' })).toHaveFocus(),
    );
    expect(within(members).getByRole('link', { name: 'Dan Holm' }).closest('li')).toHaveTextContent(
      'Dan Holm · Moderator',
    );
  });

  it('explains that the last owner cannot step down, keeping the form open', async () => {
    const user = userEvent.setup();
    renderApp({
      route: paths.space.to('s-1'),
      mocks: [
        signedIn(),
        spaceDetails('CLOSED', 'ACTIVE', { owner: true }),
        spacePosts([]),
        {
          request: {
            query: SetMemberRoleDocument,
            variables: { spaceId: 's-1', personId: 'p-anna', role: 'MEMBER' },
          },
          result: fails('CONFLICT', 'LAST_OWNER'),
        },
      ],
    });
    const members = await membersRegion();
    await user.click(within(members).getByRole('button', { name: 'Change role for Anna Andersson' }));
    await user.click(within(members).getByRole('radio', { name: 'Member' }));
    await user.click(within(members).getByRole('button', { name: 'Save role' }));
    expect(await within(members).findByRole('alert')).toHaveTextContent(
      'Anna Andersson is the last owner. Make someone else an owner first.',
    );
    expect(within(members).getByRole('group', { name: 'Role for Anna Andersson' })).toBeInTheDocument();
  });

  it('shows more members after the first page, with focus on the first one added', async () => {
    const user = userEvent.setup();
    const firstPage = spaceDetails('OPEN', 'ACTIVE', { membersTotal: 4 });
    renderApp({
      route: paths.space.to('s-1'),
      mocks: [signedIn(), firstPage, spacePosts([]), secondMembersPage()],
    });
    const members = await membersRegion();
    expect(within(members).getByText('Showing 2 of 4 members')).toBeInTheDocument();
    await user.click(within(members).getByRole('button', { name: 'Show more members' }));
    await waitFor(() => expect(within(members).getByRole('link', { name: 'Cia Berg' })).toHaveFocus());
    expect(
      within(members)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['Bo Ekström', 'Anna Andersson', 'Cia Berg', 'Dan Holm']);
    expect(within(members).queryByRole('button', { name: 'Show more members' })).not.toBeInTheDocument();
    expect(within(members).queryByText(/Showing/)).not.toBeInTheDocument();
  });

  it('keeps the members shown after "Show more" when one of them is removed or changes role (no refetch from the first page)', async () => {
    const user = userEvent.setup();
    renderApp({
      route: paths.space.to('s-1'),
      mocks: [
        signedIn(),
        spaceDetails('CLOSED', 'ACTIVE', { owner: true, membersTotal: 4 }),
        spacePosts([]),
        secondMembersPage(),
        {
          request: {
            query: SetMemberRoleDocument,
            variables: { spaceId: 's-1', personId: 'p-cia', role: 'MODERATOR' },
          },
          result: {
            data: { setMemberRole: { __typename: 'SpaceMember', role: 'MODERATOR', status: 'ACTIVE' } },
          },
        },
        {
          request: { query: RemoveMemberDocument, variables: { spaceId: 's-1', personId: 'p-dan' } },
          result: { data: { removeMember: { __typename: 'Space', id: 's-1', memberCount: 3 } } },
        },
        // No SpaceDetails after these: a refetch would find no answer here and show an error.
      ],
    });
    const members = await membersRegion();
    await user.click(within(members).getByRole('button', { name: 'Show more members' }));
    await waitFor(() => expect(within(members).getByRole('link', { name: 'Cia Berg' })).toHaveFocus());

    await user.click(within(members).getByRole('button', { name: 'Change role for Cia Berg' }));
    await user.click(within(members).getByRole('radio', { name: 'Moderator' }));
    await user.click(within(members).getByRole('button', { name: 'Save role' }));
    await waitFor(() =>
      expect(within(members).getByRole('button', { name: 'Change role for Cia Berg' })).toHaveFocus(),
    );
    expect(within(members).getByRole('link', { name: 'Cia Berg' }).closest('li')).toHaveTextContent(
      'Cia Berg · Moderator',
    );

    await user.click(within(members).getByRole('button', { name: 'Remove Dan Holm' }));
    await user.click(within(members).getByRole('button', { name: 'Yes, remove' }));
    await waitFor(() =>
      expect(within(members).queryByRole('link', { name: 'Dan Holm' })).not.toBeInTheDocument(),
    );
    expect(
      within(members)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['Bo Ekström', 'Anna Andersson', 'Cia Berg']);
    expect(within(members).getByRole('heading', { level: 2, name: 'Members' })).toHaveFocus();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

/** "Show more members" after bo and anna: cia and dan, the last of four. */
function secondMembersPage() {
  return {
    request: {
      query: SpaceMembersPageDocument,
      variables: { id: 's-1', first: SPACE_MEMBERS_PAGE_SIZE, after: 'm-p-anna', invitations: false },
    },
    result: {
      data: {
        space: {
          __typename: 'Space',
          id: 's-1',
          members: memberPage([memberEdge(cia, 'MEMBER'), memberEdge(dan, 'MEMBER')], 4, false),
        },
      },
    },
  };
}
