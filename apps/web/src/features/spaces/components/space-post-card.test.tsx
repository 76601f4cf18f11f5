import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { signedIn } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { DeletePostDocument, UpdatePostDocument } from '../api/post-mutations';
import { post, spaceDetails, spacePosts } from '../test/spaces-fixtures';

jest.setTimeout(20_000);

const mine = post('p-1', {
  bodyHtml: '<p>First line<br>second line</p><p>Next</p>',
  viewerCanEdit: true,
  viewerCanDelete: true,
  author: { __typename: 'Person', id: 'p-anna', displayName: 'Anna Andersson' },
});

describe('own post', () => {
  it('edits inline: the text opens focused, Save sends paragraphs, shows "edited", announces and returns focus to Edit', async () => {
    const user = userEvent.setup();
    const saved = { ...mine, bodyHtml: '<p>First line<br>second line</p><p>Next, edited</p>', editedAt: '2026-11-22T10:00:00.000Z' };
    const update = jest.fn(() => ({ data: { updatePost: saved } }));
    renderApp({
      route: '/spaces/s-1',
      mocks: [
        signedIn(),
        spaceDetails('OPEN', 'ACTIVE'),
        spacePosts([mine]),
        { request: { query: UpdatePostDocument, variables: { id: 'p-1', input: { bodyHtml: saved.bodyHtml } } }, result: update },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Edit post by Anna Andersson' }));
    const text = screen.getByRole('textbox', { name: 'Edit the text' });
    expect(text).toHaveFocus();
    expect(text).toHaveValue('First line\nsecond line\n\nNext');
    await user.type(text, ', edited');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit post by Anna Andersson' })).toHaveFocus());
    expect(update).toHaveBeenCalledTimes(1);
    const card = screen.getByRole('article', { name: /Anna Andersson/ });
    expect(within(card).getByRole('heading', { level: 3 })).toHaveTextContent(/edited/);
    expect(within(card).getByText('Next, edited')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('Your changes were saved'));
  });

  it('cancelling an edit returns focus to Edit and changes nothing', async () => {
    const user = userEvent.setup();
    renderApp({ route: '/spaces/s-1', mocks: [signedIn(), spaceDetails('OPEN', 'ACTIVE'), spacePosts([mine])] });
    await user.click(await screen.findByRole('button', { name: 'Edit post by Anna Andersson' }));
    await user.type(screen.getByRole('textbox', { name: 'Edit the text' }), ' nope');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Edit post by Anna Andersson' })).toHaveFocus();
    expect(screen.getByText('Next')).toBeInTheDocument();
  });

  it('deletes after a confirmation that takes focus; then focus goes to the posts heading', async () => {
    const user = userEvent.setup();
    const deleted = jest.fn(() => ({ data: { deletePost: true } }));
    renderApp({
      route: '/spaces/s-1',
      mocks: [
        signedIn(),
        spaceDetails('OPEN', 'ACTIVE'),
        spacePosts([mine], 1),
        { request: { query: DeletePostDocument, variables: { id: 'p-1' } }, result: deleted },
        spacePosts([]),
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Delete post by Anna Andersson' }));
    expect(screen.getByText('Delete this post? This cannot be undone.')).toBeInTheDocument();
    const confirm = screen.getByRole('button', { name: 'Yes, delete' });
    expect(confirm).toHaveFocus();

    // Cancel first: focus back on Delete.
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Delete post by Anna Andersson' })).toHaveFocus();
    expect(deleted).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Delete post by Anna Andersson' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Posts' })).toHaveFocus());
    expect(deleted).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('No posts yet.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('The post was deleted'));
  });

  it('shows its images with their alt text, and keeps them and the link in place while the text is edited', async () => {
    const user = userEvent.setup();
    const withImages = post('p-1', {
      bodyHtml: mine.bodyHtml,
      viewerCanEdit: true,
      author: mine.author,
      link: 'https://example.org/map',
      images: [
        { __typename: 'Image', id: 'img-1', alt: 'The park in autumn', url: '/media/img-1.jpg', width: 800, height: 600, srcSet: null, sizes: null },
        { __typename: 'Image', id: 'img-2', alt: 'The meeting point by the gate', url: '/media/img-2.jpg', width: 800, height: 600, srcSet: null, sizes: null },
      ],
    });
    renderApp({ route: '/spaces/s-1', mocks: [signedIn(), spaceDetails('OPEN', 'ACTIVE'), spacePosts([withImages])] });
    const card = await screen.findByRole('article', { name: /Anna Andersson/ });
    expect(within(card).getAllByRole('img').map((img) => img.getAttribute('alt'))).toEqual([
      'The park in autumn',
      'The meeting point by the gate',
    ]);
    await user.click(within(card).getByRole('button', { name: 'Edit post by Anna Andersson' }));
    expect(within(card).getByRole('textbox', { name: 'Edit the text' })).toHaveFocus();
    expect(within(card).queryByText('Next')).not.toBeInTheDocument();
    expect(within(card).getByRole('img', { name: 'The park in autumn' })).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'https://example.org/map' })).toBeInTheDocument();
  });
});
