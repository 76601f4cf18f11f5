import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderApp } from '@/test/render-app';
import { signedIn } from '@/test/fixtures';
import { CreateArticleDocument } from '../api/article-mutations';
import { paths } from '@/config/paths';

const titleRefused = {
  request: {
    query: CreateArticleDocument,
    variables: { input: { title: 'A title', language: 'EN', format: 'ARTICLE' } },
  },
  result: {
    errors: [
      new GraphQLError('too long', {
        extensions: { code: 'BAD_USER_INPUT', field: 'title', reason: 'TOO_LONG' },
      }),
    ],
  },
};

describe('new article page', () => {
  it('on an empty title focuses an error summary that links to the field', async () => {
    const user = userEvent.setup();
    renderApp({ route: paths.studioNew.to(), mocks: [signedIn()] });
    await user.click(await screen.findByRole('button', { name: 'Create draft' }));

    const link = await screen.findByRole('link', { name: 'Enter a title' });
    await waitFor(() => expect(link.closest('.error-summary')).toHaveFocus());
    expect(link).toHaveAttribute('href', '#new-title');
    expect(screen.getByLabelText('Title')).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows a title the server refuses in the summary, focused as it appears', async () => {
    const user = userEvent.setup();
    renderApp({ route: paths.studioNew.to(), mocks: [signedIn(), titleRefused] });
    await user.type(await screen.findByLabelText('Title'), 'A title');
    await user.click(screen.getByRole('button', { name: 'Create draft' }));

    const link = await screen.findByRole('link', { name: 'Enter a shorter title' });
    await waitFor(() => expect(link.closest('.error-summary')).toHaveFocus());
    expect(screen.queryByText('too long')).not.toBeInTheDocument();
  });
});
