import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MEDIA_STORAGE, type MediaStorage } from '../../modules/media/storage/media-storage';
import { createTestApp, TestApp } from '../../test-support/test-app';
import { DEMO_ARTICLES } from './demo-news';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoContent } from './demo-seed';
import { ARTICLE_SHOWCASE, DEMO_SHOWCASE_TITLES } from './demo-news-showcase.data';
import { SHOWCASE_SPACE } from './demo-spaces-showcase.data';

const ARTICLE = `query Q($id: ID!) { article(id: $id) {
  title format language videoUrl captionsUrl textAlternative commentCount reactionCounts { kind count }
  cover { alt url srcSet width height } gallery { alt url srcSet }
} }`;
const FEATURED = `{ featuredPosts(first: 3) { edges { node { id bodyHtml images { alt url srcSet } space { name } } } } }`;
const HOME = `{ homeFeed(first: 20) { edges { node { __typename
  ... on Article { title cover { alt url } commentCount reactionCounts { count } latestComments { bodyHtml author { displayName } } }
  ... on Post { id images { alt url } poll { question } space { name } commentCount reactionCounts { count } }
} } } }`;

/**
 * The showcase the demo opens with when it has media storage (start-up, the `seed` command): news in
 * every format with pictures from the real image pipeline, a captioned video served by Commons, a
 * gallery, an infographic with its text alternative, posts with pictures and a poll, a featured post,
 * and the colleagues' reactions and comment threads; then a second run that adds nothing.
 */
