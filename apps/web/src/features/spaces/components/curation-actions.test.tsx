import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';
import { signedIn } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';
import { FeaturePostDocument, PromotePostToArticleDocument } from '../api/curation-mutations';
import { post, spaceDetails, spacePosts } from '../test/spaces-fixtures';
import { paths } from '@/config/paths';

jest.setTimeout(20_000);

// The API decides who may curate (editors and admins): `viewerCanCurate` on each post.
const forEditor = post('p-1', { viewerCanCurate: true });

const promoteMock = (result: MockLink.MockedResponse['result']): MockLink.MockedResponse => ({
  request: { query: PromotePostToArticleDocument, variables: { postId: 'p-1' } },
  result,
});

describe('curation of staff posts', () => {
  it('an employee sees no curation buttons', async () => {
    renderApp({
      route: paths.space.to('s-1'),
      mocks: [signedIn(), spaceDetails('OPEN', 'ACTIVE'), spacePosts([post('p-1')])],
    });
    const card = await screen.findByRole('article', { name: /Bo Ekström/ });
    expect(within(card).getByRole('button', { name: 'Share to a space by Bo Ekström' })).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: /Turn into news draft/ })).not.toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: /Feature/ })).not.toBeInTheDocument();
  });

  it('an editor turns a post into a news draft: the studio opens on the draft and it is announced', async () => {
    const user = userEvent.setup();
    const promote = jest.fn(() => ({ data: { promotePostToArticle: { __typename: 'Article', id: 'a-9' } } }));
    const { router } = renderApp({
      route: paths.space.to('s-1'),
      mocks: [signedIn(), spaceDetails('OPEN', null), spacePosts([forEditor]), promoteMock(promote)],
    });
    await user.click(
      await screen.findByRole('button', { name: 'Turn into news draft (post by Bo Ekström)' }),
    );
    await waitFor(() => expect(router.state.location.pathname).toBe(paths.studioArticle.to('a-9')));
    expect(promote).toHaveBeenCalledTimes(1);
    await waitFor(() =>
      expect(screen.getByTestId('announcer')).toHaveTextContent(
        'A news draft was created from the post. You are now in the studio.',
      ),
    );
  });

  it('a post that is already a news draft says so clearly, with the way to the studio, and stays on the page', async () => {
    const user = userEvent.setup();
    const { router } = renderApp({
      route: paths.space.to('s-1'),
      mocks: [
        signedIn(),
        spaceDetails('OPEN', null),
        spacePosts([forEditor]),
        promoteMock({
          errors: [
            new GraphQLError('This post is already a news draft.', {
              extensions: { code: 'CONFLICT', reason: 'ALREADY_PROMOTED' },
            }),
          ],
        }),
      ],
    });
    await user.click(
      await screen.findByRole('button', { name: 'Turn into news draft (post by Bo Ekström)' }),
    );
    // The page may hold other alerts (in the app the post's conversation sits in the card too).
    const alert = await waitFor(() => {
      const found = screen
        .getAllByRole('alert')
        .find((el) => /already been turned/.test(el.textContent ?? ''));
      expect(found).toBeDefined();
      return found as HTMLElement;
    });
    expect(alert).toHaveTextContent(
      'This post has already been turned into a news draft. You find the draft in the studio.',
    );
    expect(within(alert).getByRole('link', { name: 'Go to the studio' })).toHaveAttribute(
      'href',
      paths.studio.to(),
    );
    expect(router.state.location.pathname).toBe(paths.space.to('s-1'));
  });

  it('an editor features a post: the toggle button is pressed, the card says "Featured", and it is announced', async () => {
    const user = userEvent.setup();
    renderApp({
      route: paths.space.to('s-1'),
      mocks: [
        signedIn(),
        spaceDetails('OPEN', null),
        spacePosts([forEditor]),
        {
          request: { query: FeaturePostDocument, variables: { postId: 'p-1', featured: true } },
          result: { data: { featurePost: { __typename: 'Post', id: 'p-1', featured: true } } },
        },
      ],
    });
    const toggle = await screen.findByRole('button', { name: 'Feature (post by Bo Ekström)' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    await waitFor(() => expect(toggle).toHaveAttribute('aria-pressed', 'true'));
    expect(toggle).toHaveFocus();
    expect(screen.getByRole('article', { name: /Bo Ekström/ })).toHaveTextContent('Featured');
    await waitFor(() =>
      expect(screen.getByTestId('announcer')).toHaveTextContent('The post is now featured.'),
    );
  });
});
