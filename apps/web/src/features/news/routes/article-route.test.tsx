import { GraphQLError } from 'graphql';
import { screen, waitFor, within } from '@testing-library/react';
import { signedIn } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';
import { ArticleDocument } from '../api/article.query';
import { MarkArticleViewedDocument } from '../api/mark-article-viewed.mutation';
import { paths } from '@/config/paths';

const image = (id: string, alt: string) => ({
  __typename: 'Image',
  id,
  alt,
  url: `/media/${id}-1024.jpg`,
  width: 1024,
  height: 640,
  srcSet: `/media/${id}-640.webp 640w, /media/${id}-1024.webp 1024w`,
  sizes: null,
});

const article = {
  __typename: 'Article',
  id: 'a-1',
  status: 'PUBLISHED',
  title: 'Ny rutin för ärenden',
  summary: 'Så här gör vi nu.',
  bodyHtml: '<h2>Bakgrund</h2><p>Vi ändrar rutinen.</p>',
  byline: null,
  format: 'VIDEO',
  language: 'SV',
  publishedAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-20T09:00:00.000Z',
  mustRead: true,
  mustReadDue: null,
  acknowledged: false,
  ackVersion: 1,
  readingTimeMinutes: 2,
  videoUrl: 'https://commons.example/media/film.mp4',
  captionsUrl: '/media/captions-1.vtt',
  textAlternative: null,
  author: { __typename: 'Person', id: 'p-erik', displayName: 'Erik Editor' },
  cover: image('c1', 'Two colleagues at a desk'),
  gallery: [],
  topics: [{ __typename: 'Topic', id: 't-1', slug: 'it', name: 'IT' }],
  translations: [{ __typename: 'Article', id: 'a-2', language: 'EN', title: 'New case routine' }],
};

describe('article page', () => {
  it('shows a Swedish article to an English reader with lang, the sanitised body, captions, acknowledgement, the English version, and marks it viewed', async () => {
    const viewed = jest.fn(() => ({
      data: { markArticleViewed: { __typename: 'Article', id: 'a-1', unread: false } },
    }));
    renderApp({
      route: paths.article.to('a-1'),
      mocks: [
        signedIn(),
        { request: { query: ArticleDocument, variables: { id: 'a-1' } }, result: { data: { article } } },
        { request: { query: MarkArticleViewedDocument, variables: { id: 'a-1' } }, result: viewed },
      ],
    });
    const heading = await screen.findByRole('heading', { level: 1, name: 'Ny rutin för ärenden' });
    const view = heading.closest('article') as HTMLElement;
    expect(view).toHaveAttribute('lang', 'sv');
    expect(within(view).getByRole('heading', { level: 2, name: 'Bakgrund' })).toBeInTheDocument();
    expect(within(view).getByRole('img', { name: 'Two colleagues at a desk' })).toHaveAttribute(
      'srcset',
      article.cover.srcSet,
    );
    const track = view.querySelector('video track');
    expect(track).toHaveAttribute('kind', 'captions');
    expect(track).toHaveAttribute('srclang', 'sv');
    expect(within(view).getByText(/By Erik Editor/)).toBeInTheDocument();
    const english = within(view).getByRole('link', { name: 'Read this article in English' });
    expect(english).toHaveAttribute('href', paths.article.to('a-2'));
    expect(english.closest('[lang]')).toHaveAttribute('lang', 'en');
    expect(within(view).getByRole('button', { name: 'I have read and understood' })).toBeInTheDocument();
    await waitFor(() => expect(viewed).toHaveBeenCalledTimes(1));
  });

  it('answers an article the viewer may not see with a not-found page', async () => {
    renderApp({
      route: paths.article.to('hidden'),
      mocks: [
        signedIn(),
        {
          request: { query: ArticleDocument, variables: { id: 'hidden' } },
          result: { errors: [new GraphQLError('Not found', { extensions: { code: 'NOT_FOUND' } })] },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Article not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute(
      'href',
      paths.home.to(),
    );
  });
});