describe('demo showcase (e2e)', () => {
  let t: TestApp;
  let dataDir: string;
  let storage: MediaStorage;
  let anna: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'commons-showcase-'));
    t = await createTestApp({ env: { DATA_DIR: dataDir } });
    storage = t.app.get(MEDIA_STORAGE);
    expect(await seedDemoContent(t.dataSource, { media: storage })).toEqual({ created: true });
    anna = await t.login(DEMO_ACCOUNTS.employee, DEMO_PASSWORD);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  const idOf = async (title: string) =>
    (await t.dataSource.query(`SELECT id FROM article WHERE title = $1`, [title]))[0].id as string;
  const article = async (title: string, cookie = anna) =>
    (await t.gql(ARTICLE, { id: await idOf(title) }, { cookie })).body.data.article;

  it('has news in every format, each with a cover re-encoded into responsive WebP, AVIF and JPEG', async () => {
    const rows: { format: string; n: number; covered: number }[] = await t.dataSource.query(
      `SELECT format, count(*)::int AS n, count(cover_media_id)::int AS covered FROM article
        WHERE status = 'PUBLISHED' GROUP BY format ORDER BY format`,
    );
    expect(rows.map((r) => r.format)).toEqual(['ARTICLE', 'GALLERY', 'INFOGRAPHIC', 'VIDEO']);
    for (const row of rows.filter((r) => r.format !== 'ARTICLE')) expect(row.covered).toBe(row.n);
    // Every base article the showcase gives a cover has one.
    const covered = Object.entries(ARTICLE_SHOWCASE).filter(([, s]) => s.media?.cover);
    const withCover: { title: string }[] = await t.dataSource.query(
      `SELECT title FROM article WHERE cover_media_id IS NOT NULL AND title = ANY($1)`,
      [covered.map(([title]) => title)],
    );
    expect(withCover).toHaveLength(covered.length);

    // Through the upload pipeline: variants in three formats, every one in storage and served.
    const media: { storage_key: string; variants: { file: string; format?: string }[]; owner_id: string }[] =
      await t.dataSource.query(`SELECT storage_key, variants, owner_id FROM media WHERE kind = 'IMAGE'`);
    expect(media.length).toBeGreaterThanOrEqual(10);
    for (const row of media) {
      expect(new Set(row.variants.map((v) => v.format).filter(Boolean))).toEqual(
        new Set(['webp', 'avif', 'jpeg']),
      );
      for (const variant of row.variants)
        expect(await storage.get(`${row.storage_key}/${variant.file}`)).not.toBeNull();
    }
    const [{ audited }] = await t.dataSource.query(
      `SELECT count(*)::int AS audited FROM audit_entry WHERE action = 'media.upload'`,
    );
    expect(audited).toBe((await t.dataSource.query(`SELECT id FROM media`)).length);

    const welcome = await article('Välkommen till Commons, vårt nya intranät');
    expect(welcome.cover.alt).toMatch(/kollegor/);
    expect(welcome.cover.srcSet).toMatch(/\.webp 320w/);
    const image = await t.http().get(welcome.cover.url);
    expect(image.status).toBe(200);
    expect(image.headers['content-type']).toBe('image/jpeg');
  });

  it('has a captioned video in Swedish and English, served by Commons itself', async () => {
    const sv = await article(DEMO_SHOWCASE_TITLES.video);
    const en = await article(DEMO_SHOWCASE_TITLES.videoEn);
    expect(sv).toMatchObject({ format: 'VIDEO', language: 'SV' });
    expect(en).toMatchObject({ format: 'VIDEO', language: 'EN' });
    expect(sv.videoUrl).toMatch(/^\/media\/[0-9a-f-]+\/video\.mp4$/);
    expect(en.videoUrl).toBe(sv.videoUrl);

    const video = await t.http().get(sv.videoUrl);
    expect(video.status).toBe(200);
    expect(video.headers['content-type']).toBe('video/mp4');
    expect(Number(video.headers['content-length'])).toBeLessThan(1024 * 1024);

    const captions = async (url: string) => {
      const res = await t.http().get(url);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/vtt/);
      return res.text;
    };
    expect(await captions(sv.captionsUrl)).toMatch(/^WEBVTT[\s\S]*Steg 1: Logga in/);
    expect(await captions(en.captionsUrl)).toMatch(/^WEBVTT[\s\S]*Step 1: Sign in/);
  });

  it('has a gallery with alt text on every picture and an infographic with its text alternative', async () => {
    const gallery = await article(DEMO_SHOWCASE_TITLES.gallery);
    expect(gallery.format).toBe('GALLERY');
    expect(gallery.gallery).toHaveLength(3);
    for (const image of gallery.gallery) {
      expect(image.alt.length).toBeGreaterThan(20);
      expect(image.srcSet).toMatch(/\.webp/);
    }

    const infographic = await article(DEMO_SHOWCASE_TITLES.infographic);
    expect(infographic.format).toBe('INFOGRAPHIC');
    expect(infographic.cover.alt).toMatch(/Stapeldiagram/);
    // The numbers in the picture, as text.
    for (const figure of ['86 procent', '81 procent', '72 procent', '48 procent', '412'])
      expect(infographic.textAlternative).toContain(figure);
  });

  it('puts anna in the case handlers’ network: posts with pictures and a poll with votes in her home feed', async () => {
    const [{ name }] = await t.dataSource.query(
      `SELECT s.name FROM space s JOIN space_member m ON m.space_id = s.id JOIN person p ON p.id = m.person_id
        WHERE p.email = $1`,
      [DEMO_ACCOUNTS.employee],
    );
    expect(name).toBe(SHOWCASE_SPACE.name);

    const home = (await t.gql(HOME, {}, { cookie: anna })).body.data.homeFeed.edges.map(
      (e: { node: unknown }) => e.node,
    );
    const posts = home.filter((n: { __typename: string }) => n.__typename === 'Post');
    const withPicture = posts.find((p: { images: unknown[] }) => p.images.length > 0);
    expect(withPicture.images[0].alt).toMatch(/kanelbullar/);
    expect(withPicture.commentCount).toBeGreaterThanOrEqual(3);
    const poll = posts.find((p: { poll: unknown }) => p.poll);
    expect(poll.poll.question).toMatch(/utbildning/);
    const [{ ballots }] = await t.dataSource.query(`SELECT count(*)::int AS ballots FROM poll_ballot`);
    expect(ballots).toBeGreaterThanOrEqual(5);

    // The first screen is not text alone: several of its news items carry a cover and a conversation.
    const news = home.filter((n: { __typename: string }) => n.__typename === 'Article');
    expect(news.filter((n: { cover: unknown }) => n.cover).length).toBeGreaterThanOrEqual(4);
    expect(news.filter((n: { commentCount: number }) => n.commentCount > 0).length).toBeGreaterThanOrEqual(3);
  });

  it('features the lunch walk with its picture on everyone’s home', async () => {
    const featured = (await t.gql(FEATURED, {}, { cookie: anna })).body.data.featuredPosts.edges;
    expect(featured).toHaveLength(1);
    expect(featured[0].node.space.name).toBe('Lunchpromenader');
    expect(featured[0].node.images[0].alt).toMatch(/promenerar/);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_entry WHERE action = 'post.feature' AND target_id = $1`,
      [featured[0].node.id],
    );
    expect(n).toBe(1);
  });

  it('has reactions and comment threads from many colleagues, with replies and @mentions, counted by the triggers', async () => {
    const [counts] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM reaction)::int AS reactions,
              (SELECT count(DISTINCT person_id) FROM reaction)::int AS reactors,
              (SELECT count(*) FROM comment)::int AS comments,
              (SELECT count(*) FROM comment WHERE parent_id IS NOT NULL)::int AS replies,
              (SELECT count(DISTINCT author_id) FROM comment)::int AS commenters,
              (SELECT count(*) FROM mention)::int AS mentions,
              (SELECT count(*) FROM post WHERE featured_at IS NOT NULL)::int AS featured`,
    );
    expect(counts.reactions).toBeGreaterThanOrEqual(60);
    expect(counts.reactors).toBeGreaterThanOrEqual(15);
    expect(counts.comments).toBeGreaterThanOrEqual(20);
    expect(counts.replies).toBeGreaterThanOrEqual(7);
    expect(counts.commenters).toBeGreaterThanOrEqual(12);
    expect(counts.mentions).toBeGreaterThanOrEqual(6);
    expect(counts.featured).toBe(1);

    // The counters the feed reads agree with the rows (kept by the triggers, as for the app's writes).
    const welcome = await article('Välkommen till Commons, vårt nya intranät');
    const [rows] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM reaction WHERE content_id = $1)::int AS reactions,
              (SELECT count(*) FROM comment WHERE target_id = $1)::int AS comments`,
      [await idOf('Välkommen till Commons, vårt nya intranät')],
    );
    expect(welcome.reactionCounts.reduce((n: number, r: { count: number }) => n + r.count, 0)).toBe(
      rows.reactions,
    );
    expect(welcome.commentCount).toBe(rows.comments);

    // A mention is a profile link in the stored text, and anna's is recorded for her notifications.
    const [mention] = await t.dataSource.query(
      `SELECT c.body_html FROM mention m JOIN person p ON p.id = m.person_id JOIN comment c ON c.id = m.content_id
        WHERE p.email = $1 LIMIT 1`,
      [DEMO_ACCOUNTS.employee],
    );
    expect(mention.body_html).toMatch(
      /<a href="\/people\/[0-9a-f-]+" data-mention="[0-9a-f-]+">@Anna Lindqvist<\/a>/,
    );
  });

  it('a second run adds nothing: no row and no file', async () => {
    const everything = async () =>
      (
        await t.dataSource.query(
          `SELECT ${[
            'article',
            'article_gallery_image',
            'media',
            'content_item',
            'reaction',
            'comment',
            'mention',
            'post',
            'post_image',
            'poll_ballot',
            'poll_vote',
            'space_member',
            'content_counter',
          ]
            .map(
              (table) =>
                `(SELECT coalesce(string_agg(x::text, ',' ORDER BY x::text), '') FROM ${table} x) AS ${table}`,
            )
            .join(', ')}`,
        )
      )[0];
    const files = async () => (await readdir(join(dataDir, 'media'), { recursive: true })).sort();
    const before = await everything();
    const stored = await files();
    expect(stored.length).toBeGreaterThan(50);

    expect(await seedDemoContent(t.dataSource, { media: storage })).toEqual({ created: false });
    expect(await everything()).toEqual(before);
    expect(await files()).toEqual(stored);
    expect(DEMO_ARTICLES.filter((a) => a.showcase)).toHaveLength(4);
  });
});
