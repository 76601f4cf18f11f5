import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { signedIn } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';
import { InviteToSpaceDocument } from '../api/space-mutations';
import {
  cia,
  dan,
  eva,
  bo,
  peopleFound,
  fails,
  membersRegion,
  pickFirst,
} from '../test/space-members-fixtures';
import { spaceDetails, spacePosts } from '../test/spaces-fixtures';
import { paths } from '@/config/paths';

jest.setTimeout(30_000);

/** The people combobox: search, pick, send; Escape; requesters let in; refusals. */
describe('inviting people', () => {
  it('invites by keyboard: the search lists people who are not members or invited, Enter picks, Send invites; the invitation is then pending', async () => {
    const user = userEvent.setup();
    const invited = jest.fn(() => ({ data: { inviteToSpace: { __typename: 'Space', id: 's-1' } } }));
    renderApp({
      route: paths.space.to('s-1'),
      mocks: [
        signedIn(),
        spaceDetails('CLOSED', 'ACTIVE', { owner: true, invited: [cia] }),
        spacePosts([]),
        // Bo is a member already and Cia invited: neither is offered.
        peopleFound('Li', [bo(), cia, eva, { ...dan, title: null }]),
        {
          request: { query: InviteToSpaceDocument, variables: { spaceId: 's-1', personIds: ['p-dan'] } },
          result: invited,
        },
        // Fetched again after the invitation.
        spaceDetails('CLOSED', 'ACTIVE', { owner: true, invited: [cia, dan] }),
      ],
    });
    const members = await membersRegion();
    const field = within(members).getByRole('combobox', { name: 'Find people to invite' });

    // Send with nobody chosen: an inline error, focus on the field.
    await user.click(within(members).getByRole('button', { name: 'Send invitations' }));
    expect(field).toHaveFocus();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/Error: Find and choose at least one person to invite/);

    await user.type(field, 'Li');
    const list = await within(members).findByRole('listbox', { name: 'People found' });
    expect(field).toHaveAttribute('aria-expanded', 'true');
    expect(
      within(list)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Eva Lind, Archivist', 'Dan Holm']);
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('2 people found'));
    const [first, second] = within(list).getAllByRole('option');
    expect(first).toHaveAttribute('aria-selected', 'true');
    expect(field).toHaveAttribute('aria-activedescendant', first.id);
    await user.keyboard('{ArrowDown}');
    expect(second).toHaveAttribute('aria-selected', 'true');
    expect(field).toHaveAttribute('aria-activedescendant', second.id);
    await user.keyboard('{Enter}');

    // Picked: the field empties and keeps focus, the list closes, the person waits on the list to invite.
    expect(field).toHaveFocus();
    expect(field).toHaveValue('');
    expect(field).toHaveAttribute('aria-expanded', 'false');
    expect(within(members).getByRole('list', { name: 'To invite (1 person)' })).toHaveTextContent('Dan Holm');
    await waitFor(() =>
      expect(screen.getByTestId('announcer')).toHaveTextContent('Dan Holm added to the invitation'),
    );
    expect(invited).not.toHaveBeenCalled();

    await user.click(within(members).getByRole('button', { name: 'Send invitations' }));
    await waitFor(() =>
      expect(screen.getByTestId('announcer')).toHaveTextContent('Invitation sent to Dan Holm'),
    );
    expect(invited).toHaveBeenCalledTimes(1);
    expect(field).toHaveFocus();
    expect(within(members).queryByRole('list', { name: /To invite/ })).not.toBeInTheDocument();
    const pending = within(members).getByRole('list', { name: 'Pending invitations (2)' });
    expect(
      within(pending)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['Cia Berg', 'Dan Holm']);
  });

  it('closes the list with Escape and keeps the text; takes a person off the list again', async () => {
    const user = userEvent.setup();
    renderApp({
      route: paths.space.to('s-1'),
      mocks: [
        signedIn(),
        spaceDetails('CLOSED', 'ACTIVE', { owner: true }),
        spacePosts([]),
        peopleFound('Ev', [eva]),
      ],
    });
    const members = await membersRegion();
    const field = within(members).getByRole('combobox', { name: 'Find people to invite' });
    await user.type(field, 'Ev');
    await within(members).findByRole('option', { name: /^Eva Lind/ });
    await user.keyboard('{Escape}');
    expect(field).toHaveAttribute('aria-expanded', 'false');
    expect(field).toHaveValue('Ev');
    await user.keyboard('{ArrowDown}');
    expect(field).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Enter}');
    const chosen = within(members).getByRole('list', { name: 'To invite (1 person)' });
    await user.click(within(chosen).getByRole('button', { name: 'Take off Eva Lind' }));
    expect(within(members).queryByRole('list', { name: /To invite/ })).not.toBeInTheDocument();
    expect(field).toHaveFocus();
    await waitFor(() =>
      expect(screen.getByTestId('announcer')).toHaveTextContent('Eva Lind taken off the invitation'),
    );
  });

  it('says when someone invited had asked to join and is now a member, and shows a refused invitation in an alert', async () => {
    const user = userEvent.setup();
    renderApp({
      route: paths.space.to('s-1'),
      mocks: [
        signedIn(),
        // Cia Berg has asked to join (the fixture's pending request).
        spaceDetails('CLOSED', 'ACTIVE', { owner: true, uses: 2 }),
        spacePosts([]),
        peopleFound('Ci', [cia]),
        peopleFound('Ev', [eva]),
        {
          request: { query: InviteToSpaceDocument, variables: { spaceId: 's-1', personIds: ['p-cia'] } },
          result: { data: { inviteToSpace: { __typename: 'Space', id: 's-1' } } },
        },
        {
          request: { query: InviteToSpaceDocument, variables: { spaceId: 's-1', personIds: ['p-eva'] } },
          result: fails('FORBIDDEN'),
        },
      ],
    });
    const members = await membersRegion();
    await pickFirst(user, members, 'Ci', /^Cia Berg/);
    await user.click(within(members).getByRole('button', { name: 'Send invitations' }));
    await waitFor(() =>
      expect(screen.getByTestId('announcer')).toHaveTextContent(
        'Cia Berg had asked to join and is now a member',
      ),
    );
    expect(within(members).getByRole('region', { name: 'Pending invitations (0)' })).toBeInTheDocument();

    await pickFirst(user, members, 'Ev', /^Eva Lind/);
    await user.click(within(members).getByRole('button', { name: 'Send invitations' }));
    expect(await within(members).findByRole('alert')).toHaveTextContent(
      'You do not have permission to do this.',
    );
    // Nothing lost: Eva is still on the list to invite.
    expect(within(members).getByRole('list', { name: 'To invite (1 person)' })).toHaveTextContent('Eva Lind');
  });
});
