import type { EntityManager } from 'typeorm';
import { sanitiseLightText } from '../../common/sanitising/html-sanitiser';

export type DemoReactionKind = 'LIKE' | 'LOVE' | 'CELEBRATE' | 'INSIGHTFUL' | 'CURIOUS';

/** Who reacted how: [e-mail, kind]. */
export type DemoReactions = readonly (readonly [string, DemoReactionKind])[];

export interface DemoComment {
  author: string;
  /** Light text; `@{e-mail}` mentions that colleague (a profile link, recorded for notifications). */
  body: string;
  /** Written this many hours after the item itself. */
  hoursAfter: number;
  reactions?: DemoReactions;
  /** One level only, as in the app. */
  replies?: Omit<DemoComment, 'replies'>[];
}

export interface DemoConversation {
  reactions?: DemoReactions;
  comments?: DemoComment[];
}

const HOUR = 3_600_000;
/** A moment after the item, never in the future (a fresh item's thread is squeezed into the time since). */
const after = (at: Date, hours: number) =>
  new Date(Math.min(Date.now() - 60_000, at.getTime() + hours * HOUR));
const MENTION = /@\{([^}]+)\}/g;

/** Every e-mail a conversation names (reactors, authors, people mentioned). */
export function conversationEmails(conversation: DemoConversation | undefined): string[] {
  if (!conversation) return [];
  const comments = (conversation.comments ?? []).flatMap((c) => [c, ...(c.replies ?? [])]);
  return [
    ...(conversation.reactions ?? []).map(([email]) => email),
    ...comments.flatMap((c) => [
      c.author,
      ...(c.reactions ?? []).map(([email]) => email),
      ...[...c.body.matchAll(MENTION)].map((m) => m[1]),
    ]),
  ];
}

export interface DemoPeople {
  ids: Map<string, string>;
  names: Map<string, string>;
}

/**
 * Reactions and comment threads from the demo colleagues on an article or post just added (`at` is
 * when it appeared), written as the app writes them: a content item and a comment row per comment
 * (the counter triggers keep `reactionCounts` and `commentCount`), bodies through the same light-text
 * sanitiser with mentions resolved to profile links, and a `mention` row per person mentioned (the
 * data mentions only people who can see the item). Someone missing (an admin removed a demo account)
 * is left out with what they wrote.
 */
export async function insertConversation(
  manager: EntityManager,
  target: { id: string; spaceId: string | null; at: Date },
  conversation: DemoConversation | undefined,
  people: DemoPeople,
): Promise<void> {
  if (!conversation) return;
  await insertReactions(manager, target.id, target.at, conversation.reactions, people);
  for (const comment of conversation.comments ?? []) {
    const id = await insertComment(manager, target, null, comment, people);
    if (!id) continue;
    for (const reply of comment.replies ?? []) await insertComment(manager, target, id, reply, people);
  }
}

async function insertComment(
  manager: EntityManager,
  target: { id: string; spaceId: string | null; at: Date },
  parentId: string | null,
  comment: Omit<DemoComment, 'replies'>,
  people: DemoPeople,
): Promise<string | null> {
  const authorId = people.ids.get(comment.author);
  if (!authorId) return null;
  const mentioned = new Map<string, string>();
  const raw = comment.body.replace(MENTION, (whole, email: string) => {
    const id = people.ids.get(email);
    const name = people.names.get(email);
    if (!id || !name) return '';
    mentioned.set(id, name);
    return `<a data-mention="${id}">@${name}</a>`;
  });
  const html = sanitiseLightText(raw, mentioned);
  const at = after(target.at, comment.hoursAfter);
  const [row]: { id: string }[] = await manager.query(
    `WITH item AS (
       INSERT INTO content_item (kind, author_id, space_id, created_at) VALUES ('COMMENT', $1, $2, $3) RETURNING id
     )
     INSERT INTO comment (id, target_id, parent_id, author_id, body_html, created_at)
     SELECT item.id, $4, $5, $1, $6, $3 FROM item
     RETURNING id`,
    [authorId, target.spaceId, at, target.id, parentId, html],
  );
  if (mentioned.size > 0) {
    await manager.query(
      `INSERT INTO mention (content_id, person_id, created_at) SELECT $1, unnest($2::uuid[]), $3 ON CONFLICT DO NOTHING`,
      [row.id, [...mentioned.keys()], at],
    );
  }
  await insertReactions(manager, row.id, at, comment.reactions, people);
  return row.id;
}

async function insertReactions(
  manager: EntityManager,
  contentId: string,
  since: Date,
  reactions: DemoReactions | undefined,
  people: DemoPeople,
): Promise<void> {
  const rows = (reactions ?? [])
    .map(([email, kind], i) => ({
      person_id: people.ids.get(email),
      kind,
      // Spread over the hours after the item, so "who reacted" has an order.
      created_at: after(since, (i + 1) * 0.2).toISOString(),
    }))
    .filter((r) => r.person_id);
  if (rows.length === 0) return;
  await manager.query(
    `INSERT INTO reaction (content_id, person_id, kind, created_at)
     SELECT $1, x.person_id, x.kind, x.created_at FROM jsonb_to_recordset($2::jsonb) AS x(person_id uuid, kind text, created_at timestamptz)
     ON CONFLICT (content_id, person_id) DO NOTHING`,
    [contentId, JSON.stringify(rows)],
  );
}
