import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { signedIn } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';
import { CreatePostDocument } from '../api/post-mutations';
import { poll, post, spaceDetails, spacePosts } from '../test/spaces-fixtures';
import { paths } from '@/config/paths';

jest.setTimeout(20_000);

async function openComposer() {
  const composer = await screen.findByRole('region', { name: 'Write a post' });
  return composer;
}

describe('post composer', () => {
  it('refuses an empty post with an error summary that links to the text', async () => {
    const user = userEvent.setup();
    renderApp({
      route: paths.space.to('s-1'),
      mocks: [signedIn(), spaceDetails('OPEN', 'ACTIVE'), spacePosts([])],
    });
    const composer = await openComposer();
    await user.click(within(composer).getByRole('button', { name: 'Publish post' }));
    const link = await within(composer).findByRole('link', {
      name: 'Write some text, or add an image, a link or a poll',
    });
    await waitFor(() => expect(link.closest('.error-summary')).toHaveFocus());
    expect(link).toHaveAttribute('href', '#post-text');
    expect(within(composer).getByRole('textbox', { name: 'Text' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('refuses a text over the limit before sending, counting characters as written', async () => {
    const user = userEvent.setup();
    // No answer for createPost: a request would end in an error alert instead of the summary.
    renderApp({
      route: paths.space.to('s-1'),
      mocks: [signedIn(), spaceDetails('OPEN', 'ACTIVE'), spacePosts([])],
    });
    const composer = await openComposer();
    const field = within(composer).getByRole('textbox', { name: 'Text' });
    await user.click(field);
    await user.paste(`${'&'.repeat(10_000)}\n\n${'b'.repeat(9_999)}`);
    await user.click(within(composer).getByRole('button', { name: 'Publish post' }));
    const link = await within(composer).findByRole('link', {
      name: 'A post can be at most 20,000 characters',
    });
    expect(link).toHaveAttribute('href', '#post-text');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(within(composer).queryByRole('alert')).toBeNull();
  });

  it('checks the link and every poll field before sending, each error linked to its field', async () => {
    const user = userEvent.setup();
    renderApp({
      route: paths.space.to('s-1'),
      mocks: [signedIn(), spaceDetails('OPEN', 'ACTIVE'), spacePosts([])],
    });
    const composer = await openComposer();
    await user.type(
      within(composer).getByRole('textbox', { name: 'Link (optional)' }),
      'javascript:alert(1)',
    );
    await user.click(within(composer).getByRole('checkbox', { name: 'Add a poll' }));
    await user.type(within(composer).getByRole('textbox', { name: 'Option 1' }), 'Tuesday');
    await user.type(within(composer).getByRole('textbox', { name: 'Option 2' }), 'tuesday');
    await user.click(within(composer).getByRole('button', { name: 'Publish post' }));

    const summary = await within(composer).findByRole('heading', { name: 'There is a problem' });
    const links = within(summary.closest('.error-summary') as HTMLElement).getAllByRole('link');
    expect(links.map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      ['Enter a link that starts with http:// or https://', '#post-link'],
      ['Enter the poll question', '#poll-question'],
      ['Option 2 is the same as another option', '#poll-option-1'],
    ]);
  });

  it('adds and removes options with focus on the option one is at, up to ten', async () => {
    const user = userEvent.setup();
    renderApp({
      route: paths.space.to('s-1'),
      mocks: [signedIn(), spaceDetails('OPEN', 'ACTIVE'), spacePosts([])],
    });
    const composer = await openComposer();
    await user.click(within(composer).getByRole('checkbox', { name: 'Add a poll' }));
    // Two options are the minimum: no remove buttons yet.
    expect(within(composer).queryByRole('button', { name: /Remove option/ })).not.toBeInTheDocument();
    await user.click(within(composer).getByRole('button', { name: 'Add option' }));
    expect(within(composer).getByRole('textbox', { name: 'Option 3' })).toHaveFocus();
    await user.click(within(composer).getByRole('button', { name: 'Remove option 3' }));
    expect(within(composer).getByRole('textbox', { name: 'Option 2' })).toHaveFocus();
    for (let i = 3; i <= 10; i++)
      await user.click(within(composer).getByRole('button', { name: 'Add option' }));
    expect(within(composer).getAllByRole('textbox', { name: /^Option \d+$/ })).toHaveLength(10);
    expect(within(composer).queryByRole('button', { name: 'Add option' })).not.toBeInTheDocument();
    expect(within(composer).getByText('A poll has at most 10 options.')).toBeInTheDocument();
  });

  it('publishes text as paragraphs with a named multiple-choice poll, announces it and starts over', async () => {
    const user = userEvent.setup();
    const input = {
      bodyHtml: '<p>Which days suit you?</p><p>Answer by Friday &amp; thanks</p>',
      link: null,
      poll: {
        question: 'Which days?',
        options: ['Tuesday', 'Thursday', 'Friday'],
        choice: 'MULTIPLE',
        ballot: 'NAMED',
        closesAt: null,
      },
    };
    const created = post('p-new', {
      bodyHtml: input.bodyHtml,
      poll: poll({ question: 'Which days?', choice: 'MULTIPLE', ballot: 'NAMED' }),
    });
    const createPost = jest.fn(() => ({ data: { createPost: created } }));
    renderApp({
      route: paths.space.to('s-1'),
      mocks: [
        signedIn(),
        spaceDetails('OPEN', 'ACTIVE'),
        spacePosts([], 1),
        { request: { query: CreatePostDocument, variables: { spaceId: 's-1', input } }, result: createPost },
        spacePosts([created]),
      ],
    });
    const composer = await openComposer();
    const text = within(composer).getByRole('textbox', { name: 'Text' });
    await user.type(text, 'Which days suit you?{Enter}{Enter}Answer by Friday & thanks');
    await user.click(within(composer).getByRole('checkbox', { name: 'Add a poll' }));
    await user.type(within(composer).getByRole('textbox', { name: 'Question' }), 'Which days?');
    await user.type(within(composer).getByRole('textbox', { name: 'Option 1' }), 'Tuesday');
    await user.type(within(composer).getByRole('textbox', { name: 'Option 2' }), 'Thursday');
    await user.click(within(composer).getByRole('button', { name: 'Add option' }));
    await user.keyboard('Friday');
    await user.click(within(composer).getByRole('radio', { name: 'Several options' }));
    await user.click(
      within(composer).getByRole('radio', { name: 'Yes, named: everyone sees who voted for what' }),
    );
    await user.click(within(composer).getByRole('button', { name: 'Publish post' }));

    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('Your post was published'));
    expect(createPost).toHaveBeenCalledTimes(1);
    expect(text).toHaveValue('');
    expect(text).toHaveFocus();
    expect(within(composer).queryByRole('textbox', { name: 'Question' })).not.toBeInTheDocument();
    expect(await screen.findByRole('group', { name: 'Which days?' })).toBeInTheDocument();
  });

  describe('images', () => {
    const realFetch = global.fetch;
    afterEach(() => {
      global.fetch = realFetch;
    });
    const image = (id: string) => ({
      id,
      url: `/media/${id}-1024.jpg`,
      srcSet: `/media/${id}-640.webp 640w`,
      width: 1024,
      height: 640,
    });
    /** The media endpoint answers each upload in turn. */
    function mediaAnswers(...answers: { status: number; body: unknown }[]) {
      const fetchMock = jest.fn();
      for (const a of answers)
        fetchMock.mockImplementationOnce(async () => ({
          ok: a.status < 300,
          status: a.status,
          json: async () => a.body,
        }));
      global.fetch = fetchMock as unknown as typeof fetch;
      return fetchMock;
    }
    const file = (name: string) => new File(['png'], name, { type: 'image/png' });

    it('attaches an image: focus moves to its alt text, which is required, then posts it with the alt text', async () => {
      const user = userEvent.setup();
      const fetchMock = mediaAnswers({ status: 201, body: image('m-1') });
      const input = {
        bodyHtml: null,
        link: null,
        poll: null,
        images: [{ mediaId: 'm-1', alt: 'Two people on a forest path' }],
      };
      const created = post('p-new', {
        bodyHtml: '',
        images: [{ __typename: 'Image', ...image('m-1'), alt: 'Two people on a forest path', sizes: null }],
      });
      const createPost = jest.fn(() => ({ data: { createPost: created } }));
      renderApp({
        route: paths.space.to('s-1'),
        mocks: [
          signedIn(),
          spaceDetails('OPEN', 'ACTIVE'),
          spacePosts([], 1),
          {
            request: { query: CreatePostDocument, variables: { spaceId: 's-1', input } },
            result: createPost,
          },
          spacePosts([created]),
        ],
      });
      const composer = await openComposer();
      await user.upload(within(composer).getByLabelText('Add an image'), file('walk.png'));

      const alt = await within(composer).findByRole('textbox', { name: 'Alt text for image 1' });
      await waitFor(() => expect(alt).toHaveFocus());
      expect(fetchMock).toHaveBeenCalledWith('/api/media', expect.objectContaining({ method: 'POST' }));
      expect(alt).toHaveAccessibleDescription(/File: walk.png/);
      // The thumbnail is decorative: the alt text field says what it is.
      expect(composer.querySelector('img[src="/media/m-1-1024.jpg"]')).toHaveAttribute('alt', '');
      expect(within(composer).getByLabelText('Add another image')).toBeInTheDocument();

      await user.click(within(composer).getByRole('button', { name: 'Publish post' }));
      const link = await within(composer).findByRole('link', { name: 'Enter alt text for image 1' });
      await waitFor(() => expect(link.closest('.error-summary')).toHaveFocus());
      expect(link).toHaveAttribute('href', '#post-image-alt-0');
      expect(alt).toHaveAttribute('aria-invalid', 'true');
      expect(alt).toHaveAccessibleDescription(/Error: Enter alt text for image 1/);
      expect(createPost).not.toHaveBeenCalled();

      await user.type(alt, '  Two people on a forest path ');
      await user.click(within(composer).getByRole('button', { name: 'Publish post' }));
      await waitFor(() =>
        expect(screen.getByTestId('announcer')).toHaveTextContent('Your post was published'),
      );
      expect(createPost).toHaveBeenCalledTimes(1);
      expect(
        within(composer).queryByRole('textbox', { name: 'Alt text for image 1' }),
      ).not.toBeInTheDocument();
      expect(await screen.findByRole('img', { name: 'Two people on a forest path' })).toBeInTheDocument();
    });

    it('removes an attached image before posting: focus moves to the image before it, or back to the file field', async () => {
      const user = userEvent.setup();
      mediaAnswers({ status: 201, body: image('m-1') }, { status: 201, body: image('m-2') });
      renderApp({
        route: paths.space.to('s-1'),
        mocks: [signedIn(), spaceDetails('OPEN', 'ACTIVE'), spacePosts([])],
      });
      const composer = await openComposer();
      await user.upload(within(composer).getByLabelText('Add an image'), file('one.png'));
      await within(composer).findByRole('textbox', { name: 'Alt text for image 1' });
      await user.upload(within(composer).getByLabelText('Add another image'), file('two.png'));
      const second = await within(composer).findByRole('textbox', { name: 'Alt text for image 2' });
      await waitFor(() => expect(second).toHaveFocus());

      await user.click(within(composer).getByRole('button', { name: 'Remove image 1' }));
      const left = within(composer).getByRole('textbox', { name: 'Alt text for image 1' });
      expect(left).toHaveAccessibleDescription(/File: two.png/);
      expect(left).toHaveFocus();
      await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('Image 1 removed'));

      await user.click(within(composer).getByRole('button', { name: 'Remove image 1' }));
      expect(within(composer).queryByRole('textbox', { name: /Alt text/ })).not.toBeInTheDocument();
      expect(within(composer).getByLabelText('Add an image')).toHaveFocus();
    });

    it('says clearly when the file is not an image the server takes, and attaches nothing', async () => {
      const user = userEvent.setup();
      mediaAnswers({ status: 415, body: { reason: 'UNSUPPORTED_TYPE' } });
      renderApp({
        route: paths.space.to('s-1'),
        mocks: [signedIn(), spaceDetails('OPEN', 'ACTIVE'), spacePosts([])],
      });
      const composer = await openComposer();
      const field = within(composer).getByLabelText('Add an image');
      await user.upload(field, file('notes.png'));
      await waitFor(() =>
        expect(field).toHaveAccessibleDescription(
          /Error: The file must be a JPEG, PNG, WebP, GIF or AVIF image/,
        ),
      );
      expect(field).toHaveAttribute('aria-invalid', 'true');
      expect(within(composer).queryByRole('textbox', { name: /Alt text/ })).not.toBeInTheDocument();
    });

    /** Uploads one image, gives it the alt text "A map" and publishes; the API answers `result`. */
    async function publishOneImage(result: { errors: GraphQLError[] }) {
      const user = userEvent.setup();
      mediaAnswers({ status: 201, body: image('m-1') });
      const input = { bodyHtml: null, link: null, poll: null, images: [{ mediaId: 'm-1', alt: 'A map' }] };
      renderApp({
        route: paths.space.to('s-1'),
        mocks: [
          signedIn(),
          spaceDetails('OPEN', 'ACTIVE'),
          spacePosts([]),
          { request: { query: CreatePostDocument, variables: { spaceId: 's-1', input } }, result },
        ],
      });
      const composer = await openComposer();
      await user.upload(within(composer).getByLabelText('Add an image'), file('map.png'));
      await user.type(
        await within(composer).findByRole('textbox', { name: 'Alt text for image 1' }),
        'A map',
      );
      await user.click(within(composer).getByRole('button', { name: 'Publish post' }));
      return composer;
    }

    it("shows the server's refusal of an alt text in the error summary, linked to the image", async () => {
      const composer = await publishOneImage({
        errors: [
          new GraphQLError('alt', {
            extensions: { code: 'BAD_USER_INPUT', field: 'alt', reason: 'TOO_LONG' },
          }),
        ],
      });
      const link = await within(composer).findByRole('link', {
        name: 'Check the alt text of each image: at most 500 characters, and not empty',
      });
      expect(link).toHaveAttribute('href', '#post-image-alt-0');
      // Nothing was lost: the image and its alt text are still there to correct.
      expect(within(composer).getByRole('textbox', { name: 'Alt text for image 1' })).toHaveValue('A map');
    });

    it("links the server's refusal of an image to the file field", async () => {
      const composer = await publishOneImage({
        errors: [
          new GraphQLError('media', {
            extensions: { code: 'BAD_USER_INPUT', field: 'images', reason: 'NOT_FOUND' },
          }),
        ],
      });
      const link = await within(composer).findByRole('link', {
        name: 'An image could not be attached. Remove it and add it again.',
      });
      expect(link).toHaveAttribute('href', '#post-image-file');
    });

    it('shows a refusal that is not about a field in an alert, keeping the post', async () => {
      const composer = await publishOneImage({
        errors: [new GraphQLError('no', { extensions: { code: 'FORBIDDEN' } })],
      });
      expect(await within(composer).findByRole('alert')).toHaveTextContent(
        'You do not have permission to do this.',
      );
      expect(within(composer).getByRole('textbox', { name: 'Alt text for image 1' })).toHaveValue('A map');
    });
  });
});
