/**
 * Web-side copies of the conversation limits until the API branch defines them in libs/shared
 * (like TITLE_MAX_LENGTH); then import from '@commons/shared' and delete this file.
 */
export const COMMENT_BODY_MAX_LENGTH = 5000;
export const REPORT_REASON_MAX_LENGTH = 1000;
/** How close to the limit the comment form starts counting down. */
export const COMMENT_COUNTDOWN_FROM = 500;
