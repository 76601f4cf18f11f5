import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PeopleDirectoryDocument } from '@/features/people/api/people-directory.query';
import { CurrentSessionDocument } from '@/features/auth/api/current-session.query';
import { ViewerCanModerateDocument } from '@/features/moderation/api/viewer-can-moderate.query';
import { anna, homeGreeting, signedIn } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';
import { paths } from '@/config/paths';

function canModerate(answer: boolean, uses = Number.POSITIVE_INFINITY) {
  return {
    request: { query: ViewerCanModerateDocument },
    result: { data: { viewerCanModerate: answer } },
    maxUsageCount: uses,
  };
}

const emptyDirectory = {
  request: { query: PeopleDirectoryDocument, variables: { search: null, first: 20 } },
  result: {
    data: {
      people: {
        __typename: 'PersonConnection',
        totalCount: 0,
        edges: [],
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      },
    },
  },
};

describe('app shell', () => {
  it('makes the skip link the first tab stop and sends focus to main', async () => {
    const user = userEvent.setup();
    renderApp({ route: paths.home.to(), mocks: [signedIn(), homeGreeting()] });
    await screen.findByRole('heading', { level: 1, name: 'Hello, Anna Andersson' });

    await user.tab();
    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    expect(skip).toHaveFocus();
    await user.keyboard('{Enter}');
    const main = screen.getByRole('main');
    expect(main).toHaveAttribute('id', 'main');
    expect(main).toHaveFocus();
  });

  it('does not move focus on first load, then titles the page and focuses its h1 after a navigation', async () => {
    const user = userEvent.setup();
    renderApp({ route: paths.home.to(), mocks: [signedIn(), homeGreeting(), emptyDirectory] });
    const home = await screen.findByRole('heading', { level: 1, name: 'Hello, Anna Andersson' });
    expect(document.title).toBe('Home – Commons');
    expect(home).not.toHaveFocus();

    const nav = screen.getByRole('navigation', { name: 'Main' });
    const homeLink = screen.getByRole('link', { name: 'Home' });
    expect(homeLink).toHaveAttribute('aria-current', 'page');
    expect(nav).toContainElement(homeLink);

    await user.click(screen.getByRole('link', { name: 'People' }));
    const people = await screen.findByRole('heading', { level: 1, name: 'People' });
    await waitFor(() => expect(people).toHaveFocus());
    expect(document.title).toBe('People – Commons');
    expect(screen.getByRole('link', { name: 'People' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current');
  });

  it('has a Menu disclosure button for small screens', async () => {
    const user = userEvent.setup();
    renderApp({ route: paths.home.to(), mocks: [signedIn(), homeGreeting()] });
    const menu = await screen.findByRole('button', { name: 'Menu' });
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    const controlled = document.getElementById(menu.getAttribute('aria-controls') ?? '');
    expect(controlled).toContainElement(screen.getByRole('navigation', { name: 'Main' }));
    await user.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'true');
  });

  it('shows a 404 page with its own heading and title', async () => {
    renderApp({ route: '/no-such-page', mocks: [signedIn()] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(document.title).toBe('Page not found – Commons');
  });

  it('offers Moderation in the main navigation to whoever the API says moderates, whatever their role', async () => {
    // The default answer is no.
    const { unmount } = renderApp({ route: paths.home.to(), mocks: [signedIn(), homeGreeting()] });
    await screen.findByRole('heading', { level: 1, name: 'Hello, Anna Andersson' });
    expect(screen.queryByRole('link', { name: 'Moderation' })).not.toBeInTheDocument();
    unmount();

    // An employee who moderates a space.
    const second = renderApp({
      route: paths.home.to(),
      mocks: [signedIn(), homeGreeting(), canModerate(true)],
    });
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    await waitFor(() =>
      expect(within(nav).getByRole('link', { name: 'Moderation' })).toHaveAttribute(
        'href',
        paths.moderation.to(),
      ),
    );
    second.unmount();

    // The role alone does not decide.
    const editor = {
      request: { query: CurrentSessionDocument },
      result: { data: { me: { ...anna, role: 'EDITOR' } } },
      maxUsageCount: Number.POSITIVE_INFINITY,
    };
    renderApp({ route: paths.home.to(), mocks: [editor, homeGreeting(), canModerate(false)] });
    await screen.findByRole('heading', { level: 1, name: 'Hello, Anna Andersson' });
    await waitFor(() =>
      expect(screen.getByRole('navigation', { name: 'Main' })).toHaveTextContent('Settings'),
    );
    expect(screen.queryByRole('link', { name: 'Moderation' })).not.toBeInTheDocument();
  });

  it('asks again on a page visited a minute later, so someone just made a space moderator gets the link', async () => {
    const user = userEvent.setup();
    const start = Date.now();
    const now = jest.spyOn(Date, 'now').mockReturnValue(start);
    try {
      renderApp({
        route: paths.home.to(),
        mocks: [signedIn(), homeGreeting(), emptyDirectory, canModerate(false, 1), canModerate(true)],
      });
      await screen.findByRole('heading', { level: 1, name: 'Hello, Anna Andersson' });
      const nav = screen.getByRole('navigation', { name: 'Main' });
      expect(within(nav).queryByRole('link', { name: 'Moderation' })).not.toBeInTheDocument();

      // Within the minute a navigation does not ask.
      now.mockReturnValue(start + 30_000);
      await user.click(within(nav).getByRole('link', { name: 'People' }));
      await screen.findByRole('heading', { level: 1, name: 'People' });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(within(nav).queryByRole('link', { name: 'Moderation' })).not.toBeInTheDocument();

      now.mockReturnValue(start + 61_000);
      await user.click(within(nav).getByRole('link', { name: 'Home' }));
      expect(await within(nav).findByRole('link', { name: 'Moderation' })).toHaveAttribute(
        'href',
        paths.moderation.to(),
      );
    } finally {
      now.mockRestore();
    }
  });
});
