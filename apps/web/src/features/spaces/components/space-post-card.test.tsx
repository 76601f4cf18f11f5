import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { Language } from '@commons/shared';
import { signedIn } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';
import { DeletePostDocument, UpdatePostDocument } from '../api/post-mutations';
import { post, spaceDetails, spacePosts } from '../test/spaces-fixtures';
import { paths } from '@/config/paths';

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
    const saved = {
      ...mine,
      bodyHtml: '<p>First line<br>second line</p><p>Next, edited</p>',
      editedAt: '2026-11-22T10:00:00.000Z',
    };
    const update = jest.fn(() => ({ data: { updatePost: saved } }));
    renderApp({
      route: paths.space.to('s-1'),
      mocks: [
        signedIn(),
        spaceDetails('OPEN', 'ACTIVE'),
        spacePosts([mine]),
        {
          request: {
            query: UpdatePostDocument,
            variables: { id: 'p-1', input: { bodyHtml: saved.bodyHtml } },
          },
          result: update,
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Edit post by Anna Andersson' }));
    const text = screen.getByRole('textbox', { name: 'Edit the text' });
    expect(text).toHaveFocus();
    expect(text).toHaveValue('First line\nsecond line\n\nNext');
    await user.type(text, ', edited');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Edit post by Anna Andersson' })).toHaveFocus(),
    );
    expect(update).toHaveBeenCalledTimes(1);
    const card = screen.getByRole('article', { name: /Anna Andersson/ });
    expect(within(card).getByRole('heading', { level: 3 })).toHaveTextContent(/edited/);
    expect(within(card).getByText('Next, edited')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('Your changes were saved'));
  });

  it('cancelling an edit returns focus to Edit and changes nothing', async () => {
    const user = userEvent.setup();
    renderApp({
      route: paths.space.to('s-1'),
      mocks: [signedIn(), spaceDetails('OPEN', 'ACTIVE'), spacePosts([mine])],
    });
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
      route: paths.space.to('s-1'),
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
        {
          __typename: 'Image',
          id: 'img-1',
          alt: 'The park in autumn',
          url: '/media/img-1.jpg',
          width: 800,
          height: 600,
          srcSet: null,
          sizes: null,
        },
        {
          __typename: 'Image',
          id: 'img-2',
          alt: 'The meeting point by the gate',
          url: '/media/img-2.jpg',
          width: 800,
          height: 600,
          srcSet: null,
          sizes: null,
        },
      ],
    });
    renderApp({
      route: paths.space.to('s-1'),
      mocks: [signedIn(), spaceDetails('OPEN', 'ACTIVE'), spacePosts([withImages])],
    });
    const card = await screen.findByRole('article', { name: /Anna Andersson/ });
    expect(
      within(card)
        .getAllByRole('img')
        .map((img) => img.getAttribute('alt')),
    ).toEqual(['The park in autumn', 'The meeting point by the gate']);
    await user.click(within(card).getByRole('button', { name: 'Edit post by Anna Andersson' }));
    expect(within(card).getByRole('textbox', { name: 'Edit the text' })).toHaveFocus();
    expect(within(card).queryByText('Next')).not.toBeInTheDocument();
    expect(within(card).getByRole('img', { name: 'The park in autumn' })).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'https://example.org/map' })).toBeInTheDocument();
  });
});

/** Bo's post, as a moderator of the space (or an editor) sees it: they may delete it, not edit it. */
const bos = post('p-1', { viewerCanDelete: true });

