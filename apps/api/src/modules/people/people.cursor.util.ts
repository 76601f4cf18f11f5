/**
 * @deprecated The directory's cursors are the shared codec's now (common/graphql/cursor.util.ts) and
 * likePattern lives in like-pattern.util.ts. Kept only while comments/mentions.service.ts imports
 * likePattern from here; delete once it imports from like-pattern.util.ts.
 */
export { likePattern } from './like-pattern.util';
