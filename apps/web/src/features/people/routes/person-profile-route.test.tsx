import { screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { Language } from '@commons/shared';
import { agency, department, signedIn, unit } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';
import { PersonProfileDocument } from '../api/person-profile.query';
import { paths } from '@/config/paths';

const bo = {
  __typename: 'Person',
  id: 'p-bo',
  displayName: 'Bo Berg',
  title: 'System administrator',
  email: 'bo@demo.commons',
  phone: '+46 8 123 45 67',
  createdAt: '2026-03-05T10:00:00.000Z',
  orgUnitPath: [agency, department, unit],
  location: { __typename: 'Location', id: 'loc-2', name: 'Göteborg', address: 'Storgatan 1' },
};

describe('profile page', () => {
  it('shows name, title, unit path, location, e-mail as mailto and phone as tel, dates in the locale', async () => {
    renderApp({
      route: paths.person.to('p-bo'),
      language: Language.SV,
      mocks: [
        signedIn({ language: 'SV' }),
        {
          request: { query: PersonProfileDocument, variables: { id: 'p-bo' } },
          result: { data: { person: bo } },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Bo Berg' })).toBeInTheDocument();
    expect(document.title).toBe('Bo Berg – Commons');
    expect(screen.getByText('System administrator')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'bo@demo.commons' })).toHaveAttribute(
      'href',
      'mailto:bo@demo.commons',
    );
    expect(screen.getByRole('link', { name: '+46 8 123 45 67' })).toHaveAttribute('href', 'tel:+4681234567');
    const path = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(path).toEqual(expect.arrayContaining(['Demo Agency', 'Case Handling', 'Intake']));
    expect(screen.getByText('Göteborg')).toBeInTheDocument();
    expect(screen.getByText('5 mars 2026')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tillbaka till personer' })).toHaveAttribute(
      'href',
      paths.people.to(),
    );
  });

  it('says so when the person does not exist', async () => {
    renderApp({
      route: paths.person.to('nobody'),
      mocks: [
        signedIn(),
        {
          request: { query: PersonProfileDocument, variables: { id: 'nobody' } },
          result: { errors: [new GraphQLError('Person not found.', { extensions: { code: 'NOT_FOUND' } })] },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Person not found' })).toBeInTheDocument();
  });
});
