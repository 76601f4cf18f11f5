import { EntityManager } from 'typeorm';
import { sanitiseRichText } from '../../common/sanitising/html-sanitiser';
import { readabilityOf } from '../../modules/articles/article-content.util';
import { type DemoPeople, insertConversation } from './demo-conversation';
import type { DemoMedia } from './demo-media';
import { DEMO_ARTICLES, DEMO_TOPICS, DemoArticle } from './demo-news.data';

export { DEMO_ARTICLES, DEMO_NEWS, DEMO_TOPICS } from './demo-news.data';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Demo news: topics and a dozen articles by the editor across audiences (everyone, a department,
 * IT, a location), one pinned, one must-read, a translation pair, one proposal in review and one
 * scheduled. With `media` (the showcase, see demo-showcase.data.ts) also covers, a captioned video
 * in both languages, a gallery and an infographic, and the colleagues' reactions and comments.
 * Idempotent: topics are matched by slug and articles by title and author; only what is missing is
 * added (with its media and conversation) and nothing existing is changed. Runs inside
 * seedDemoContent's transaction.
 */
export async function ensureDemoNews(
  manager: EntityManager,
  units: Map<string, string>,
  locations: Map<string, string>,
  people: DemoPeople,
  media: DemoMedia | null,
): Promise<number> {
  const topics = await ensureTopics(manager);
  let created = topics.created;
  const now = Date.now();

  const missing: { demo: DemoArticle; authorId: string }[] = [];
  for (const demo of DEMO_ARTICLES) {
    if (demo.showcase && !media) continue;
    const authorId = people.ids.get(demo.author);
    if (!authorId) continue; // the admin removed the demo account: leave the news out too
    const [existing] = await manager.query(`SELECT id FROM article WHERE title = $1 AND author_id = $2`, [
      demo.title,
      authorId,
    ]);
    if (!existing) missing.push({ demo, authorId });
  }
  await media?.preload(
    missing.flatMap(({ demo, authorId }) =>
      [demo.media?.cover, ...(demo.media?.gallery ?? [])].flatMap((image) =>
        image ? [[authorId, image.picture] as const] : [],
      ),
    ),
  );
  for (const { demo, authorId } of missing) {
    await insertArticle(manager, demo, authorId, now, topics.ids, units, locations, media, people);
    created++;
  }
  return created;
}

async function ensureTopics(manager: EntityManager): Promise<{ ids: Map<string, string>; created: number }> {
  const inserted: { id: string }[] = await manager.query(
    `INSERT INTO topic (slug, name_sv, name_en)
     SELECT slug, name_sv, name_en FROM jsonb_to_recordset($1::jsonb) AS x(slug text, name_sv text, name_en text)
     ON CONFLICT (slug) DO NOTHING
     RETURNING id`,
    [JSON.stringify(DEMO_TOPICS.map((t) => ({ slug: t.slug, name_sv: t.nameSv, name_en: t.nameEn })))],
  );
  const rows: { id: string; slug: string }[] = await manager.query(
    `SELECT id, slug FROM topic WHERE slug = ANY($1)`,
    [DEMO_TOPICS.map((t) => t.slug)],
  );
  return { ids: new Map(rows.map((r) => [r.slug, r.id])), created: inserted.length };
}

