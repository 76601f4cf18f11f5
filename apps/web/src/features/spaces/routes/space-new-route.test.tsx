import { configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { signedIn } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { CreateSpaceDocument } from '../api/space-mutations';
import { spaceDetails, spacePosts, summary } from '../test/spaces-fixtures';

configure({ asyncUtilTimeout: 5000 });

const input = { name: 'Lunch walks', description: 'We walk at noon.', visibility: 'CLOSED' };

describe('create-space form', () => {
  it('on an empty submit focuses an error summary linking to the name and the visibility, and marks the fields', async () => {
    const user = userEvent.setup();
    renderApp({ route: '/spaces/new', mocks: [signedIn()] });
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
    renderApp({ route: '/spaces/new', mocks: [signedIn()] });
    const secret = await screen.findByRole('radio', { name: 'Secret' });
    expect(secret).toHaveAccessibleDescription('Only members and people invited can find it. Others do not see that it exists.');
    expect(screen.getByRole('group', { name: 'Who can find and join the space?' })).toBeInTheDocument();
  });

  it('creates the space and opens it', async () => {
    const user = userEvent.setup();
    const created = jest.fn(() => ({ data: { createSpace: summary('s-1', 'Lunch walks', 'CLOSED', { memberCount: 1 }) } }));
    renderApp({
      route: '/spaces/new',
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
      route: '/spaces/new',
      mocks: [
        signedIn(),
        {
          request: { query: CreateSpaceDocument, variables: { input: { ...input, description: '', visibility: 'OPEN' } } },
          result: { errors: [new GraphQLError('name is empty after cleaning', { extensions: { code: 'BAD_USER_INPUT', field: 'name', reason: 'REQUIRED' } })] },
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
});
