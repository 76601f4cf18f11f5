import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Language } from '@commons/shared';
import { signedIn } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';
import { PeopleDirectoryDocument } from '../api/people-directory.query';
import { PersonProfileDocument } from '../api/person-profile.query';
import { paths } from '@/config/paths';

const person = (n: number) => ({
  __typename: 'Person',
  id: `p-${n}`,
  displayName: `Anna Person ${n}`,
  title: 'Case officer',
  orgUnit: { __typename: 'OrgUnit', id: 'ou-3', name: 'Intake' },
  location: { __typename: 'Location', id: 'loc-1', name: 'Stockholm' },
});

function page(search: string | null, from: number, to: number, total: number, after: string | null = null) {
  const edges = [];
  for (let n = from; n <= to; n++)
    edges.push({ __typename: 'PersonEdge', cursor: `c-${n}`, node: person(n) });
  return {
    request: {
      query: PeopleDirectoryDocument,
      variables: { search, first: 20, ...(after ? { after } : {}) },
    },
    result: {
      data: {
        people: {
          __typename: 'PersonConnection',
          totalCount: total,
          edges,
          pageInfo: {
            __typename: 'PageInfo',
            hasNextPage: to < total,
            endCursor: edges.length ? `c-${to}` : null,
          },
        },
      },
    },
  };
}

describe('people directory', () => {
  it('searches as you type, titles the results, announces them politely and keeps focus in the field', async () => {
    const user = userEvent.setup();
    renderApp({
      route: paths.people.to(),
      mocks: [signedIn(), page(null, 1, 20, 40), page('Anna', 1, 20, 24)],
    });

    const search = await screen.findByRole('search');
    const field = within(search).getByRole('searchbox', { name: 'Search for people' });
    expect(await screen.findByRole('heading', { level: 2, name: '40 people' })).toBeInTheDocument();
    // Nothing announced on first load.
    expect(screen.getByTestId('announcer')).toHaveTextContent('');

    await user.type(field, 'Anna');
    expect(await screen.findByRole('heading', { level: 2, name: '24 results for Anna' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('24 results for Anna'));
    expect(screen.getByTestId('announcer')).toHaveAttribute('role', 'status');
    expect(field).toHaveFocus();

    const first = screen.getByRole('link', { name: 'Anna Person 1' });
    expect(first).toHaveAttribute('href', paths.person.to('p-1'));
  });

  it('says it in Swedish with the right plural', async () => {
    renderApp({
      route: paths.people.to({ q: 'Anna' }),
      mocks: [signedIn({ language: 'SV' }), page('Anna', 1, 1, 1)],
      language: Language.SV,
    });
    expect(await screen.findByRole('heading', { level: 2, name: '1 träff för Anna' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Sök efter personer' })).toHaveValue('Anna');
  });

  it('"Show more" appends the next page and moves focus to the first new result', async () => {
    const user = userEvent.setup();
    renderApp({
      route: paths.people.to({ q: 'Anna' }),
      mocks: [signedIn(), page('Anna', 1, 20, 24), page('Anna', 21, 24, 24, 'c-20')],
    });
    await screen.findByRole('heading', { level: 2, name: '24 results for Anna' });
    expect(screen.getAllByRole('link', { name: /^Anna Person/ })).toHaveLength(20);

    await user.click(screen.getByRole('button', { name: 'Show more' }));

    const firstNew = await screen.findByRole('link', { name: 'Anna Person 21' });
    await waitFor(() => expect(firstNew).toHaveFocus());
    expect(screen.getAllByRole('link', { name: /^Anna Person/ })).toHaveLength(24);
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
  });

  it('opens a profile from a result', async () => {
    const user = userEvent.setup();
    const profile = {
      request: { query: PersonProfileDocument, variables: { id: 'p-1' } },
      result: {
        data: {
          person: {
            ...person(1),
            email: 'anna1@demo.commons',
            phone: null,
            createdAt: '2026-01-01T00:00:00.000Z',
            orgUnitPath: [],
            location: null,
          },
        },
      },
    };
    const { router } = renderApp({
      route: paths.people.to({ q: 'Anna' }),
      mocks: [signedIn(), page('Anna', 1, 1, 1), profile],
    });
    await user.click(await screen.findByRole('link', { name: 'Anna Person 1' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Anna Person 1' });
    expect(router.state.location.pathname).toBe(paths.person.to('p-1'));
    await waitFor(() => expect(heading).toHaveFocus());
  });
});