async function insertArticle(
  manager: EntityManager,
  demo: DemoArticle,
  authorId: string,
  now: number,
  topicIds: Map<string, string>,
  units: Map<string, string>,
  locations: Map<string, string>,
  media: DemoMedia | null,
  people: DemoPeople,
): Promise<void> {
  const shown = media ? demo.media : undefined;
  const coverId = shown?.cover && media ? await media.picture(authorId, shown.cover.picture) : null;
  const videoUrl = shown?.videoCaptions && coverId && media ? await media.video(coverId) : null;
  const captionsId =
    shown?.videoCaptions && media ? await media.captions(authorId, shown.videoCaptions) : null;
  const bodyHtml = sanitiseRichText(demo.bodyHtml);
  const report = readabilityOf({ bodyHtml, language: demo.language as never });
  const at = new Date(now - demo.hoursAgo * HOUR);
  const published = demo.status === 'PUBLISHED';
  const created = new Date(Math.min(now, at.getTime()) - 2 * HOUR);

  let translationGroup: string | null = null;
  if (demo.translationOf) {
    const [original] = await manager.query(
      `SELECT translation_group_id FROM article WHERE title = $1 AND author_id = $2`,
      [demo.translationOf, authorId],
    );
    translationGroup = original?.translation_group_id ?? null;
  }

  const [item] = await manager.query(
    `INSERT INTO content_item (kind, author_id, created_at) VALUES ('ARTICLE', $1, $2) RETURNING id`,
    [authorId, created],
  );
  await manager.query(
    `INSERT INTO article (id, author_id, status, format, language, translation_group_id, title, summary, body_html, byline,
                          audience_org_unit_ids, audience_location_ids, publish_at, published_at, pinned_until,
                          must_read, must_read_due, readability_score, created_at, updated_at,
                          cover_media_id, cover_alt, video_url, captions_media_id, text_alternative)
     VALUES ($1, $2, $3, $20, $4, coalesce($5, gen_random_uuid()), $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19,
             $21, $22, $23, $24, $25)`,
    [
      item.id,
      authorId,
      demo.status,
      demo.language,
      translationGroup,
      demo.title,
      demo.summary,
      bodyHtml,
      demo.byline ?? null,
      (demo.units ?? []).map((key) => units.get(key)).filter(Boolean),
      (demo.locations ?? []).map((key) => locations.get(key)).filter(Boolean),
      demo.status === 'IN_REVIEW' ? null : at,
      published ? at : null,
      demo.pinnedDays ? new Date(now + demo.pinnedDays * DAY) : null,
      demo.mustReadDueDays !== undefined,
      demo.mustReadDueDays !== undefined
        ? new Date(now + demo.mustReadDueDays * DAY).toISOString().slice(0, 10)
        : null,
      report.score,
      created,
      published ? at : created,
      demo.format ?? 'ARTICLE',
      coverId,
      coverId ? shown?.cover?.alt : null,
      videoUrl,
      captionsId,
      shown?.textAlternative ?? null,
    ],
  );
  for (const [position, image] of (media ? (shown?.gallery ?? []) : []).entries()) {
    await manager.query(
      `INSERT INTO article_gallery_image (article_id, position, media_id, alt) VALUES ($1, $2, $3, $4)`,
      [item.id, position, await media?.picture(authorId, image.picture), image.alt],
    );
  }
  const topics = demo.topics.map((slug) => topicIds.get(slug)).filter((id): id is string => !!id);
  if (topics.length > 0) {
    await manager.query(`INSERT INTO article_topic (article_id, topic_id) SELECT $1, unnest($2::uuid[])`, [
      item.id,
      topics,
    ]);
  }
  await manager.query(
    `INSERT INTO article_revision (article_id, revision, editor_id, at, changed_fields, title, summary, body_html, readability)
     VALUES ($1, 1, $2, $3, $4, $5, $6, $7, $8::jsonb)`,
    [
      item.id,
      authorId,
      created,
      [
        'title',
        'summary',
        'bodyHtml',
        'topicIds',
        'audience',
        ...(demo.format ? ['format'] : []),
        ...(coverId ? ['coverMediaId', 'coverAlt'] : []),
        ...(shown?.gallery ? ['gallery'] : []),
        ...(videoUrl ? ['videoUrl', 'captionsMediaId'] : []),
        ...(shown?.textAlternative ? ['textAlternative'] : []),
      ],
      demo.title,
      demo.summary,
      bodyHtml,
      JSON.stringify(report),
    ],
  );
  if (published && media) {
    await insertConversation(manager, { id: item.id, spaceId: null, at }, demo.conversation, people);
  }
}
