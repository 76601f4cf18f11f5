/** The API is served on the same origin: proxied by Vite in development, by the API process in production. */
export const GRAPHQL_PATH = '/graphql';

/** How long the directory waits after the last key press before searching. */
export const SEARCH_DEBOUNCE_MS = 300;

/** How long the status region waits before speaking, so quick updates produce one message. */
export const ANNOUNCE_DELAY_MS = 500;
