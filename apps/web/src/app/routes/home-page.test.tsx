import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '@/test/render-app';
import {
  card,
  conversation,
  homeFeedPage,
  homeFeedPages,
  homePageMocks,
  latestComment,
} from '@/features/news/test/news-fixtures';
import { poll, post } from '@/features/spaces/test/spaces-fixtures';
import { featuredPost, featuredPosts, featuredPostsFailing } from '@/features/home/test/home-fixtures';
import { FeaturePostDocument } from '@/features/spaces/api/curation-mutations';
import { paths } from '@/config/paths';

jest.setTimeout(30_000);

const space = { __typename: 'Space', id: 's-1', name: 'Lunch walks' };

/** A staff post as the home feed carries it: the space card's fields, its space and its conversation. */
function feedPost(id: string, extra: Record<string, unknown> = {}) {
  return { ...post(id), space, ...conversation(), ...extra };
}

const walk = feedPost('p-1', {
  bodyHtml: '<p>We meet at the entrance.</p>',
  link: 'https://example.org/route',
  editedAt: '2026-11-20T10:00:00.000Z',
  images: [
    {
      __typename: 'Image',
      id: 'img-1',
      alt: 'The park in autumn',
      url: '/media/img-1.jpg',
      width: 800,
      height: 600,
      srcSet: null,
      sizes: null,
    },
  ],
  poll: poll(),
  ...conversation({
    reactions: { LIKE: 2, CELEBRATE: 1 },
    commentCount: 2,
    latestComments: [
      latestComment('c-1', 'Anna Andersson', 'I will come!'),
      latestComment('c-2', 'Cia Berg', 'Me too.'),
    ],
  }),
});

