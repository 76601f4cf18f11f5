/** @deprecated Moved to services/session.service.ts; kept while test-support imports it from here. */
export { SessionService } from './services/session.service';
export type { ResolvedSession, SessionClient } from './services/session.service';
