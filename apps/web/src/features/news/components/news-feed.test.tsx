import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '@/test/render-app';
import { AcknowledgeArticleDocument } from '../api/acknowledge-article.mutation';
import { card, feedPage, homeFeedPage, homeFeedPages, homePageMocks, topic } from '../test/news-fixtures';
import { paths } from '@/config/paths';

describe('home feed', () => {
  it('lists open must-reads first, then pinned and newest, each an article named by its heading with its states in words', async () => {
    const mustRead = card(1, {
      mustRead: true,
      mustReadDue: '2026-12-01',
      unread: true,
      title: 'New travel policy',
    });
    renderApp({
      route: paths.home.to(),
      mocks: homePageMocks(
        [
          // The must-read is in the feed too; it is shown once, in its own section.
          homeFeedPage([card(2, { pinned: true }), mustRead, card(3, { unread: true })]),
        ],
        [mustRead],
      ),
    });
    const mustReadSection = await screen.findByRole('region', { name: 'Must read' });
    const first = within(mustReadSection).getByRole('article', { name: 'New travel policy' });
    expect(first).toHaveTextContent('Must read');
    expect(first).toHaveTextContent('Unread');
    expect(first).toHaveTextContent('read by 1 Dec 2026');
    expect(within(first).getByRole('button', { name: 'I have read and understood' })).toBeInTheDocument();

    const news = screen.getByRole('region', { name: 'News and posts' });
    await waitFor(() => expect(within(news).getAllByRole('article')).toHaveLength(2));
    const [pinned, newest] = within(news).getAllByRole('article');
    expect(pinned).toHaveAccessibleName('News number 2');
    expect(pinned).toHaveTextContent('Pinned');
    expect(within(pinned).getByRole('link', { name: 'News number 2' })).toHaveAttribute(
      'href',
      paths.article.to('a-2'),
    );
    expect(within(pinned).getByRole('link', { name: 'IT' })).toHaveAttribute('href', paths.topic.to('it'));
    expect(newest).toHaveTextContent('Unread');
    // The filters wait behind a button beside the heading, so the news comes first.
    const filter = within(news).getByRole('button', { name: 'Filter news' });
    expect(filter).toHaveAttribute('aria-expanded', 'false');
    expect(within(news).queryByRole('form', { name: 'Filter the news' })).not.toBeInTheDocument();
    expect(filter.compareDocumentPosition(pinned)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });

  it('opens and closes the filters with a disclosure button that says how many are chosen', async () => {
    const user = userEvent.setup();
    renderApp({ route: '/', mocks: homePageMocks([homeFeedPage([card(1)])]) });
    const news = await screen.findByRole('region', { name: 'News and posts' });
    const filter = within(news).getByRole('button', { name: 'Filter news' });
    await user.click(filter);
    expect(filter).toHaveAttribute('aria-expanded', 'true');
    const form = within(news).getByRole('form', { name: 'Filter the news' });
    expect(filter).toHaveAttribute('aria-controls', form.id);
    expect(within(form).getByLabelText('Topic')).toBeVisible();
    expect(within(form).getByLabelText('Format')).toBeVisible();
    await user.click(filter);
    expect(filter).toHaveAttribute('aria-expanded', 'false');
    expect(within(news).queryByRole('form', { name: 'Filter the news' })).not.toBeInTheDocument();
  });

  it('starts with the filters open when the address has one, and the button counts it', async () => {
    renderApp({
      route: '/?format=VIDEO',
      mocks: homePageMocks([
        feedPage([card(2, { title: 'A video', format: 'VIDEO' })], {
          filter: { topicId: null, format: 'VIDEO' },
        }),
      ]),
    });
    const news = await screen.findByRole('region', { name: 'News and posts' });
    expect(within(news).getByRole('button', { name: 'Filter news (1 chosen)' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(within(news).getByLabelText('Format')).toHaveValue('VIDEO');
    const video = await within(news).findByRole('article', { name: 'A video' });
    expect(video).toHaveTextContent('Video');
  });

  it('"Show more" appends the next page and moves focus to the first new heading link', async () => {
    const user = userEvent.setup();
    renderApp({
      route: paths.home.to(),
      mocks: homePageMocks(homeFeedPages([card(11), card(12)])),
    });
    const news = await screen.findByRole('region', { name: 'News and posts' });
    await waitFor(() => expect(within(news).getAllByRole('article')).toHaveLength(10));
    await user.click(within(news).getByRole('button', { name: 'Show more news and posts' }));
    await waitFor(() => expect(within(news).getAllByRole('article')).toHaveLength(12));
    await waitFor(() => expect(within(news).getByRole('link', { name: 'News number 11' })).toHaveFocus());
    expect(within(news).queryByRole('button', { name: 'Show more news and posts' })).not.toBeInTheDocument();
  });

  it('acknowledges a must-read: the button stays focused, says it is done and is no longer actionable, and the change is spoken', async () => {
    const user = userEvent.setup();
    const mustRead = card(1, { mustRead: true, title: 'New travel policy' });
    renderApp({
      route: paths.home.to(),
      mocks: homePageMocks(
        [
          homeFeedPage([]),
          {
            request: { query: AcknowledgeArticleDocument, variables: { id: 'a-1' } },
            result: {
              data: {
                acknowledgeArticle: { __typename: 'Article', id: 'a-1', acknowledged: true, ackVersion: 1 },
              },
            },
          },
        ],
        [mustRead],
      ),
    });
    const button = await screen.findByRole('button', { name: 'I have read and understood' });
    expect(button).not.toHaveAttribute('aria-disabled');
    await user.click(button);
    await waitFor(() => expect(button).toHaveAccessibleName('Read and understood'));
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveFocus();
    await waitFor(() =>
      expect(screen.getByTestId('announcer')).toHaveTextContent('You have acknowledged “New travel policy”.'),
    );
    // Pressing it again sends nothing (a second mutation would find no mock and show an error).
    await user.click(button);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says what went wrong when acknowledging fails, and leaves the button to try again', async () => {
    const user = userEvent.setup();
    renderApp({
      route: paths.home.to(),
      mocks: homePageMocks(
        [
          homeFeedPage([]),
          {
            request: { query: AcknowledgeArticleDocument, variables: { id: 'a-1' } },
            error: new TypeError('Failed to fetch'),
          },
        ],
        [card(1, { mustRead: true, title: 'New travel policy' })],
      ),
    });
    const button = await screen.findByRole('button', { name: 'I have read and understood' });
    await user.click(button);
    expect(await screen.findByText(/Commons could not be reached/)).toBeInTheDocument();
    expect(button).toHaveAccessibleName('I have read and understood');
    expect(button).not.toHaveAttribute('aria-disabled');
  });

  it('a topic filter shows news only, from the news feed, and says so beside the filters', async () => {
    const user = userEvent.setup();
    renderApp({
      route: paths.home.to(),
      mocks: homePageMocks([
        homeFeedPage([card(1)]),
        feedPage([card(2, { title: 'About IT' })], { filter: { topicId: topic.id, format: null } }),
      ]),
    });
    const news = await screen.findByRole('region', { name: 'News and posts' });
    expect(await within(news).findByRole('article', { name: 'News number 1' })).toBeInTheDocument();
    await user.click(within(news).getByRole('button', { name: 'Filter news' }));
    expect(within(news).getByRole('form', { name: 'Filter the news' })).toHaveAccessibleDescription(
      'Posts from your spaces are mixed in when no filter is chosen; a filter shows news only.',
    );
    // The topics arrive by their own query: wait for the option before choosing it.
    await within(news).findByRole('option', { name: 'IT' });
    await user.selectOptions(within(news).getByLabelText('Topic'), 'IT');
    expect(await within(news).findByRole('article', { name: 'About IT' })).toBeInTheDocument();
    expect(within(news).queryByRole('article', { name: 'News number 1' })).not.toBeInTheDocument();
  });
});
