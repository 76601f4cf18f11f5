import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../common/graphql/connection.model';

@ObjectType({ description: 'Why a comment is hidden; shown to its author and to moderators only.' })
export class ModerationNote {
  @Field(() => Date)
  at!: Date;

  @Field(() => String, { nullable: true })
  reason!: string | null;
}

/**
 * A comment on an article or post, or a reply to one (one level). Its id is its content_item id.
 * Author, replies, hidden and the reaction fields are resolved per request with loaders.
 */
@ObjectType({
  description:
    'A comment or a reply (one level). Removed comments keep their place with an empty body; so do hidden ones ' +
    '(withheld) that still have replies the viewer sees.',
})
export class Comment {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'The article or post commented on.' })
  targetId!: string;

  @Field(() => ID, { nullable: true, description: 'The top-level comment this replies to.' })
  parentId!: string | null;

  @Field({
    description:
      'Sanitised light HTML (safe to render as is); mentions are <a data-mention="<personId>" href="/people/<id>">. Empty when removed.',
  })
  bodyHtml!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Last edit; the earlier text is kept in the history.' })
  editedAt!: Date | null;

  @Field({ description: 'Removed by its author or a moderator: shown as a placeholder.' })
  removed!: boolean;

  @Field({
    description:
      'Hidden by a moderator and listed only to keep its replies in their thread: a placeholder with an empty body and ' +
      'no reactions, which cannot be replied to, reacted to, edited or reported (NOT_FOUND). Never true for its author or moderators.',
  })
  withheld!: boolean;

  authorId!: string;
  spaceId!: string | null;
  hiddenAt!: Date | null;
  hiddenReason!: string | null;
}

@ObjectType({ description: 'Top-level comments, oldest first, each with its replies; keyset cursors.' })
export class CommentConnection extends Connection(() => Comment, 'Comment') {}

/** The columns every comment query selects (`c` comment, `ci` its content_item), and their mapping. */
export const COMMENT_COLUMNS = `c.id, c.target_id, c.parent_id, c.author_id, c.body_html, c.created_at, c.edited_at, c.deleted_at,
  ci.space_id, ci.hidden_at, ci.hidden_reason`;

export interface CommentRow {
  id: string;
  target_id: string;
  parent_id: string | null;
  author_id: string;
  body_html: string;
  created_at: Date;
  edited_at: Date | null;
  deleted_at: Date | null;
  space_id: string | null;
  hidden_at: Date | null;
  hidden_reason: string | null;
  /** Set by the thread query only: hidden, and the viewer neither wrote it nor moderates it. */
  withheld?: boolean;
}

export function toComment(row: CommentRow): Comment {
  const withheld = row.withheld ?? false;
  return Object.assign(new Comment(), {
    id: row.id,
    targetId: row.target_id,
    parentId: row.parent_id,
    authorId: row.author_id,
    bodyHtml: row.deleted_at || withheld ? '' : row.body_html,
    createdAt: row.created_at,
    editedAt: withheld ? null : row.edited_at,
    removed: row.deleted_at !== null,
    withheld,
    spaceId: row.space_id,
    hiddenAt: row.hidden_at,
    hiddenReason: row.hidden_reason,
  });
}

/**
 * Which comments of a thread a viewer sees: those not hidden by a moderator, their own, and as a
 * moderator all of them (`allParam` true: editors) or those in the spaces they moderate. Over
 * `comment c JOIN content_item ci` (or other aliases), with the caller's placeholders.
 */
export function visibleCommentSql(
  personParam: string,
  allParam: string,
  spaceIdsParam: string,
  c = 'c',
  ci = 'ci',
): string {
  return `(${ci}.hidden_at IS NULL OR ${c}.author_id = ${personParam} OR ${allParam} OR ${ci}.space_id = ANY(${spaceIdsParam}::uuid[]))`;
}

/** A comment row as JSON (built in SQL; timestamps as text), with its author's person row as `author`. */
export type CommentJson = {
  [K in keyof CommentRow]: CommentRow[K] extends Date | null ? string | null : CommentRow[K];
} & { author: Record<string, unknown> };

/**
 * The `limit` newest top-level comments the viewer sees on the item `targetSql` (oldest of them
 * first), each with its author, as a JSON array built inside a statement that lists items (a feed
 * page): latestComments costs no statement of its own. Read back with commentFromJson.
 */
export function latestCommentsJsonSql(targetSql: string, limit: number, visible: string): string {
  // json, not jsonb: built only to be sent, it skips jsonb's conversion both ways (measured cheaper).
  return `(SELECT coalesce(json_agg(row_to_json(latest) ORDER BY latest.created_at, latest.id), '[]')
     FROM (SELECT newest.*, row_to_json(au) AS author
             FROM (SELECT ${COMMENT_COLUMNS} FROM comment c JOIN content_item ci ON ci.id = c.id
                    WHERE c.target_id = ${targetSql} AND c.parent_id IS NULL AND c.deleted_at IS NULL AND ${visible}
                    ORDER BY c.created_at DESC, c.id DESC LIMIT ${limit}) newest
             JOIN person au ON au.id = newest.author_id) latest)`;
}

export function commentFromJson(json: CommentJson): Comment {
  const date = (value: string | null) => (value === null ? null : new Date(value));
  return toComment({
    ...json,
    created_at: new Date(json.created_at as string),
    edited_at: date(json.edited_at),
    deleted_at: date(json.deleted_at),
    hidden_at: date(json.hidden_at),
  });
}