describe("a moderator deleting someone else's post", () => {
  it('asks for the reason in a dialog: empty is refused before sending, then the reason is sent, announced, focus to the posts heading', async () => {
    const user = userEvent.setup();
    const deleted = jest.fn(() => ({ data: { deletePost: true } }));
    renderApp({
      route: paths.space.to('s-1'),
      mocks: [
        signedIn(),
        spaceDetails('OPEN', 'ACTIVE', { moderator: true }),
        spacePosts([bos], 1),
        {
          request: { query: DeletePostDocument, variables: { id: 'p-1', reason: 'Personal data' } },
          result: deleted,
        },
        spacePosts([]),
      ],
    });
    const open = await screen.findByRole('button', { name: 'Delete post by Bo Ekström' });
    await user.click(open);
    // No inline "are you sure?": the dialog asks why.
    expect(screen.queryByText('Delete this post? This cannot be undone.')).not.toBeInTheDocument();
    const dialog = screen.getByRole('dialog', { name: 'Delete the post by Bo Ekström' });
    expect(within(dialog).getByText(/your reason is kept in the audit log/)).toBeInTheDocument();
    const reason = within(dialog).getByRole('textbox', { name: /Reason/ });
    expect(reason).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: 'Yes, delete' }));
    expect(
      within(dialog).getByRole('link', { name: 'Write why you are deleting the post' }),
    ).toBeInTheDocument();
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(deleted).not.toHaveBeenCalled();

    await user.type(reason, '  Personal data ');
    await user.click(within(dialog).getByRole('button', { name: 'Yes, delete' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Posts' })).toHaveFocus());
    expect(deleted).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('No posts yet.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('The post was deleted'));
  });

  it('cancelling (or Esc) returns focus to Delete and deletes nothing', async () => {
    const user = userEvent.setup();
    renderApp({
      route: paths.space.to('s-1'),
      mocks: [signedIn(), spaceDetails('OPEN', 'ACTIVE', { moderator: true }), spacePosts([bos])],
    });
    const open = await screen.findByRole('button', { name: 'Delete post by Bo Ekström' });
    await user.click(open);
    await user.type(screen.getByRole('textbox', { name: /Reason/ }), 'Second thoughts');
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(open).toHaveFocus());
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.click(open);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(open).toHaveFocus());
    expect(screen.getByRole('article', { name: /Bo Ekström/ })).toHaveTextContent('We meet at the entrance.');
  });

  it('shows a refusal from the server in the dialog and keeps the reason and the post', async () => {
    const user = userEvent.setup();
    renderApp({
      route: paths.space.to('s-1'),
      mocks: [
        signedIn(),
        spaceDetails('OPEN', 'ACTIVE', { moderator: true }),
        spacePosts([bos]),
        {
          request: { query: DeletePostDocument, variables: { id: 'p-1', reason: 'Rude' } },
          result: {
            errors: [
              new GraphQLError('Say why.', {
                extensions: { code: 'BAD_USER_INPUT', field: 'reason', reason: 'REQUIRED' },
              }),
            ],
          },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Delete post by Bo Ekström' }));
    const dialog = screen.getByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Rude');
    await user.click(within(dialog).getByRole('button', { name: 'Yes, delete' }));
    expect(
      await within(dialog).findByRole('link', { name: 'Write why you are deleting the post' }),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: /Reason/ })).toHaveValue('Rude');
    expect(screen.getByRole('article', { name: /Bo Ekström/ })).toBeInTheDocument();
  });
});

describe('a hidden post', () => {
  const hidden = { __typename: 'ModerationNote', at: '2026-11-21T10:00:00.000Z', reason: 'Off topic' };

  it('tells its author, in words, that a moderator hid it and why', async () => {
    renderApp({
      route: paths.space.to('s-1'),
      mocks: [signedIn(), spaceDetails('OPEN', 'ACTIVE'), spacePosts([{ ...mine, hidden }])],
    });
    const card = await screen.findByRole('article', { name: /Anna Andersson/ });
    expect(within(card).getByText('Hidden by a moderator: Off topic')).toBeInTheDocument();
    expect(within(card).getByText('Only you and the moderators can see this post.')).toBeInTheDocument();
  });

  it('tells a moderator too, in Swedish when that is the language; a post not hidden says nothing', async () => {
    renderApp({
      route: paths.space.to('s-1'),
      language: Language.SV,
      mocks: [
        signedIn({ language: 'SV' }),
        spaceDetails('OPEN', 'ACTIVE', { moderator: true }),
        spacePosts([{ ...bos, hidden: { ...hidden, reason: 'Reklam' } }, post('p-2')]),
      ],
    });
    const [first, second] = await screen.findAllByRole('article');
    expect(within(first).getByText('Dolt av en moderator: Reklam')).toBeInTheDocument();
    expect(within(first).getByText('Bara skribenten och moderatorerna ser inlägget.')).toBeInTheDocument();
    expect(second).not.toHaveTextContent(/Dolt av en moderator/);
  });
});
