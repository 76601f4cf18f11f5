import { render } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { Language } from '@commons/shared';
import { createCache } from '../app/apollo/apollo-client';
import { appRoutes, preloadPages } from '../app/router/routes';
import { AnnouncerProvider } from '../components/ui/announcer';
import { createI18n } from '../i18n/i18n';
import { FeaturedPostsDocument, HOME_FEATURED_COUNT } from '../features/home/api/featured-posts.query';
import { ViewerCanModerateDocument } from '../features/moderation/api/viewer-can-moderate.query';
import { paths } from '@/config/paths';

// Pages load lazily (app/router/routes.tsx). Load them before a file's tests, as the static imports
// did, so compiling them is not counted against a test's 5 s waits.
beforeAll(() => preloadPages(), 120_000);

export interface RenderAppOptions {
  route?: string;
  mocks?: MockLink.MockedResponse[];
  language?: Language;
  announceDelayMs?: number;
}

/**
 * Answers for what every signed-in page (the shell's Moderation link) or home (featured posts) asks,
 * which most tests do not care about: not a moderator, nothing featured. A test's own mocks come
 * first, so they win.
 */
function quietDefaults(): MockLink.MockedResponse[] {
  return [
    {
      request: { query: ViewerCanModerateDocument },
      result: { data: { viewerCanModerate: false } },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    {
      request: { query: FeaturedPostsDocument, variables: { first: HOME_FEATURED_COUNT } },
      result: {
        data: {
          featuredPosts: { __typename: 'PostConnection', edges: [] },
        },
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
  ];
}

/**
 * The whole app as the browser gets it (routes, layouts, providers, cache policies), with the
 * network mocked at the Apollo client edge. The real-API journeys live in apps/web-e2e.
 */
export function renderApp({
  route = paths.home.to(),
  mocks = [],
  language = Language.EN,
  announceDelayMs = 0,
}: RenderAppOptions = {}) {
  const storage = new Map<string, string>();
  const i18n = createI18n(language, { setItem: (k, v) => void storage.set(k, v) });
  const router = createMemoryRouter(appRoutes, { initialEntries: [route] });
  const utils = render(
    <I18nextProvider i18n={i18n}>
      <MockedProvider mocks={[...mocks, ...quietDefaults()]} cache={createCache()}>
        <AnnouncerProvider delayMs={announceDelayMs}>
          <RouterProvider router={router} />
        </AnnouncerProvider>
      </MockedProvider>
    </I18nextProvider>,
  );
  return { ...utils, router, i18n, storage };
}