describe('home page feed', () => {
  it('mixes news and posts in the order the API gives (pinned first), each an article with its reactions, comments and two latest comments', async () => {
    renderApp({
      route: paths.home.to(),
      mocks: homePageMocks([
        homeFeedPage([
          { ...card(1, { pinned: true }), ...conversation({ reactions: { LOVE: 1 } }) },
          walk,
          card(2),
        ]),
      ]),
    });
    const feed = await screen.findByRole('region', { name: 'News and posts' });
    await waitFor(() => expect(within(feed).getAllByRole('article')).toHaveLength(3));
    const [pinned, postCard, newest] = within(feed).getAllByRole('article');
    expect(pinned).toHaveAccessibleName('News number 1');
    expect(pinned).toHaveTextContent('Pinned');
    expect(pinned).toHaveTextContent('1 reaction');
    expect(pinned).not.toHaveTextContent('comment');
    expect(newest).toHaveAccessibleName('News number 2');
    // Nobody has taken part yet: no summary at all.
    expect(newest).not.toHaveTextContent('reaction');

    expect(postCard).toHaveAccessibleName('Post by Bo Ekström in Lunch walks');
    expect(within(postCard).getByRole('heading', { level: 3 })).toHaveTextContent(
      'Post by Bo Ekström in Lunch walks',
    );
    expect(within(postCard).getByRole('link', { name: 'Lunch walks' })).toHaveAttribute(
      'href',
      paths.space.to('s-1'),
    );
    expect(postCard).toHaveTextContent('edited');
    expect(within(postCard).getByText('We meet at the entrance.')).toBeInTheDocument();
    expect(within(postCard).getByRole('link', { name: 'https://example.org/route' })).toHaveAttribute(
      'href',
      'https://example.org/route',
    );
    expect(within(postCard).getByRole('img', { name: 'The park in autumn' })).toBeInTheDocument();
    // The poll can be answered in place.
    const question = within(postCard).getByRole('group', { name: 'Which day?' });
    expect(within(question).getByRole('radio', { name: 'Tuesday' })).toBeInTheDocument();
    expect(within(postCard).getByRole('button', { name: 'Vote' })).toBeInTheDocument();

    expect(postCard).toHaveTextContent('3 reactions · 2 comments');
    const latest = within(postCard).getByRole('list', { name: 'Latest comments' });
    const comments = within(latest).getAllByRole('listitem');
    expect(comments).toHaveLength(2);
    expect(comments[0]).toHaveTextContent('Anna Andersson');
    expect(comments[0]).toHaveTextContent('I will come!');
    expect(comments[1]).toHaveTextContent('Cia Berg');
    expect(comments[1]).toHaveTextContent('Me too.');
    // Curation is for editors only.
    expect(within(postCard).queryByRole('button', { name: /news draft/ })).not.toBeInTheDocument();
  });

  it('shows a card’s cover (responsive, lazy, with its alt text), its format in words and its reactions at a glance', async () => {
    const cover = {
      __typename: 'Image',
      id: 'm-1',
      alt: 'A phone with a form, three steps ticked off',
      url: '/media/k/960.jpg',
      width: 960,
      height: 540,
      srcSet: '/media/k/320.webp 320w, /media/k/640.webp 640w, /media/k/960.webp 960w',
      sizes: '(max-width: 1024px) 100vw, 1024px',
    };
    renderApp({
      route: '/',
      mocks: homePageMocks([
        homeFeedPage([
          {
            ...card(1, { format: 'VIDEO', cover }),
            ...conversation({ reactions: { LIKE: 4, LOVE: 1, CELEBRATE: 2 }, commentCount: 3 }),
          },
        ]),
      ]),
    });
    const feed = await screen.findByRole('region', { name: 'News and posts' });
    const video = await within(feed).findByRole('article', { name: 'News number 1' });
    const image = within(video).getByRole('img', { name: 'A phone with a form, three steps ticked off' });
    expect(image).toHaveAttribute('loading', 'lazy');
    expect(image).toHaveAttribute('srcset', cover.srcSet);
    // The card's own width decides which file is fetched, not the article page's.
    expect(image.getAttribute('sizes')).toMatch(/18rem/);
    expect(within(video).getByRole('list')).toHaveTextContent('Video');
    expect(video).toHaveTextContent('7 reactions · 3 comments');
    // The kinds are pictures beside the words, hidden from screen readers (the words say it all).
    const kinds = video.querySelector('.feed-conversation__kinds');
    expect(kinds).toHaveAttribute('aria-hidden', 'true');
    expect(kinds?.querySelectorAll('svg')).toHaveLength(3);
  });

  it('"Show more" appends the next page and moves focus to the first new item, here a post heading', async () => {
    const user = userEvent.setup();
    renderApp({
      route: paths.home.to(),
      mocks: homePageMocks(
        homeFeedPages([feedPost('p-7', { bodyHtml: '<p>Cake in the kitchen</p>' }), card(11)]),
      ),
    });
    const feed = await screen.findByRole('region', { name: 'News and posts' });
    await waitFor(() => expect(within(feed).getAllByRole('article')).toHaveLength(10));
    await user.click(within(feed).getByRole('button', { name: 'Show more news and posts' }));
    await waitFor(() => expect(within(feed).getAllByRole('article')).toHaveLength(12));
    await waitFor(() =>
      expect(within(feed).getByRole('heading', { name: 'Post by Bo Ekström in Lunch walks' })).toHaveFocus(),
    );
    expect(within(feed).getByText('Cake in the kitchen')).toBeInTheDocument();
    expect(within(feed).queryByRole('button', { name: 'Show more news and posts' })).not.toBeInTheDocument();
  });

  it('shows a removed comment and one hidden by a moderator (seen by its author) as such', async () => {
    renderApp({
      route: paths.home.to(),
      mocks: homePageMocks([
        homeFeedPage([
          feedPost('p-2', {
            ...conversation({
              commentCount: 1,
              latestComments: [
                latestComment('c-3', 'Bo Ekström', '', { bodyHtml: '' }),
                latestComment('c-4', 'Anna Andersson', 'Rude words', {
                  hidden: { __typename: 'ModerationNote', at: '2026-11-21T11:00:00.000Z', reason: 'Tone' },
                }),
              ],
            }),
          }),
        ]),
      ]),
    });
    const latest = await screen.findByRole('list', { name: 'Latest comments' });
    const [removed, hidden] = within(latest).getAllByRole('listitem');
    expect(removed).toHaveTextContent('This comment has been removed.');
    expect(hidden).toHaveTextContent('(hidden by a moderator)');
    expect(screen.getByRole('article', { name: /Post by Bo Ekström/ })).toHaveTextContent('1 comment');
  });

  it('an editor gets the curation buttons on a post in the feed', async () => {
    renderApp({
      route: paths.home.to(),
      mocks: homePageMocks([homeFeedPage([feedPost('p-3', { viewerCanCurate: true, featured: true })])]),
    });
    const card = await screen.findByRole('article', { name: 'Post by Bo Ekström in Lunch walks' });
    expect(
      within(card).getByRole('button', { name: 'Turn into news draft (post by Bo Ekström)' }),
    ).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Feature (post by Bo Ekström)' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(card).toHaveTextContent('Featured');
  });
});

