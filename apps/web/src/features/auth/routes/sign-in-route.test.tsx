import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { Language } from '@commons/shared';
import { renderApp } from '@/test/render-app';
import { homeGreeting, signedIn, signedOut, anna } from '@/test/fixtures';
import { LoginDocument } from '../api/login.mutation';
import { paths } from '@/config/paths';

const loginFails = (code: string, reason?: string) => ({
  request: { query: LoginDocument, variables: { email: 'anna@demo.commons', password: 'wrong-password-1' } },
  result: { errors: [new GraphQLError('no', { extensions: { code, ...(reason ? { reason } : {}) } })] },
});

describe('sign-in page', () => {
  let frame: jest.SpyInstance | undefined;
  afterEach(() => frame?.mockRestore());

  it('on an empty submit focuses an error summary that links to each field, marks fields invalid and prefixes the title', async () => {
    const user = userEvent.setup();
    renderApp({ route: paths.signIn.to(), mocks: [signedOut()] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(document.title).toBe('Sign in – Commons');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const summary = await screen.findByRole('heading', { name: 'There is a problem' });
    await waitFor(() => expect(summary.parentElement).toHaveFocus());
    expect(screen.getByRole('link', { name: 'Enter your e-mail address' })).toHaveAttribute('href', '#email');
    expect(screen.getByRole('link', { name: 'Enter your password' })).toHaveAttribute('href', '#password');

    const email = screen.getByLabelText('E-mail address');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAttribute('autocomplete', 'email');
    expect(email).toHaveAccessibleDescription('Error: Enter your e-mail address');
    expect(screen.getByLabelText('Password')).toHaveAttribute('autocomplete', 'current-password');
    expect(document.title).toBe('Error: Sign in – Commons');

    await user.click(screen.getByRole('link', { name: 'Enter your password' }));
    expect(screen.getByLabelText('Password')).toHaveFocus();
  });

  it('uses the Swedish hidden prefix and messages in Swedish', async () => {
    const user = userEvent.setup();
    renderApp({ route: paths.signIn.to(), mocks: [signedOut()], language: Language.SV });
    await user.click(await screen.findByRole('button', { name: 'Logga in' }));
    expect(await screen.findByLabelText('E-postadress')).toHaveAccessibleDescription(
      'Fel: Ange din e-postadress',
    );
    expect(document.title).toBe('Fel: Logga in – Commons');
  });

  it('shows wrong credentials as one translated error, not the server text', async () => {
    // In a browser the next frame can come before React commits an update made after an await;
    // model that, so focusing "on the next frame" would miss the not-yet-rendered summary.
    frame = jest.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
      callback(0);
      return 0;
    });
    const user = userEvent.setup();
    renderApp({
      route: paths.signIn.to(),
      mocks: [signedOut(), loginFails('UNAUTHENTICATED', 'INVALID_CREDENTIALS')],
    });
    await user.type(await screen.findByLabelText('E-mail address'), 'anna@demo.commons');
    await user.type(screen.getByLabelText('Password'), 'wrong-password-1');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const link = await screen.findByRole('link', { name: 'The e-mail address or password is not right' });
    // Focus must arrive with the summary, not a frame later (a server answer commits after an await).
    expect(link.closest('.error-summary')).toHaveFocus();
    expect(screen.getByLabelText('E-mail address')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText('no')).not.toBeInTheDocument();
  });

  it('explains throttling', async () => {
    const user = userEvent.setup();
    renderApp({ route: paths.signIn.to(), mocks: [signedOut(), loginFails('TOO_MANY_REQUESTS')] });
    await user.type(await screen.findByLabelText('E-mail address'), 'anna@demo.commons');
    await user.type(screen.getByLabelText('Password'), 'wrong-password-1');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('link', { name: /Too many failed attempts/ })).toBeInTheDocument();
  });

  it('rejects a malformed e-mail before asking the server', async () => {
    const user = userEvent.setup();
    // No login mock: a request would fail the test with an unmatched-mock error in the summary.
    renderApp({ route: paths.signIn.to(), mocks: [signedOut()] });
    await user.type(await screen.findByLabelText('E-mail address'), 'anna@');
    await user.type(screen.getByLabelText('Password'), 'whatever-long-1');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(
      await screen.findByRole('link', { name: /Enter an e-mail address in the correct format/ }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Enter your password' })).not.toBeInTheDocument();
  });

  it('sends a signed-out visitor to sign-in and back where they were going', async () => {
    const user = userEvent.setup();
    const { router } = renderApp({
      route: paths.settings.to(),
      mocks: [
        signedOut(),
        {
          request: {
            query: LoginDocument,
            variables: { email: 'anna@demo.commons', password: 'commons-demo' },
          },
          result: { data: { login: anna } },
        },
        homeGreeting(),
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(router.state.location.pathname).toBe(paths.signIn.path);
    expect(router.state.location.search).toBe('?next=%2Fsettings');

    await user.type(screen.getByLabelText('E-mail address'), 'anna@demo.commons');
    await user.type(screen.getByLabelText('Password'), 'commons-demo');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Settings' });
    expect(router.state.location.pathname).toBe(paths.settings.to());
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('signed-in people get the app', async () => {
    renderApp({ route: paths.home.to(), mocks: [signedIn(), homeGreeting()] });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Hello, Anna Andersson' }),
    ).toBeInTheDocument();
  });
});
