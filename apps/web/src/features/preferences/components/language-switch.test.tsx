import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { Language } from '@commons/shared';
import { homeGreeting, signedIn, signedOut } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';
import { UpdateMyLanguageDocument } from '../api/update-my-language.mutation';
import { paths } from '@/config/paths';

describe('language switch', () => {
  it('names each language in itself, marks the current one and switches strings, title and html lang', async () => {
    const user = userEvent.setup();
    let saved = false;
    renderApp({
      route: paths.home.to(),
      mocks: [
        signedIn(),
        homeGreeting(),
        {
          request: { query: UpdateMyLanguageDocument, variables: { language: 'SV' } },
          result: () => {
            saved = true;
            return { data: { updateMyPreferences: { __typename: 'Person', id: 'p-anna', language: 'SV' } } };
          },
        },
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Hello, Anna Andersson' });
    expect(document.documentElement.lang).toBe('en');

    const switcher = screen.getByRole('navigation', { name: 'Language' });
    const svenska = screen.getByRole('link', { name: 'Svenska' });
    const english = screen.getByRole('link', { name: 'English' });
    expect(switcher).toContainElement(svenska);
    expect(svenska).toHaveAttribute('lang', 'sv');
    expect(svenska).toHaveAttribute('hreflang', 'sv');
    expect(english).toHaveAttribute('aria-current', 'true');
    expect(svenska).not.toHaveAttribute('aria-current');

    await user.click(svenska);

    expect(await screen.findByRole('heading', { level: 1, name: 'Hej, Anna Andersson' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('sv');
    expect(document.title).toBe('Start – Commons');
    expect(screen.getByRole('navigation', { name: 'Huvudmeny' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Svenska' })).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('link', { name: 'Hoppa till huvudinnehållet' })).toBeInTheDocument();
    await waitFor(() => expect(saved).toBe(true));
  });

  it('before sign-in remembers the choice in this browser only', async () => {
    const user = userEvent.setup();
    const { storage } = renderApp({ route: paths.signIn.to(), mocks: [signedOut()], language: Language.SV });
    await screen.findByRole('heading', { level: 1, name: 'Logga in' });
    await user.click(screen.getByRole('link', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByLabelText('E-mail address')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(storage.get('commons.language')).toBe('en');
  });

  it("after sign-in follows the person's saved language", async () => {
    renderApp({
      route: paths.home.to(),
      mocks: [signedIn({ language: 'SV' }), homeGreeting()],
      language: Language.EN,
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Hej, Anna Andersson' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('sv');
  });

  it('says so when the choice could not be saved on the person', async () => {
    const user = userEvent.setup();
    renderApp({
      route: paths.home.to(),
      mocks: [
        signedIn(),
        homeGreeting(),
        {
          request: { query: UpdateMyLanguageDocument, variables: { language: 'SV' } },
          result: { errors: [new GraphQLError('boom', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })] },
        },
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Hello, Anna Andersson' });
    await user.click(screen.getByRole('link', { name: 'Svenska' }));
    await waitFor(() =>
      expect(screen.getByTestId('announcer')).toHaveTextContent(
        'Språket ändrades här, men det gick inte att spara till nästa gång.',
      ),
    );
  });
});