describe('home page: featured from the spaces', () => {
  const headings = (level: 2 | 3) =>
    screen.getAllByRole('heading', { level }).map((heading) => heading.textContent);

  it('sits between the open must-reads and the feed: each post a heading link (author and space) over the start of its text', async () => {
    const long = `<p>Our <strong>lunch walk</strong> goes round the lake.</p><p>${'We walk slowly and talk. '.repeat(10)}</p>`;
    renderApp({
      route: paths.home.to(),
      mocks: homePageMocks(
        [
          homeFeedPage([card(2)]),
          featuredPosts([
            featuredPost('p-1', { bodyHtml: long }),
            featuredPost('p-2', {
              bodyHtml: '',
              author: { __typename: 'Person', id: 'p-cia', displayName: 'Cia Berg' },
              space: { __typename: 'Space', id: 's-2', name: 'Choir' },
            }),
          ]),
        ],
        [card(1, { mustRead: true, title: 'New travel policy' })],
      ),
    });
    const featured = await screen.findByRole('region', { name: 'Featured from the spaces' });
    // The must-reads come from their own query, which may answer after the featured posts.
    await screen.findByRole('region', { name: 'Must read' });
    expect(headings(2)).toEqual([
      'Must read',
      'Featured from the spaces',
      'News and posts',
      'Your place in the organisation',
      'Shortcuts',
    ]);
    expect(featured.compareDocumentPosition(screen.getByRole('region', { name: 'Must read' }))).toBe(
      Node.DOCUMENT_POSITION_PRECEDING,
    );
    expect(featured.compareDocumentPosition(screen.getByRole('region', { name: 'News and posts' }))).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );

    const items = within(featured).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const first = within(items[0]).getByRole('heading', { level: 3 });
    expect(within(first).getByRole('link', { name: 'Post by Bo Ekström in Lunch walks' })).toHaveAttribute(
      'href',
      paths.post.to('p-1'),
    );
    // Plain text, cut at a whole word.
    const excerpt = within(items[0]).getByText(
      /^Our lunch walk goes round the lake\. We walk slowly and talk\./,
    );
    expect(excerpt.textContent).toMatch(/talk…$/);
    expect(excerpt.textContent!.length).toBeLessThanOrEqual(161);
    expect(excerpt.innerHTML).not.toContain('<');
    // A post without text (say, only images) is its link alone.
    expect(within(items[1]).getByRole('link', { name: 'Post by Cia Berg in Choir' })).toHaveAttribute(
      'href',
      paths.post.to('p-2'),
    );
    expect(items[1].querySelector('p')).toBeNull();
  });

  it('shows a featured post’s first picture with its alt text', async () => {
    renderApp({
      route: '/',
      mocks: homePageMocks([
        homeFeedPage([card(2)]),
        featuredPosts([
          featuredPost('p-1', {
            images: [
              {
                __typename: 'Image',
                id: 'img-1',
                alt: 'Two colleagues walking through an autumn park',
                url: '/media/k/960.jpg',
                width: 960,
                height: 540,
                srcSet: '/media/k/320.webp 320w',
                sizes: null,
              },
            ],
          }),
        ]),
      ]),
    });
    const featured = await screen.findByRole('region', { name: 'Featured from the spaces' });
    const image = within(featured).getByRole('img', {
      name: 'Two colleagues walking through an autumn park',
    });
    expect(image).toHaveAttribute('loading', 'lazy');
    expect(within(featured).getByRole('link', { name: 'Post by Bo Ekström in Lunch walks' })).toBeVisible();
  });

  it('shows nothing when no post is featured, while they load, or when they fail, and the rest of home stays', async () => {
    for (const featured of [
      featuredPosts([]),
      featuredPosts([featuredPost('p-1')], { delay: Infinity }),
      featuredPostsFailing(),
    ]) {
      const { unmount } = renderApp({
        route: paths.home.to(),
        mocks: homePageMocks([homeFeedPage([card(1)]), featured]),
      });
      const feed = await screen.findByRole('region', { name: 'News and posts' });
      await within(feed).findByRole('article', { name: 'News number 1' });
      expect(screen.queryByRole('heading', { name: 'Featured from the spaces' })).not.toBeInTheDocument();
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      expect(headings(2)).toEqual(['News and posts', 'Your place in the organisation', 'Shortcuts']);
      unmount();
    }
  });

  it('shows a post at once when an editor features it in the feed', async () => {
    const user = userEvent.setup();
    renderApp({
      route: paths.home.to(),
      mocks: homePageMocks([
        homeFeedPage([feedPost('p-1', { viewerCanCurate: true, featured: false })]),
        featuredPosts([], { uses: 1 }),
        featuredPosts([featuredPost('p-1')]),
        {
          request: { query: FeaturePostDocument, variables: { postId: 'p-1', featured: true } },
          result: { data: { featurePost: { __typename: 'Post', id: 'p-1', featured: true } } },
        },
      ]),
    });
    await user.click(await screen.findByRole('button', { name: 'Feature (post by Bo Ekström)' }));
    const featured = await screen.findByRole('region', { name: 'Featured from the spaces' });
    expect(
      within(featured).getByRole('link', { name: 'Post by Bo Ekström in Lunch walks' }),
    ).toBeInTheDocument();
  });

  it('drops a post at once when an editor stops featuring it in the feed', async () => {
    const user = userEvent.setup();
    renderApp({
      route: paths.home.to(),
      mocks: homePageMocks([
        homeFeedPage([feedPost('p-1', { viewerCanCurate: true, featured: true })]),
        featuredPosts([featuredPost('p-1')]),
        {
          request: { query: FeaturePostDocument, variables: { postId: 'p-1', featured: false } },
          result: { data: { featurePost: { __typename: 'Post', id: 'p-1', featured: false } } },
        },
      ]),
    });
    const featured = await screen.findByRole('region', { name: 'Featured from the spaces' });
    expect(
      within(featured).getByRole('link', { name: 'Post by Bo Ekström in Lunch walks' }),
    ).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Feature (post by Bo Ekström)' }));
    await waitFor(() => expect(featured).not.toBeInTheDocument());
    expect(screen.queryByRole('heading', { name: 'Featured from the spaces' })).not.toBeInTheDocument();
  });
});
