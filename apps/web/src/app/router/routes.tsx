import { lazy, type ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { paths } from '@/config/paths';
import { SignInRoute } from '@/features/auth/routes/sign-in-route';
import { AppShell } from '../layouts/app-shell';
import { PublicLayout } from '../layouts/public-layout';
import { RootLayout } from '../layouts/root-layout';
import { HomePage } from '../routes/home-page';
import { NotFoundRoute } from '../routes/not-found-route';

const pageLoaders: Array<() => Promise<unknown>> = [];

/**
 * A page loaded on first visit, in its own chunk with its own libraries and CSS. The layouts show
 * the Loading message (Suspense) meanwhile.
 */
function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): ComponentType {
  pageLoaders.push(load);
  return lazy(() => load().then((module) => ({ default: module[name] as ComponentType })));
}

/** Loads every lazy page's module now (tests: so a page's first render does not wait on it). */
export function preloadPages(): Promise<unknown> {
  return Promise.all(pageLoaders.map((load) => load()));
}

const ArticlePage = lazyPage(() => import('../routes/article-page'), 'ArticlePage');
const TopicRoute = lazyPage(() => import('@/features/news/routes/topic-route'), 'TopicRoute');
const SpacesRoute = lazyPage(() => import('@/features/spaces/routes/spaces-route'), 'SpacesRoute');
const SpaceNewRoute = lazyPage(() => import('@/features/spaces/routes/space-new-route'), 'SpaceNewRoute');
const SpacePage = lazyPage(() => import('../routes/space-page'), 'SpacePage');
const PostPage = lazyPage(() => import('../routes/post-page'), 'PostPage');
const StudioRoute = lazyPage(() => import('@/features/studio/routes/studio-route'), 'StudioRoute');
const StudioNewRoute = lazyPage(() => import('@/features/studio/routes/studio-new-route'), 'StudioNewRoute');
const StudioEditorPage = lazyPage(() => import('../routes/studio-editor-page'), 'StudioEditorPage');
const PeopleDirectoryRoute = lazyPage(
  () => import('@/features/people/routes/people-directory-route'),
  'PeopleDirectoryRoute',
);
const PersonProfileRoute = lazyPage(
  () => import('@/features/people/routes/person-profile-route'),
  'PersonProfileRoute',
);
const ModerationRoute = lazyPage(
  () => import('@/features/moderation/routes/moderation-route'),
  'ModerationRoute',
);
const SettingsRoute = lazyPage(() => import('../routes/settings-route'), 'SettingsRoute');

/**
 * Every route of the app; used by the browser router and, with a memory router, by tests. The shell,
 * sign-in and home (the first screens) are in the entry chunk; every other page loads lazily.
 */
export const appRoutes: RouteObject[] = [
  {
    element: <RootLayout />,
    children: [
      { element: <PublicLayout />, children: [{ path: paths.signIn.path, element: <SignInRoute /> }] },
      {
        element: <AppShell />,
        children: [
          { index: true, element: <HomePage /> },
          { path: paths.article.path, element: <ArticlePage /> },
          { path: paths.topic.path, element: <TopicRoute /> },
          { path: paths.spaces.path, element: <SpacesRoute /> },
          { path: paths.spaceNew.path, element: <SpaceNewRoute /> },
          { path: paths.space.path, element: <SpacePage /> },
          { path: paths.post.path, element: <PostPage /> },
          { path: paths.studio.path, element: <StudioRoute /> },
          { path: paths.studioNew.path, element: <StudioNewRoute /> },
          { path: paths.studioArticle.path, element: <StudioEditorPage /> },
          { path: paths.people.path, element: <PeopleDirectoryRoute /> },
          { path: paths.person.path, element: <PersonProfileRoute /> },
          { path: paths.moderation.path, element: <ModerationRoute /> },
          { path: paths.settings.path, element: <SettingsRoute /> },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];
