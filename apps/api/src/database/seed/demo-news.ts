import { EntityManager } from 'typeorm';
import { sanitiseRichText } from '../../common/sanitising/html-sanitiser';
import { readabilityOf } from '../../modules/articles/article-content.util';
import { DEMO_ARTICLES, DEMO_TOPICS, DemoArticle } from './demo-news.data';

export { DEMO_ARTICLES, DEMO_NEWS, DEMO_TOPICS } from './demo-news.data';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Demo news: topics and a dozen articles by the editor across audiences (everyone, a department,
 * IT, a location), one pinned, one must-read, a translation pair, one proposal in review and one
 * scheduled. Idempotent: topics are matched by slug and articles by title and author; only what is
 * missing is added and nothing existing is changed. Runs inside seedDemoContent's transaction.
 */
export async function ensureDemoNews(
  manager: EntityManager,
  units: Map<string, string>,
  locations: Map<string, string>,
): Promise<number> {
  const topics = await ensureTopics(manager);
  const people: { id: string; email: string }[] = await manager.query(
    `SELECT id, email FROM person WHERE email = ANY($1)`,
    [[...new Set(DEMO_ARTICLES.map((a) => a.author))]],
  );
  const authorIds = new Map(people.map((p) => [p.email, p.id]));
  let created = topics.created;
  const now = Date.now();

  for (const demo of DEMO_ARTICLES) {
    const authorId = authorIds.get(demo.author);
    if (!authorId) continue; // the admin removed the demo account: leave the news out too
    const [existing] = await manager.query(`SELECT id FROM article WHERE title = $1 AND author_id = $2`, [
      demo.title,
      authorId,
    ]);
    if (existing) continue;
    await insertArticle(manager, demo, authorId, now, topics.ids, units, locations);
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
): Promise<void> {
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
                          must_read, must_read_due, readability_score, created_at, updated_at)
     VALUES ($1, $2, $3, 'ARTICLE', $4, coalesce($5, gen_random_uuid()), $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)`,
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
    ],
  );
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
      ['title', 'summary', 'bodyHtml', 'topicIds', 'audience'],
      demo.title,
      demo.summary,
      bodyHtml,
      JSON.stringify(report),
    ],
  );
}
