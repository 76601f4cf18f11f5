/**
 * Every route of the app, written once: `path` is the pattern the router matches, `to(…)` builds a
 * link to it (ids are URI-encoded). Links, navigate() calls and tests use these, never literals.
 */
const id = (value: string) => encodeURIComponent(value);

/** `?key=value&…` for the values that are set, or nothing. */
function query(params: Record<string, string | undefined>): string {
  const pairs = Object.entries(params).filter(([, value]) => value !== undefined);
  return pairs.length ? `?${pairs.map(([key, value]) => `${key}=${id(value as string)}`).join('&')}` : '';
}

export const paths = {
  home: { path: '/', to: () => '/' },
  signIn: {
    path: '/sign-in',
    /** `next`: where to return after signing in; `signedOut`: say that the person signed out. */
    to: ({ next, signedOut }: { next?: string; signedOut?: boolean } = {}) =>
      `/sign-in${query({ next, signedOut: signedOut ? '1' : undefined })}`,
  },

  article: { path: '/news/:id', to: (articleId: string) => `/news/${id(articleId)}` },
  topic: { path: '/topics/:slug', to: (slug: string) => `/topics/${id(slug)}` },

  spaces: { path: '/spaces', to: () => '/spaces' },
  spaceNew: { path: '/spaces/new', to: () => '/spaces/new' },
  space: { path: '/spaces/:id', to: (spaceId: string) => `/spaces/${id(spaceId)}` },
  post: { path: '/posts/:id', to: (postId: string) => `/posts/${id(postId)}` },

  studio: {
    path: '/studio',
    /** `list`: one of the studio's lists (drafts, review…), as its filter links set it. */
    to: ({ list }: { list?: string } = {}) => `/studio${query({ list })}`,
  },
  studioNew: { path: '/studio/new', to: () => '/studio/new' },
  studioArticle: {
    path: '/studio/articles/:id',
    to: (articleId: string) => `/studio/articles/${id(articleId)}`,
  },

  people: { path: '/people', to: ({ q }: { q?: string } = {}) => `/people${query({ q })}` },
  person: { path: '/people/:id', to: (personId: string) => `/people/${id(personId)}` },

  moderation: { path: '/moderation', to: () => '/moderation' },
  settings: { path: '/settings', to: () => '/settings' },
} as const;
