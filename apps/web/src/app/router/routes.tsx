import type { RouteObject } from 'react-router';
import { SignInRoute } from '../../features/auth/routes/sign-in-route';
import { ModerationRoute } from '../../features/moderation/routes/moderation-route';
import { TopicRoute } from '../../features/news/routes/topic-route';
import { PeopleDirectoryRoute } from '../../features/people/routes/people-directory-route';
import { PersonProfileRoute } from '../../features/people/routes/person-profile-route';
import { SpaceNewRoute } from '../../features/spaces/routes/space-new-route';
import { SpacePage } from '../routes/space-page';
import { SpacesRoute } from '../../features/spaces/routes/spaces-route';
import { StudioNewRoute } from '../../features/studio/routes/studio-new-route';
import { StudioRoute } from '../../features/studio/routes/studio-route';
import { AppShell } from '../layouts/app-shell';
import { PublicLayout } from '../layouts/public-layout';
import { RootLayout } from '../layouts/root-layout';
import { ArticlePage } from '../routes/article-page';
import { HomePage } from '../routes/home-page';
import { PostPage } from '../routes/post-page';
import { NotFoundRoute } from '../routes/not-found-route';
import { SettingsRoute } from '../routes/settings-route';
import { StudioEditorPage } from '../routes/studio-editor-page';

/** Every route of the app; used by the browser router and, with a memory router, by tests. */
export const appRoutes: RouteObject[] = [
  {
    element: <RootLayout />,
    children: [
      { element: <PublicLayout />, children: [{ path: 'sign-in', element: <SignInRoute /> }] },
      {
        element: <AppShell />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'news/:id', element: <ArticlePage /> },
          { path: 'topics/:slug', element: <TopicRoute /> },
          { path: 'spaces', element: <SpacesRoute /> },
          { path: 'spaces/new', element: <SpaceNewRoute /> },
          { path: 'spaces/:id', element: <SpacePage /> },
          { path: 'posts/:id', element: <PostPage /> },
          { path: 'studio', element: <StudioRoute /> },
          { path: 'studio/new', element: <StudioNewRoute /> },
          { path: 'studio/articles/:id', element: <StudioEditorPage /> },
          { path: 'people', element: <PeopleDirectoryRoute /> },
          { path: 'people/:id', element: <PersonProfileRoute /> },
          { path: 'moderation', element: <ModerationRoute /> },
          { path: 'settings', element: <SettingsRoute /> },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];
