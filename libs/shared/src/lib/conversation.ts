/**
 * Conversation (issue #4): reaction kinds and the limits both the web and the API enforce.
 * The API is the rule; the web uses these to guide people before they submit.
 */

/** The fixed set of reactions, in the order every client shows them. Stored as text in `reaction.kind`. */
export enum ReactionKind {
  LIKE = 'LIKE',
  LOVE = 'LOVE',
  CELEBRATE = 'CELEBRATE',
  INSIGHTFUL = 'INSIGHTFUL',
  CURIOUS = 'CURIOUS',
}

export const REACTION_KINDS: readonly ReactionKind[] = [
  ReactionKind.LIKE,
  ReactionKind.LOVE,
  ReactionKind.CELEBRATE,
  ReactionKind.INSIGHTFUL,
  ReactionKind.CURIOUS,
];

/**
 * A comment's text as its readers see it, in characters: a mention counts as its "@Name", markup
 * and escapes not at all, so the count a writer sees does not jump when they pick a mention or type
 * "&". A 100 KB paste is refused, not truncated.
 */
export const COMMENT_BODY_MAX_LENGTH = 10_000;

/**
 * The longest light HTML a text limit lets through as sent, refused before it is parsed: every
 * character escaped (`&quot;` is six) plus the mention links (COMMENT_MENTIONS_MAX of them).
 */
export function lightHtmlMaxLength(textMaxLength: number): number {
  return textMaxLength * 6 + 4096;
}
/** People one comment may mention; more is noise (and a notification flood). */
export const COMMENT_MENTIONS_MAX = 20;
/** Why someone reports a post or comment, and why a moderator hid or dismissed it. */
export const REPORT_REASON_MAX_LENGTH = 1000;
export const MODERATION_REASON_MAX_LENGTH = 1000;
/** The mention autocomplete's longest list. */
export const MENTION_CANDIDATES_MAX = 20;
