import { badInput } from '../../../common/errors/app-error';
import { ArticleStatus } from '../article.enums';

/** What can happen to an article, and who (besides the rules in ArticlesPolicy) does it. */
export type ArticleTransition =
  'submit' | 'return' | 'publish' | 'schedule' | 'archive' | 'tickPublish' | 'tickExpire';

const { DRAFT, IN_REVIEW, SCHEDULED, PUBLISHED, ARCHIVED } = ArticleStatus;

/**
 * The lifecycle, in one table: DRAFT → IN_REVIEW → SCHEDULED or PUBLISHED → ARCHIVED. Editors may
 * publish a draft directly and reschedule or publish a scheduled one at once; the scheduler publishes
 * what is due and archives what has expired.
 */
const TRANSITIONS: Record<ArticleTransition, { from: readonly ArticleStatus[]; to: ArticleStatus }> = {
  submit: { from: [DRAFT], to: IN_REVIEW },
  return: { from: [IN_REVIEW, SCHEDULED], to: DRAFT },
  publish: { from: [DRAFT, IN_REVIEW, SCHEDULED], to: PUBLISHED },
  schedule: { from: [DRAFT, IN_REVIEW, SCHEDULED], to: SCHEDULED },
  // Only what was published is archived; a draft or a scheduled article is returned instead.
  archive: { from: [PUBLISHED], to: ARCHIVED },
  tickPublish: { from: [SCHEDULED], to: PUBLISHED },
  tickExpire: { from: [PUBLISHED], to: ARCHIVED },
};

const VERBS: Record<ArticleTransition, string> = {
  submit: 'submitted',
  return: 'returned',
  publish: 'published',
  schedule: 'scheduled',
  archive: 'archived',
  tickPublish: 'published',
  tickExpire: 'archived',
};

export function canTransition(from: ArticleStatus, transition: ArticleTransition): boolean {
  return TRANSITIONS[transition].from.includes(from);
}

/** The status after the transition; BAD_USER_INPUT reason INVALID_TRANSITION when it is not allowed from here. */
export function transition(from: ArticleStatus, step: ArticleTransition): ArticleStatus {
  if (!canTransition(from, step)) {
    throw badInput('status', 'INVALID_TRANSITION', `An article that is ${from} cannot be ${VERBS[step]}.`);
  }
  return TRANSITIONS[step].to;
}
