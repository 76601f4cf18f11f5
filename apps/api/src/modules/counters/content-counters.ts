import { REACTION_KINDS, ReactionKind } from '@commons/shared';
import type { EntityManager } from 'typeorm';
import { ContentRef, ContentRefRow, toContentRef } from '../content/content-access';

/**
 * Reaction and comment counts per content item, exact and cheap to read.
 *
 * Written by database triggers (migration 1764010000000-reactions-comments): every insert, kind
 * change or delete of a reaction, and every comment added or removed, adds ±1 to one of 16 shard
 * rows of `content_counter (content_id, metric, shard)`, picked at random, in the same transaction
 * as the write. So the count is exact (it commits or rolls back with the write), and a burst of
 * writers on one item spreads over 16 row locks instead of queueing on one. Reads sum the shards
 * (at most 16 rows per metric, from the primary key).
 */
export interface ContentCounts {
  /** Every kind, in REACTION_KINDS order, zeros included. */
  reactions: { kind: ReactionKind; count: number }[];
  /** Comments and replies neither removed nor hidden by a moderator. */
  comments: number;
  /** Whether new comments are refused (content_item.comments_closed_at). */
  commentsClosed: boolean;
  /** The item itself, as ContentAccess sees it (null for an unknown id), and why it is hidden. */
  ref: ContentRef | null;
  hiddenReason: string | null;
}

export function emptyCounts(): ContentCounts {
  return {
    reactions: REACTION_KINDS.map((kind) => ({ kind, count: 0 })),
    comments: 0,
    commentsClosed: false,
    ref: null,
    hiddenReason: null,
  };
}

/** The counts of each of `ids` (unknown ids get zeros), in one statement. */
export async function readCounts(manager: EntityManager, ids: readonly string[]): Promise<ContentCounts[]> {
  const rows: (ContentRefRow & {
    hidden_reason: string | null;
    metric: string | null;
    total: number | null;
  })[] = await manager.query(
    `SELECT ci.id, ci.kind, ci.author_id, ci.space_id, ci.hidden_at, ci.hidden_reason,
            ci.comments_closed_at IS NOT NULL AS comments_closed, c.metric, c.total
       FROM content_item ci
       LEFT JOIN LATERAL (
         SELECT metric, sum(value)::int AS total FROM content_counter WHERE content_id = ci.id GROUP BY metric
       ) c ON true
      WHERE ci.id = ANY($1::uuid[])`,
    [ids],
  );
  const byId = new Map<string, ContentCounts>();
  for (const row of rows) {
    const counts = byId.get(row.id) ?? {
      ...emptyCounts(),
      commentsClosed: row.comments_closed,
      ref: toContentRef(row),
      hiddenReason: row.hidden_reason,
    };
    if (row.metric) addMetric(counts, row.metric, row.total ?? 0);
    byId.set(row.id, counts);
  }
  return ids.map((id) => byId.get(id) ?? emptyCounts());
}

function addMetric(
  counts: Pick<ContentCounts, 'reactions' | 'comments'>,
  metric: string,
  total: number,
): void {
  if (metric === 'COMMENTS') counts.comments = total;
  else {
    const entry = counts.reactions.find((r) => r.kind === metric);
    if (entry) entry.count = total;
  }
}

/**
 * The counts of the item whose id is the SQL expression `idSql`, as a JSON object built inside a
 * statement that lists items (a feed page), so they cost no statement of their own; read it back
 * with countsFromJson.
 */
export function countsJsonSql(idSql: string): string {
  return `(SELECT coalesce(json_object_agg(metric, total), '{}') FROM (
    SELECT metric, sum(value)::int AS total FROM content_counter WHERE content_id = ${idSql} GROUP BY metric) counted)`;
}

export function countsFromJson(json: Record<string, number>): Pick<ContentCounts, 'reactions' | 'comments'> {
  const counts = { reactions: emptyCounts().reactions, comments: 0 };
  for (const [metric, total] of Object.entries(json)) addMetric(counts, metric, total);
  return counts;
}
