import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { ChangePasswordDocument } from '@/features/auth/api/change-password.mutation';
import { LogoutEverywhereDocument } from '@/features/auth/api/logout-everywhere.mutation';
import { UpdateMyLanguageDocument } from '@/features/preferences/api/update-my-language.mutation';
import { signedIn } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';
import { paths } from '@/config/paths';

describe('settings page', () => {
  it('refuses a short new password before asking the server and explains it inline', async () => {
    const user = userEvent.setup();
    renderApp({ route: paths.settings.to(), mocks: [signedIn()] });
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    await user.type(screen.getByLabelText('Current password'), 'commons-demo');
    await user.type(screen.getByLabelText('New password'), 'short');
    await user.click(screen.getByRole('button', { name: 'Change password' }));

    const link = await screen.findByRole('link', {
      name: 'Your new password must be at least 12 characters',
    });
    await waitFor(() => expect(link.closest('.error-summary')).toHaveFocus());
    const field = screen.getByLabelText('New password');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAttribute('autocomplete', 'new-password');
    expect(field).toHaveAccessibleDescription(
      'At least 12 characters. A few words in a row are easy to remember and hard to guess. Error: Your new password must be at least 12 characters',
    );
    expect(document.title).toBe('Error: Settings – Commons');
  });

  it('says when the current password is wrong, and shows a success banner after a change', async () => {
    const user = userEvent.setup();
    renderApp({
      route: paths.settings.to(),
      mocks: [
        signedIn(),
        {
          request: {
            query: ChangePasswordDocument,
            variables: { currentPassword: 'not-my-password', newPassword: 'a long new passphrase' },
          },
          result: {
            errors: [
              new GraphQLError('Wrong password.', {
                extensions: {
                  code: 'BAD_USER_INPUT',
                  field: 'currentPassword',
                  reason: 'INVALID_CREDENTIALS',
                },
              }),
            ],
          },
        },
        {
          request: {
            query: ChangePasswordDocument,
            variables: { currentPassword: 'commons-demo', newPassword: 'a long new passphrase' },
          },
          result: { data: { changePassword: true } },
        },
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    await user.type(screen.getByLabelText('Current password'), 'not-my-password');
    await user.type(screen.getByLabelText('New password'), 'a long new passphrase');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(
      await screen.findByRole('link', { name: 'Your current password is not right' }),
    ).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Current password'));
    await user.type(screen.getByLabelText('Current password'), 'commons-demo');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Your password has been changed.');
    expect(
      screen.queryByRole('link', { name: 'Your current password is not right' }),
    ).not.toBeInTheDocument();
    expect(document.title).toBe('Settings – Commons');
  });

  it('saves the language on the person', async () => {
    const user = userEvent.setup();
    let saved = false;
    renderApp({
      route: paths.settings.to(),
      mocks: [
        signedIn(),
        {
          request: { query: UpdateMyLanguageDocument, variables: { language: 'SV' } },
          result: () => {
            saved = true;
            return { data: { updateMyPreferences: { __typename: 'Person', id: 'p-anna', language: 'SV' } } };
          },
        },
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    await user.click(screen.getByRole('radio', { name: 'Svenska' }));
    await user.click(screen.getByRole('button', { name: 'Save language' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Inställningar' })).toBeInTheDocument();
    expect(await screen.findByRole('alert')).toHaveTextContent('Dina inställningar har sparats.');
    expect(saved).toBe(true);
  });

  it('signs out everywhere and returns to sign-in', async () => {
    const user = userEvent.setup();
    const { router } = renderApp({
      route: paths.settings.to(),
      mocks: [
        signedIn(),
        { request: { query: LogoutEverywhereDocument }, result: { data: { logoutEverywhere: true } } },
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    await user.click(screen.getByRole('button', { name: 'Sign out everywhere' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(paths.signIn.path);
    expect(screen.getByText('You have signed out.')).toBeInTheDocument();
  });
});
