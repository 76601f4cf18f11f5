/** The session cookie's name; the web never reads it (HttpOnly), only the browser sends it. */
export const SESSION_COOKIE = 'commons_session';

/** last_seen_at is written at most this often, so reads do not turn into writes on every request. */
export const SESSION_TOUCH_INTERVAL_SECONDS = 60;

/** Sign-in throttling: failures counted in this window, per account and per address. */
export const LOGIN_FAILURE_WINDOW_SECONDS = 15 * 60;
export const LOGIN_FAILURES_PER_ACCOUNT = 5;
export const LOGIN_FAILURES_PER_ADDRESS = 50;
