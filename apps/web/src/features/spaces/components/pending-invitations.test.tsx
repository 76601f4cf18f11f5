import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { signedIn } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';
import { SPACE_MEMBERS_PAGE_SIZE, SpaceMembersPageDocument } from '../api/space.query';
import { cia, dan, eva, fails, membersRegion, withdrawal, withdrawn } from '../test/space-members-fixtures';
import { memberEdge, memberPage, spaceDetails, spacePosts } from '../test/spaces-fixtures';
import { paths } from '@/config/paths';

jest.setTimeout(30_000);

/** Withdrawing invitations, what a vanished one says, failures, and more than one page. */
describe('pending invitations', () => {
  it('withdraws invitations: announced, focus on the next one, then on the heading when none are left', async () => {
    const user = userEvent.setup();
    const dansWithdrawn = jest.fn(withdrawn);
    renderApp({
      route: paths.space.to('s-1'),
      mocks: [
        signedIn(),
        spaceDetails('CLOSED', 'ACTIVE', { owner: true, invited: [dan, eva] }),
        spacePosts([]),
        withdrawal('p-dan', dansWithdrawn),
        spaceDetails('CLOSED', 'ACTIVE', { owner: true, invited: [eva] }),
        withdrawal('p-eva', withdrawn),
        spaceDetails('CLOSED', 'ACTIVE', { owner: true }),
      ],
    });
    const members = await membersRegion();
    const invitations = within(members).getByRole('region', { name: 'Pending invitations (2)' });
    await user.click(within(invitations).getByRole('button', { name: 'Withdraw invitation to Dan Holm' }));
    await waitFor(() =>
      expect(
        within(invitations).getByRole('button', { name: 'Withdraw invitation to Eva Lind' }),
      ).toHaveFocus(),
    );
    expect(dansWithdrawn).toHaveBeenCalledTimes(1);
    expect(within(invitations).queryByRole('link', { name: 'Dan Holm' })).not.toBeInTheDocument();
    expect(invitations).toHaveAccessibleName('Pending invitation (1)');
    await waitFor(() =>
      expect(screen.getByTestId('announcer')).toHaveTextContent('The invitation to Dan Holm was withdrawn'),
    );

    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(
        within(invitations).getByRole('heading', { level: 3, name: 'Pending invitations (0)' }),
      ).toHaveFocus(),
    );
    expect(within(invitations).getByText('No invitations are waiting for an answer.')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByTestId('announcer')).toHaveTextContent('The invitation to Eva Lind was withdrawn'),
    );
  });

  it('says so when an invitation is no longer there (accepted meanwhile) and shows the space as it is now', async () => {
    const user = userEvent.setup();
    renderApp({
      route: paths.space.to('s-1'),
      mocks: [
        signedIn(),
        spaceDetails('CLOSED', 'ACTIVE', { owner: true, invited: [dan] }),
        spacePosts([]),
        withdrawal('p-dan', fails('NOT_FOUND')),
        // Dan accepted before the owner withdrew the invitation.
        spaceDetails('CLOSED', 'ACTIVE', { owner: true, others: [memberEdge(dan, 'MEMBER')] }),
      ],
    });
    const members = await membersRegion();
    const invitations = within(members).getByRole('region', { name: 'Pending invitation (1)' });
    await user.click(within(invitations).getByRole('button', { name: 'Withdraw invitation to Dan Holm' }));
    expect(await within(invitations).findByRole('alert')).toHaveTextContent(
      'Dan Holm is no longer invited: they may have answered the invitation, or someone else withdrew it. The list has been updated.',
    );
    expect(within(invitations).getByRole('heading', { level: 3 })).toHaveFocus();
    await waitFor(() => expect(invitations).toHaveAccessibleName('Pending invitations (0)'));
    expect(within(invitations).queryByRole('button')).not.toBeInTheDocument();
    expect(within(members).getByRole('button', { name: 'Remove Dan Holm' })).toBeInTheDocument();
    expect(within(invitations).getByRole('alert')).toBeInTheDocument();
  });

  it('keeps the invitation and its button when withdrawing fails for another reason', async () => {
    const user = userEvent.setup();
    renderApp({
      route: paths.space.to('s-1'),
      mocks: [
        signedIn(),
        spaceDetails('CLOSED', 'ACTIVE', { moderator: true, invited: [dan] }),
        spacePosts([]),
        withdrawal('p-dan', fails('FORBIDDEN')),
      ],
    });
    const members = await membersRegion();
    const withdraw = within(members).getByRole('button', { name: 'Withdraw invitation to Dan Holm' });
    await user.click(withdraw);
    expect(await within(members).findByRole('alert')).toHaveTextContent(
      'You do not have permission to do this.',
    );
    expect(withdraw).toHaveFocus();
  });

  it('shows more invitations after the first page, with focus on the first one added', async () => {
    const user = userEvent.setup();
    renderApp({
      route: paths.space.to('s-1'),
      mocks: [
        signedIn(),
        spaceDetails('CLOSED', 'ACTIVE', { owner: true, invited: [cia], invitedTotal: 3 }),
        spacePosts([]),
        {
          request: {
            query: SpaceMembersPageDocument,
            variables: { id: 's-1', first: SPACE_MEMBERS_PAGE_SIZE, after: 'm-p-cia', invitations: true },
          },
          result: {
            data: {
              space: {
                __typename: 'Space',
                id: 's-1',
                pendingInvitations: memberPage(
                  [memberEdge(dan, 'MEMBER', 'INVITED'), memberEdge(eva, 'MEMBER', 'INVITED')],
                  3,
                  false,
                ),
              },
            },
          },
        },
      ],
    });
    const invitations = within(await membersRegion()).getByRole('region', {
      name: 'Pending invitations (3)',
    });
    expect(within(invitations).getByText('Showing 1 of 3 invitations')).toBeInTheDocument();
    await user.click(within(invitations).getByRole('button', { name: 'Show more invitations' }));
    await waitFor(() => expect(within(invitations).getByRole('link', { name: 'Dan Holm' })).toHaveFocus());
    expect(
      within(invitations)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['Cia Berg', 'Dan Holm', 'Eva Lind']);
    expect(within(invitations).getAllByRole('button', { name: /^Withdraw invitation/ })).toHaveLength(3);
    expect(
      within(invitations).queryByRole('button', { name: 'Show more invitations' }),
    ).not.toBeInTheDocument();
    expect(within(invitations).queryByText(/Showing/)).not.toBeInTheDocument();
  });
});
