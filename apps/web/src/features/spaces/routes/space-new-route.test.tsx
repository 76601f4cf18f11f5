import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { signedIn } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';
import { CreateSpaceDocument } from '../api/space-mutations';
import { spaceDetails, spacePosts, summary } from '../test/spaces-fixtures';
import { paths } from '@/config/paths';

// Typing with userEvent on a loaded machine can take longer than jest's default.
jest.setTimeout(20_000);

const input = { name: 'Lunch walks', description: 'We walk at noon.', visibility: 'CLOSED' };

describe('create-space form', () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
  });

  it('on an empty submit focuses an error summary linking to the name and the visibility, and marks the fields', async () => {
    const user = userEvent.setup();
    renderApp({ route: paths.spaceNew.to(), mocks: [signedIn()] });
    await screen.findByRole('heading', { level: 1, name: 'Create a space' });
    await user.click(screen.getByRole('button', { name: 'Create space' }));

    const nameLink = await screen.findByRole('link', { name: 'Enter a name for the space' });
    await waitFor(() => expect(nameLink.closest('.error-summary')).toHaveFocus());
    expect(nameLink).toHaveAttribute('href', '#space-name');
    const visibilityLink = screen.getByRole('link', { name: 'Choose who can find and join the space' });
    expect(visibilityLink).toHaveAttribute('href', '#space-visibility-OPEN');
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAttribute('aria-invalid', 'true');
    expect(document.title).toBe('Error: Create a space – Commons');

    await user.click(visibilityLink);
    expect(screen.getByRole('radio', { name: 'Open' })).toHaveFocus();
  });

  it('explains each visibility next to its radio button', async () => {
    renderApp({ route: paths.spaceNew.to(), mocks: [signedIn()] });
    const secret = await screen.findByRole('radio', { name: 'Secret' });
    expect(secret).toHaveAccessibleDescription(
      'Only members and people invited can find it. Others do not see that it exists.',
    );
    expect(screen.getByRole('group', { name: 'Who can find and join the space?' })).toBeInTheDocument();
  });

  it('creates the space and opens it', async () => {
    const user = userEvent.setup();
    const created = jest.fn(() => ({
      data: { createSpace: summary('s-1', 'Lunch walks', 'CLOSED', { memberCount: 1 }) },
    }));
    renderApp({
      route: paths.spaceNew.to(),
      mocks: [
        signedIn(),
        { request: { query: CreateSpaceDocument, variables: { input } }, result: created },
        spaceDetails('CLOSED', 'ACTIVE', { uses: 5 }),
        spacePosts([]),
      ],
    });
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), '  Lunch walks ');
    await user.type(screen.getByRole('textbox', { name: 'Description (optional)' }), 'We walk at noon.');
    await user.click(screen.getByRole('radio', { name: 'Closed' }));
    await user.click(screen.getByRole('button', { name: 'Create space' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Lunch walks' })).toBeInTheDocument();
    expect(created).toHaveBeenCalledTimes(1);
  });

  it('shows a name the server refuses in the summary, never its English message', async () => {
    const user = userEvent.setup();
    renderApp({
      route: paths.spaceNew.to(),
      mocks: [
        signedIn(),
        {
          request: {
            query: CreateSpaceDocument,
            variables: { input: { ...input, description: '', visibility: 'OPEN' } },
          },
          result: {
            errors: [
              new GraphQLError('name is empty after cleaning', {
                extensions: { code: 'BAD_USER_INPUT', field: 'name', reason: 'REQUIRED' },
              }),
            ],
          },
        },
      ],
    });
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Lunch walks');
    await user.click(screen.getByRole('radio', { name: 'Open' }));
    await user.click(screen.getByRole('button', { name: 'Create space' }));
    const link = await screen.findByRole('link', { name: 'Enter a different name' });
    await waitFor(() => expect(link.closest('.error-summary')).toHaveFocus());
    expect(screen.queryByText('name is empty after cleaning')).not.toBeInTheDocument();
  });

  it('uploads a cover, moves focus to its alt text and requires it before creating the space with the cover', async () => {
    const user = userEvent.setup();
    const uploaded = {
      id: 'm-1',
      url: '/media/m-1-1024.jpg',
      srcSet: '/media/m-1-640.webp 640w',
      width: 1024,
      height: 640,
    };
    const fetchMock = jest.fn(async () => ({ ok: true, status: 201, json: async () => uploaded }));
    global.fetch = fetchMock as unknown as typeof fetch;
    const created = jest.fn(() => ({ data: { createSpace: summary('s-1', 'Lunch walks', 'OPEN') } }));
    renderApp({
      route: paths.spaceNew.to(),
      mocks: [
        signedIn(),
        {
          request: {
            query: CreateSpaceDocument,
            variables: {
              input: {
                name: 'Lunch walks',
                description: '',
                visibility: 'OPEN',
                coverMediaId: 'm-1',
                coverAlt: 'Two people walking in a park',
              },
            },
          },
          result: created,
        },
        spaceDetails('OPEN', 'ACTIVE', { uses: 5 }),
        spacePosts([]),
      ],
    });
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Lunch walks');
    await user.click(screen.getByRole('radio', { name: 'Open' }));
    await user.upload(
      screen.getByLabelText('Choose a cover image'),
      new File(['png'], 'cover.png', { type: 'image/png' }),
    );

    const alt = await screen.findByRole('textbox', { name: 'Alt text' });
    await waitFor(() => expect(alt).toHaveFocus());
    expect(fetchMock).toHaveBeenCalledWith('/api/media', expect.objectContaining({ method: 'POST' }));

    await user.click(screen.getByRole('button', { name: 'Create space' }));
    const link = await screen.findByRole('link', { name: 'Enter alt text for the cover image' });
    expect(link).toHaveAttribute('href', '#space-cover-alt');
    expect(created).not.toHaveBeenCalled();

    await user.type(alt, 'Two people walking in a park');
    await user.click(screen.getByRole('button', { name: 'Create space' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Lunch walks' })).toBeInTheDocument();
    expect(created).toHaveBeenCalledTimes(1);
  });
});
