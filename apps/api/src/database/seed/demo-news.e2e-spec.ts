import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoContent } from './demo-seed';
import { DEMO_ARTICLES, DEMO_NEWS, DEMO_TOPICS } from './demo-news';
import { sanitiseRichText } from '../../common/sanitising/html-sanitiser';
import { createTestApp, TestApp } from '../../test-support/test-app';

const ARTICLE = `query Q($id: ID!) { article(id: $id) { id title status pinned mustRead audience { everyone } translations { title language } topics { slug name } readability { score } } }`;

describe('demo news (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ seed: true });
  });
  afterAll(() => t?.close());

  const everything = async () =>
    (
      await t.dataSource.query(
        `SELECT (SELECT coalesce(string_agg(x::text, ',' ORDER BY x.id), '') FROM topic x) AS topic,
                (SELECT coalesce(string_agg(x::text, ',' ORDER BY x.id), '') FROM article x) AS article,
                (SELECT coalesce(string_agg(x::text, ',' ORDER BY x.article_id, x.topic_id), '') FROM article_topic x) AS article_topic,
                (SELECT coalesce(string_agg(x::text, ',' ORDER BY x.id), '') FROM article_revision x) AS article_revision,
                (SELECT coalesce(string_agg(x::text, ',' ORDER BY x.id), '') FROM content_item x) AS content_item`,
      )
    )[0];

  it('seeds topics and articles once; a second run changes nothing', async () => {
    const [counts] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM topic)::int AS topics,
              (SELECT count(*) FROM article WHERE status = 'PUBLISHED')::int AS published,
              (SELECT count(*) FROM article)::int AS articles`,
    );
    // Without media storage, the text-only demo: the showcase's articles (demo-showcase.e2e-spec) stay out.
    const base = DEMO_ARTICLES.filter((a) => !a.showcase);
    expect(counts).toEqual({
      topics: DEMO_TOPICS.length,
      published: base.filter((a) => a.status === 'PUBLISHED').length,
      articles: base.length,
    });
    expect(counts.published).toBeGreaterThanOrEqual(12);
    const before = await everything();
    expect(await seedDemoContent(t.dataSource)).toEqual({ created: false });
    expect(await everything()).toEqual(before);
  });

  it('stores bodies that are already clean, with a readability score', async () => {
    const rows: { body_html: string; readability_score: number | null }[] = await t.dataSource.query(
      `SELECT body_html, readability_score FROM article`,
    );
    for (const row of rows) {
      expect(sanitiseRichText(row.body_html)).toBe(row.body_html);
      expect(row.readability_score).not.toBeNull();
    }
  });

  it('reaches the right people: the pinned welcome and the must-read for everyone, the department news for anna only', async () => {
    const anna = await t.login(DEMO_ACCOUNTS.employee, DEMO_PASSWORD);
    const bo = await t.login(DEMO_ACCOUNTS.itEmployee, DEMO_PASSWORD);
    const id = async (title: string) =>
      (await t.dataSource.query(`SELECT id FROM article WHERE title = $1`, [title]))[0].id as string;

    const welcome = (await t.gql(ARTICLE, { id: await id(DEMO_NEWS.pinned) }, { cookie: bo })).body.data
      .article;
    expect(welcome).toMatchObject({
      pinned: true,
      audience: { everyone: true },
      translations: [{ title: DEMO_NEWS.pinnedEn, language: 'EN' }],
    });
    expect(
      (await t.gql(ARTICLE, { id: await id(DEMO_NEWS.mustRead) }, { cookie: bo })).body.data.article.mustRead,
    ).toBe(true);

    const caseNews = await id(DEMO_NEWS.caseHandling);
    expect((await t.gql(ARTICLE, { id: caseNews }, { cookie: anna })).body.data.article.title).toBe(
      DEMO_NEWS.caseHandling,
    );
    expect((await t.gql(ARTICLE, { id: caseNews }, { cookie: bo })).body.errors[0].extensions.code).toBe(
      'NOT_FOUND',
    );
    const itNews = await id(DEMO_NEWS.it);
    expect((await t.gql(ARTICLE, { id: itNews }, { cookie: bo })).body.data.article.title).toBe(DEMO_NEWS.it);
    expect((await t.gql(ARTICLE, { id: itNews }, { cookie: anna })).body.errors[0].extensions.code).toBe(
      'NOT_FOUND',
    );
    const sundsvall = await id(DEMO_NEWS.sundsvall);
    expect((await t.gql(ARTICLE, { id: sundsvall }, { cookie: bo })).body.data.article.title).toBe(
      DEMO_NEWS.sundsvall,
    );
    expect((await t.gql(ARTICLE, { id: sundsvall }, { cookie: anna })).body.errors[0].extensions.code).toBe(
      'NOT_FOUND',
    );
  });
});
