/**
 * Spaces, staff posts and polls: the enums and limits the web and the API share (issue #4).
 * Names, descriptions, poll questions and options are plain text (rendered as text, never HTML).
 */

/** Who may find and join a space. Stored as text in `space.visibility`. */
export enum SpaceVisibility {
  /** Anyone sees it and its posts, and joins at once. */
  OPEN = 'OPEN',
  /** Anyone sees that it exists; joining is a request an owner or moderator approves; posts are for members. */
  CLOSED = 'CLOSED',
  /** Invitation only; invisible to everyone else (lists, search, shares, space(id)). */
  SECRET = 'SECRET',
}

/** A member's role in a space, least to most privileged. Stored as text in `space_member.role`. */
export enum SpaceRole {
  MEMBER = 'MEMBER',
  MODERATOR = 'MODERATOR',
  OWNER = 'OWNER',
}

/** Where a membership stands. Stored as text in `space_member.status`. */
export enum MembershipStatus {
  ACTIVE = 'ACTIVE',
  /** Asked to join a CLOSED space; waits for an owner or moderator. */
  REQUESTED = 'REQUESTED',
  /** Invited by an owner or moderator; becomes ACTIVE when the person joins. */
  INVITED = 'INVITED',
}

export enum PollChoice {
  SINGLE = 'SINGLE',
  MULTIPLE = 'MULTIPLE',
}

/** Whether results name who voted what. */
export enum PollBallot {
  ANONYMOUS = 'ANONYMOUS',
  NAMED = 'NAMED',
}

export const SPACE_NAME_MAX_LENGTH = 80;
export const SPACE_DESCRIPTION_MAX_LENGTH = 1000;
export const SPACE_COVER_ALT_MAX_LENGTH = 500;
/** People invited in one call. */
export const SPACE_INVITE_MAX = 50;

/** A post's text in characters, as its readers see it (a long post, not an article; see lightHtmlMaxLength). */
export const POST_BODY_MAX_LENGTH = 20_000;
export const POST_IMAGES_MAX = 10;
export const POST_IMAGE_ALT_MAX_LENGTH = 500;
export const POST_LINK_MAX_LENGTH = 2000;

export const POLL_QUESTION_MAX_LENGTH = 300;
export const POLL_OPTION_MAX_LENGTH = 200;
export const POLL_OPTIONS_MIN = 2;
export const POLL_OPTIONS_MAX = 10;
