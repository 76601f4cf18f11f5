import { EntityManager } from 'typeorm';
import { sanitiseLightText } from '../../common/sanitising/html-sanitiser';
import { DEMO_SPACES, DemoSpace } from './demo-spaces.data';

export { DEMO_SPACES } from './demo-spaces.data';

const HOUR = 3_600_000;

/**
 * Demo spaces (OPEN, CLOSED, SECRET) with their owners, members and a few posts (one with a poll).
 * Idempotent like the rest of the seed: a space is matched by name and owner and only added when
 * missing, with its members and posts; an existing space is left as it is (people may have joined,
 * posted or left). Runs inside seedDemoContent's transaction.
 */
export async function ensureDemoSpaces(manager: EntityManager): Promise<number> {
  const emails = new Set(
    DEMO_SPACES.flatMap((s) => [s.owner, ...s.members, ...s.posts.map((p) => p.author)]),
  );
  const people: { id: string; email: string }[] = await manager.query(
    `SELECT id, email FROM person WHERE email = ANY($1)`,
    [[...emails]],
  );
  const ids = new Map(people.map((p) => [p.email, p.id]));
  const now = Date.now();
  let created = 0;

  for (const demo of DEMO_SPACES) {
    const ownerId = ids.get(demo.owner);
    if (!ownerId) continue; // the demo account was removed: leave its space out too
    const [existing] = await manager.query(`SELECT id FROM space WHERE name = $1 AND created_by = $2`, [
      demo.name,
      ownerId,
    ]);
    if (existing) continue;
    await insertSpace(manager, demo, ownerId, ids, now);
    created++;
  }
  return created;
}

async function insertSpace(
  manager: EntityManager,
  demo: DemoSpace,
  ownerId: string,
  ids: Map<string, string>,
  now: number,
): Promise<void> {
  const oldest = Math.max(...demo.posts.map((p) => p.hoursAgo), 0) + 24;
  const createdAt = new Date(now - oldest * HOUR);
  const [space] = await manager.query(
    `INSERT INTO space (name, description, visibility, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5) RETURNING id`,
    [demo.name, demo.description, demo.visibility, ownerId, createdAt],
  );
  const memberIds = demo.members.map((m) => ids.get(m)).filter((id): id is string => !!id && id !== ownerId);
  await manager.query(
    `INSERT INTO space_member (space_id, person_id, role, status, created_at, joined_at)
     SELECT $1, m.person_id, CASE WHEN m.ord = 1 THEN 'OWNER' ELSE 'MEMBER' END, 'ACTIVE', $3, $3
       FROM unnest($2::uuid[]) WITH ORDINALITY AS m(person_id, ord)`,
    [space.id, [ownerId, ...memberIds], createdAt],
  );

  for (const post of demo.posts) {
    const authorId = ids.get(post.author);
    if (!authorId) continue;
    const at = new Date(now - post.hoursAgo * HOUR);
    const [item] = await manager.query(
      `INSERT INTO content_item (kind, author_id, space_id, created_at) VALUES ('POST', $1, $2, $3) RETURNING id`,
      [authorId, space.id, at],
    );
    await manager.query(
      `INSERT INTO post (id, space_id, author_id, body_html, link_url, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [item.id, space.id, authorId, sanitiseLightText(post.bodyHtml), post.link ?? null, at],
    );
    if (post.poll) {
      const [poll] = await manager.query(
        `INSERT INTO poll (post_id, question, choice, ballot) VALUES ($1, $2, $3, $4) RETURNING id`,
        [item.id, post.poll.question, post.poll.choice, post.poll.ballot],
      );
      await manager.query(
        `INSERT INTO poll_option (poll_id, position, label) SELECT $1, o.ord - 1, o.label FROM unnest($2::text[]) WITH ORDINALITY AS o(label, ord)`,
        [poll.id, post.poll.options],
      );
    }
  }
}
