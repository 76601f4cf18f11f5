import { REACTION_KINDS, ReactionKind } from '@commons/shared';
import { ContentRef, ContentRefRow, toContentRef } from '../content/content-access';

/**
 * Reaction and comment counts per content item, exact and cheap to read.
 *
 * Written by database triggers (migration 1764010000000-reactions-comments): every insert, kind
 * change or delete of a reaction, and every comment added or removed, adds ±1 to one of 16 shard
 * rows of `content_counter (content_id, metric, shard)`, picked at random, in the same transaction
 * as the write. So the count is exact (it commits or rolls back with the write), and a burst of
 * writers on one item spreads over 16 row locks instead of queueing on one. Reads sum the shards
 * (at most 16 rows per metric, from the primary key): content-counters.repository.ts, or inside a
 * listing statement with content-counters.sql.ts.
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

/** A row of ContentCountersRepository.counts: the item and one of its metrics (null: none yet). */
export type CountsRow = ContentRefRow & {
  hidden_reason: string | null;
  metric: string | null;
  total: number | null;
};

/** The counts of each of `ids` from the repository's rows (unknown ids get zeros). */
export function countsOf(ids: readonly string[], rows: readonly CountsRow[]): ContentCounts[] {
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

export function countsFromJson(json: Record<string, number>): Pick<ContentCounts, 'reactions' | 'comments'> {
  const counts = { reactions: emptyCounts().reactions, comments: 0 };
  for (const [metric, total] of Object.entries(json)) addMetric(counts, metric, total);
  return counts;
}
