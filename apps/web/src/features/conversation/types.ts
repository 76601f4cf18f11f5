/**
 * Shapes the conversation components take as props. They mirror the GraphQL contract of issue #4
 * (enums as string unions, like the generated types) so the Apollo wiring can pass query results
 * straight through once the API lands.
 */

export const REACTION_KINDS = ['LIKE', 'LOVE', 'CELEBRATE', 'INSIGHTFUL', 'CURIOUS'] as const;
export type ReactionKind = (typeof REACTION_KINDS)[number];

export interface ReactionCount {
  kind: ReactionKind;
  count: number;
}

export interface PersonSummary {
  id: string;
  displayName: string;
  title?: string | null;
}

export interface Reactor {
  person: PersonSummary;
  kind: ReactionKind;
}

export interface ConversationComment {
  id: string;
  /** Null on a withheld placeholder: the API does not say who wrote hidden content. */
  author: PersonSummary | null;
  createdAt: string;
  /** Set when the body was changed after posting. */
  editedAt?: string | null;
  /** Sanitised on the server (light profile); null once deleted. */
  bodyHtml: string | null;
  deleted: boolean;
  /** Present only for the author and moderators: the comment is hidden from everyone else. */
  hiddenReason?: string | null;
  hidden?: boolean;
  /**
   * Hidden by a moderator and shown to this viewer only as a placeholder holding its replies: no
   * author, text, reactions or actions.
   */
  withheld?: boolean;
  viewerCanEdit: boolean;
  viewerCanDelete: boolean;
  viewerCanReport: boolean;
  /** Replies (one level), oldest first. Absent on replies themselves. */
  replies?: ConversationComment[];
  /** The comment's own reactions, when the thread shows them. */
  reactionCounts?: readonly ReactionCount[];
  myReaction?: ReactionKind | null;
}

/** A person picked in the mention autocomplete; the body carries it as a link (see mention-body.util). */
export type Mention = Pick<PersonSummary, 'id' | 'displayName'>;

export type SearchPeople = (text: string) => Promise<PersonSummary[]>;
