import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { signedIn } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';
import { SharePostDocument } from '../api/post-mutations';
import { membership, post, spaceDetails, spacePosts, spacesPage, summary } from '../test/spaces-fixtures';
import { paths } from '@/config/paths';

jest.setTimeout(20_000);

const mySpaces = [
  summary('s-9', 'Book club', 'OPEN', { viewerMembership: membership('ACTIVE') }),
  summary('s-8', 'Asked only', 'CLOSED', { viewerMembership: membership('REQUESTED') }),
];

describe('share to a space', () => {
  it('opens a dialog with the spaces I post in, shares with a comment, announces it and returns focus', async () => {
    const user = userEvent.setup();
    const shared = jest.fn(() => ({ data: { share: { __typename: 'Post', id: 'p-share' } } }));
    renderApp({
      route: paths.space.to('s-1'),
      mocks: [
        signedIn(),
        spaceDetails('OPEN', 'ACTIVE'),
        spacePosts([post('p-1')]),
        spacesPage('MINE', mySpaces),
        {
          request: {
            query: SharePostDocument,
            variables: { targetId: 'p-1', spaceId: 's-9', comment: 'Worth a read' },
          },
          result: shared,
        },
      ],
    });
    const open = await screen.findByRole('button', { name: 'Share to a space by Bo Ekström' });
    await user.click(open);

    const dialog = await screen.findByRole('dialog', { name: 'Share the post by Bo Ekström' });
    const picker = within(dialog).getByRole('combobox', { name: 'Space' });
    await waitFor(() => expect(picker).toHaveValue('s-9'));
    // Only spaces where I am an active member: a pending request does not let me post.
    expect(
      within(picker)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Book club']);

    await user.type(within(dialog).getByRole('textbox', { name: 'Comment (optional)' }), 'Worth a read');
    await user.click(within(dialog).getByRole('button', { name: 'Share' }));
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('Shared to Book club'));
    expect(shared).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(open).toHaveFocus();
  });

  it('closes on Escape with focus back on its button, sharing nothing', async () => {
    const user = userEvent.setup();
    renderApp({
      route: paths.space.to('s-1'),
      mocks: [
        signedIn(),
        spaceDetails('OPEN', 'ACTIVE'),
        spacePosts([post('p-1')]),
        spacesPage('MINE', mySpaces),
      ],
    });
    const open = await screen.findByRole('button', { name: 'Share to a space by Bo Ekström' });
    await user.click(open);
    const dialog = await screen.findByRole('dialog');
    // A browser fires "cancel" on the modal dialog for Escape.
    fireEvent(dialog, new Event('cancel', { cancelable: true }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(open).toHaveFocus();
  });
});
