import { EntityManager } from 'typeorm';
import { sanitiseLightText } from '../../common/sanitising/html-sanitiser';
import { AuditRepository } from '../../modules/audit/audit.repository';
import { AuditService } from '../../modules/audit/audit.service';
import { type DemoPeople, insertConversation } from './demo-conversation';
import type { DemoMedia } from './demo-media';
import { DEMO_SPACES, DemoSpace, DemoSpacePost } from './demo-spaces.data';

export { DEMO_SPACES } from './demo-spaces.data';

const HOUR = 3_600_000;

/**
 * Demo spaces (OPEN, CLOSED, SECRET) with their owners, members and a few posts (one with a poll).
 * With `media` (the showcase) also the case handlers' open network with anna in it, posts with
 * pictures, a poll with votes, a post featured on home, and the colleagues' reactions and comments.
 * Idempotent like the rest of the seed: a space is matched by name and owner and only added when
 * missing, with its members and posts; an existing space is left as it is (people may have joined,
 * posted or left). Runs inside seedDemoContent's transaction.
 */
export async function ensureDemoSpaces(
  manager: EntityManager,
  people: DemoPeople,
  media: DemoMedia | null,
): Promise<number> {
  const now = Date.now();
  let created = 0;

  const missing: { demo: DemoSpace; ownerId: string }[] = [];
  for (const demo of DEMO_SPACES) {
    if (demo.showcase && !media) continue;
    const ownerId = people.ids.get(demo.owner);
    if (!ownerId) continue; // the demo account was removed: leave its space out too
    const [existing] = await manager.query(`SELECT id FROM space WHERE name = $1 AND created_by = $2`, [
      demo.name,
      ownerId,
    ]);
    if (!existing) missing.push({ demo, ownerId });
  }
  await media?.preload(
    missing.flatMap(({ demo }) =>
      demo.posts.flatMap((post) =>
        (post.media?.images ?? []).map((image) => [people.ids.get(post.author), image.picture] as const),
      ),
    ),
  );
  for (const { demo, ownerId } of missing) {
    await insertSpace(manager, demo, ownerId, people, now, media);
    created++;
  }
  return created;
}

async function insertSpace(
  manager: EntityManager,
  demo: DemoSpace,
  ownerId: string,
  people: DemoPeople,
  now: number,
  media: DemoMedia | null,
): Promise<void> {
  const oldest = Math.max(...demo.posts.map((p) => p.hoursAgo), 0) + 24;
  const createdAt = new Date(now - oldest * HOUR);
  const [space] = await manager.query(
    `INSERT INTO space (name, description, visibility, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5) RETURNING id`,
    [demo.name, demo.description, demo.visibility, ownerId, createdAt],
  );
  const memberIds = demo.members
    .map((m) => people.ids.get(m))
    .filter((id): id is string => !!id && id !== ownerId);
  await manager.query(
    `INSERT INTO space_member (space_id, person_id, role, status, created_at, joined_at)
     SELECT $1, m.person_id, CASE WHEN m.ord = 1 THEN 'OWNER' ELSE 'MEMBER' END, 'ACTIVE', $3, $3
       FROM unnest($2::uuid[]) WITH ORDINALITY AS m(person_id, ord)`,
    [space.id, [ownerId, ...memberIds], createdAt],
  );

  for (const post of demo.posts) {
    if (post.showcase && !media) continue;
    const authorId = people.ids.get(post.author);
    if (!authorId) continue;
    await insertPost(manager, space.id, post, authorId, new Date(now - post.hoursAgo * HOUR), people, media);
  }
}

async function insertPost(
  manager: EntityManager,
  spaceId: string,
  post: DemoSpacePost,
  authorId: string,
  at: Date,
  people: DemoPeople,
  media: DemoMedia | null,
): Promise<void> {
  const shown = media ? post.media : undefined;
  const [item] = await manager.query(
    `INSERT INTO content_item (kind, author_id, space_id, created_at) VALUES ('POST', $1, $2, $3) RETURNING id`,
    [authorId, spaceId, at],
  );
  await manager.query(
    `INSERT INTO post (id, space_id, author_id, body_html, link_url, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
    [item.id, spaceId, authorId, sanitiseLightText(post.bodyHtml), post.link ?? null, at],
  );
  if (media) {
    for (const [position, image] of (shown?.images ?? []).entries()) {
      await manager.query(
        `INSERT INTO post_image (post_id, position, media_id, alt) VALUES ($1, $2, $3, $4)`,
        [item.id, position, await media.picture(authorId, image.picture), image.alt],
      );
    }
  }
  if (post.poll) {
    const [poll] = await manager.query(
      `INSERT INTO poll (post_id, question, choice, ballot, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [item.id, post.poll.question, post.poll.choice, post.poll.ballot, at],
    );
    const options: { id: string }[] = await manager.query(
      `INSERT INTO poll_option (poll_id, position, label) SELECT $1, o.ord - 1, o.label FROM unnest($2::text[]) WITH ORDINALITY AS o(label, ord)
       RETURNING id`,
      [poll.id, post.poll.options],
    );
    // Votes as the app casts them: a ballot per person, then their choice.
    for (const [i, [email, position]] of (shown?.votes ?? []).entries()) {
      const personId = people.ids.get(email);
      const option = options[position];
      if (!personId || !option) continue;
      const votedAt = new Date(Math.min(Date.now(), at.getTime() + (i + 1) * 0.5 * HOUR));
      await manager.query(`INSERT INTO poll_ballot (poll_id, person_id, voted_at) VALUES ($1, $2, $3)`, [
        poll.id,
        personId,
        votedAt,
      ]);
      await manager.query(`INSERT INTO poll_vote (poll_id, person_id, option_id) VALUES ($1, $2, $3)`, [
        poll.id,
        personId,
        option.id,
      ]);
    }
  }
  const featuredBy = shown?.featuredBy ? people.ids.get(shown.featuredBy) : undefined;
  if (featuredBy) {
    // As an editor features a post: the post marked, and the act in the audit log.
    await manager.query(`UPDATE post SET featured_at = $2, featured_by = $3 WHERE id = $1`, [
      item.id,
      new Date(Math.min(Date.now(), at.getTime() + HOUR)),
      featuredBy,
    ]);
    await new AuditService(new AuditRepository(manager.connection)).record(manager, {
      actorId: featuredBy,
      action: 'post.feature',
      targetType: 'post',
      targetId: item.id,
      details: {},
    });
  }
  if (media) await insertConversation(manager, { id: item.id, spaceId, at }, shown?.conversation, people);
}
