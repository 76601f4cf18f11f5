import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { signedIn } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';
import { spacesPage, summary, membership } from '../test/spaces-fixtures';
import { paths } from '@/config/paths';

// Typing with userEvent on a loaded machine can take longer than jest's default.
jest.setTimeout(20_000);

const mine = [summary('s-1', 'Book club', 'OPEN', { viewerMembership: membership('ACTIVE', 'OWNER') })];
const discover = [
  summary('s-2', 'Lunch walks', 'OPEN', { memberCount: 1 }),
  summary('s-3', 'System owners', 'CLOSED', { viewerMembership: membership('REQUESTED') }),
];

describe('spaces list', () => {
  it('lists my spaces and the ones to discover, with visibility, members and a pending request, and links to creating one', async () => {
    renderApp({
      route: paths.spaces.to(),
      mocks: [signedIn(), spacesPage('MINE', mine), spacesPage('DISCOVER', discover)],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Spaces' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Create space' })).toHaveAttribute('href', paths.spaceNew.to());
    expect(screen.getByRole('link', { name: 'Spaces' })).toHaveAttribute('aria-current', 'page');

    const mySection = screen.getByRole('region', { name: 'My spaces' });
    expect(await within(mySection).findByRole('link', { name: 'Book club' })).toHaveAttribute(
      'href',
      paths.space.to('s-1'),
    );
    const discoverSection = screen.getByRole('region', { name: 'Spaces to discover' });
    await within(discoverSection).findByRole('link', { name: 'Lunch walks' });
    expect(within(discoverSection).getByText('Open · 1 member')).toBeInTheDocument();
    expect(within(discoverSection).getByText('Closed · 3 members · Request sent')).toBeInTheDocument();
  });

  it('searches both lists as one types, keeps focus in the field and announces the counts', async () => {
    const user = userEvent.setup();
    renderApp({
      route: paths.spaces.to(),
      mocks: [
        signedIn(),
        spacesPage('MINE', mine),
        spacesPage('DISCOVER', discover),
        spacesPage('MINE', [], 'lunch'),
        spacesPage('DISCOVER', [discover[0]], 'lunch'),
      ],
    });
    const field = await screen.findByRole('searchbox', { name: 'Search spaces' });
    await user.type(field, 'lunch');
    await waitFor(() => expect(screen.getByText('No spaces match your search.')).toBeInTheDocument());
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: 'System owners' })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('link', { name: 'Lunch walks' })).toBeInTheDocument();
    expect(field).toHaveFocus();
    await waitFor(() =>
      expect(screen.getByTestId('announcer')).toHaveTextContent(
        'My spaces: 0 spaces found. Spaces to discover: 1 space found',
      ),
    );
  });

  it('says so in Swedish, calling spaces "grupper"', async () => {
    renderApp({
      route: paths.spaces.to(),
      language: 'SV' as never,
      mocks: [signedIn({ language: 'SV' }), spacesPage('MINE', []), spacesPage('DISCOVER', [])],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Grupper' })).toBeInTheDocument();
    expect(await screen.findByText('Du är inte med i någon grupp än.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skapa grupp' })).toBeInTheDocument();
  });
});
