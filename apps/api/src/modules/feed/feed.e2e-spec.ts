import { Client } from 'pg';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_UNITS } from '../../database/seed/demo-seed';
import { statementsOf } from '../../test-support/conversation-fixtures';
import { createTestApp, TestApp } from '../../test-support/test-app';

const FEED = `query Feed($first: Int, $after: String, $filter: FeedFilter) {
  feed(first: $first, after: $after, filter: $filter) {
    edges { cursor node { id title format pinned publishedAt mustRead acknowledged unread author { displayName } topics { slug } cover { url alt } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const VIEWED = `mutation V($id: ID!) { markArticleViewed(id: $id) { id unread } }`;

interface Node {
  id: string;
  title: string;
  pinned: boolean;
  unread: boolean;
  acknowledged: boolean;
}

interface Fixture {
  title: string;
  status?: string;
  minutesAgo?: number;
  units?: string[];
  locations?: string[];
  pinnedDays?: number;
  format?: string;
  topicId?: string;
  mustRead?: boolean;
  expireMinutesAgo?: number;
  coverMediaId?: string;
}

describe('home feed and views (e2e)', () => {
  let t: TestApp;
  let anna: string;
  let bo: string;
  let erik: string;
  let erikId: string;
  let units: Record<string, string>;
  let topicSeq = 0;

  beforeAll(async () => {
    t = await createTestApp({ seed: true });
    [anna, bo, erik] = await Promise.all([
      t.login(DEMO_ACCOUNTS.employee, DEMO_PASSWORD),
      t.login(DEMO_ACCOUNTS.itEmployee, DEMO_PASSWORD),
      t.login(DEMO_ACCOUNTS.editor, DEMO_PASSWORD),
    ]);
    [{ id: erikId }] = await t.dataSource.query(`SELECT id FROM person WHERE email = $1`, [
      DEMO_ACCOUNTS.editor,
    ]);
    const rows: { id: string; name: string }[] = await t.dataSource.query(`SELECT id, name FROM org_unit`);
    units = Object.fromEntries(rows.map((r) => [r.name, r.id]));
  });
  afterAll(() => t?.close());

  const errorOf = (body: { errors?: { extensions: Record<string, unknown> }[] }) =>
    body.errors?.[0]?.extensions;

  /** A topic of its own per test, so tests filter to their own articles. */
  async function newTopic(): Promise<string> {
    const n = ++topicSeq;
    const [row] = await t.dataSource.query(
      `INSERT INTO topic (slug, name_sv, name_en) VALUES ($1, $2, $2) RETURNING id`,
      [`feed-test-${n}`, `Test ${n}`],
    );
    return row.id;
  }

  /** Articles straight into the tables (fixtures); the lifecycle itself is exercised through the API below. */
  async function insertArticle(f: Fixture): Promise<string> {
    const status = f.status ?? 'PUBLISHED';
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO content_item (kind, author_id) VALUES ('ARTICLE', $1) RETURNING id`,
      [erikId],
    );
    const at = `now() - make_interval(mins => ${f.minutesAgo ?? 0})`;
    await t.dataSource.query(
      `INSERT INTO article (id, author_id, status, format, title, audience_org_unit_ids, audience_location_ids, publish_at, published_at,
                            pinned_until, must_read, expire_at, cover_media_id, cover_alt)
       VALUES ($1, $2, $3, $4, $5, $6, $7, ${at}, ${status === 'PUBLISHED' || status === 'ARCHIVED' ? at : 'NULL'},
               CASE WHEN $8::int IS NULL THEN NULL ELSE now() + make_interval(days => $8::int) END, $9,
               CASE WHEN $10::int IS NULL THEN NULL ELSE now() - make_interval(mins => $10::int) END, $11, CASE WHEN $11::uuid IS NULL THEN NULL ELSE 'Cover' END)`,
      [
        id,
        erikId,
        status,
        f.format ?? 'ARTICLE',
        f.title,
        f.units ?? [],
        f.locations ?? [],
        f.pinnedDays ?? null,
        f.mustRead ?? false,
        f.expireMinutesAgo ?? null,
        f.coverMediaId ?? null,
      ],
    );
    if (f.topicId)
      await t.dataSource.query(`INSERT INTO article_topic (article_id, topic_id) VALUES ($1, $2)`, [
        id,
        f.topicId,
      ]);
    return id;
  }

  async function page(
    cookie: string,
    variables: object,
  ): Promise<{ nodes: Node[]; endCursor: string | null; hasNextPage: boolean }> {
    const res = await t.gql(FEED, variables, { cookie });
    expect(res.body.errors).toBeUndefined();
    const feed = res.body.data.feed;
    if (feed.edges.length) expect(feed.pageInfo.endCursor).toBe(feed.edges.at(-1).cursor);
    return {
      nodes: feed.edges.map((e: { node: Node }) => e.node),
      endCursor: feed.pageInfo.endCursor,
      hasNextPage: feed.pageInfo.hasNextPage,
    };
  }

  const titles = async (cookie: string, topicId: string, extra: object = {}) =>
    (await page(cookie, { first: 50, filter: { topicId, ...extra } })).nodes.map((n) => n.title);

  it('shows pinned articles first, then the newest', async () => {
    const topicId = await newTopic();
    await insertArticle({ title: 'old', minutesAgo: 300, topicId });
    await insertArticle({ title: 'pinned old', minutesAgo: 400, pinnedDays: 3, topicId });
    await insertArticle({ title: 'newest', minutesAgo: 1, topicId });
    await insertArticle({ title: 'pinned new', minutesAgo: 200, pinnedDays: 1, topicId });
    await insertArticle({ title: 'pin ran out', minutesAgo: 100, pinnedDays: -1, topicId });
    // Due but not yet published by the scheduler: shown as published, pinned or not.
    await insertArticle({
      title: 'pinned, scheduled and due',
      status: 'SCHEDULED',
      minutesAgo: 250,
      pinnedDays: 2,
      topicId,
    });
    await insertArticle({ title: 'scheduled and due', status: 'SCHEDULED', minutesAgo: 150, topicId });
    const { nodes } = await page(anna, { first: 10, filter: { topicId } });
    const expected = [
      ['pinned new', true],
      ['pinned, scheduled and due', true],
      ['pinned old', true],
      ['newest', false],
      ['pin ran out', false],
      ['scheduled and due', false],
      ['old', false],
    ];
    expect(nodes.map((n) => [n.title, n.pinned])).toEqual(expected);
    // One at a time, the cursor carries across the pinned, published and scheduled branches.
    const single: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const result = await page(anna, { first: 1, after, filter: { topicId } });
      single.push(...result.nodes.map((n) => n.title));
      if (!result.hasNextPage) break;
      after = result.endCursor;
    }
    expect(single).toEqual(expected.map(([title]) => title));
  });

  it('filters by topic and by format', async () => {
    const topicId = await newTopic();
    const other = await newTopic();
    await insertArticle({ title: 'video here', format: 'VIDEO', topicId });
    await insertArticle({ title: 'article here', topicId });
    await insertArticle({ title: 'video elsewhere', format: 'VIDEO', topicId: other });
    expect(await titles(anna, topicId)).toEqual(['article here', 'video here']);
    expect(await titles(anna, topicId, { format: 'VIDEO' })).toEqual(['video here']);
    const videos = (await page(anna, { first: 100, filter: { format: 'VIDEO' } })).nodes.map((n) => n.title);
    expect(videos).toEqual(expect.arrayContaining(['video here', 'video elsewhere']));
    expect(videos).not.toContain('article here');
  });

  it('shows only what is live: drafts, archived, expired and future items stay out; due scheduled ones are in', async () => {
    const topicId = await newTopic();
    await insertArticle({ title: 'live', topicId });
    await insertArticle({ title: 'draft', status: 'DRAFT', topicId });
    await insertArticle({ title: 'archived', status: 'ARCHIVED', topicId });
    await insertArticle({
      title: 'expired, not yet archived by the scheduler',
      expireMinutesAgo: 1,
      topicId,
    });
    await insertArticle({ title: 'scheduled later', status: 'SCHEDULED', minutesAgo: -60, topicId });
    await insertArticle({ title: 'scheduled and due', status: 'SCHEDULED', minutesAgo: 5, topicId });
    expect(await titles(anna, topicId)).toEqual(['live', 'scheduled and due']);

    // Archiving through the API takes it out of the feed at once.
    const live = await titles(anna, topicId);
    expect(live).toContain('live');
    const [{ id }] = await t.dataSource.query(`SELECT id FROM article WHERE title = 'live'`);
    const archived = await t.gql(
      `mutation A($id: ID!) { archiveArticle(id: $id) { status } }`,
      { id },
      { cookie: erik },
    );
    expect(archived.body.errors).toBeUndefined();
    expect(await titles(anna, topicId)).toEqual(['scheduled and due']);
  });

  it("reaches only the audience: anna sees her department's article (published through the API), bo does not", async () => {
    const topicId = await newTopic();
    const created = await t.gql(
      `mutation C($input: ArticleInput!) { createArticle(input: $input) { id } }`,
      {
        input: {
          title: 'For case handling',
          summary: 'Only for us',
          topicIds: [topicId],
          audience: { orgUnitIds: [units[DEMO_UNITS.caseHandling]], locationIds: [] },
        },
      },
      { cookie: erik },
    );
    expect(created.body.errors).toBeUndefined();
    const id = created.body.data.createArticle.id;
    expect(await titles(anna, topicId)).toEqual([]); // a draft reaches nobody's feed
    const published = await t.gql(
      `mutation P($id: ID!) { publishArticle(id: $id) { status } }`,
      { id },
      { cookie: erik },
    );
    expect(published.body.data.publishArticle.status).toBe('PUBLISHED');

    expect(await titles(anna, topicId)).toEqual(['For case handling']);
    expect(await titles(bo, topicId)).toEqual([]);
    // The editor, outside the audience, reads the feed as a reader too.
    expect(await titles(erik, topicId)).toEqual([]);
    // Someone in a unit below the department is reached as well; bo's unfiltered first page lacks it.
    const [{ email }] = await t.dataSource.query(
      `SELECT email FROM person p JOIN credential c ON c.person_id = p.id WHERE p.org_unit_id = $1 AND p.deactivated_at IS NULL LIMIT 1`,
      [units[DEMO_UNITS.caseNorth]],
    );
    expect(await titles(await t.login(email, DEMO_PASSWORD), topicId)).toEqual(['For case handling']);
    expect((await page(bo, { first: 20 })).nodes.map((n) => n.id)).not.toContain(id);
    // Location narrows further: for the department, at Sundsvall only (anna works in Stockholm).
    const [{ id: sundsvall }] = await t.dataSource.query(`SELECT id FROM location WHERE name = 'Sundsvall'`);
    await insertArticle({
      title: 'case handling in Sundsvall',
      units: [units[DEMO_UNITS.caseHandling]],
      locations: [sundsvall],
      topicId,
    });
    expect(await titles(anna, topicId)).toEqual(['For case handling']);
  });

  it('pages with a keyset cursor: no repeats or gaps while articles are being published', async () => {
    const topicId = await newTopic();
    const expected: string[] = [];
    for (let i = 0; i < 3; i++)
      expected.push(
        await insertArticle({ title: `pinned ${i}`, minutesAgo: 1000 + i, pinnedDays: 2, topicId }),
      );
    // Same published_at for several rows: the id breaks the tie.
    const [{ at }] = await t.dataSource.query(`SELECT now() - interval '2 hours' AS at`);
    const tied: string[] = [];
    for (let i = 0; i < 22; i++)
      tied.push(await insertArticle({ title: `item ${i}`, minutesAgo: i < 6 ? 120 : 130 + i, topicId }));
    await t.dataSource.query(`UPDATE article SET published_at = $1 WHERE id = ANY($2)`, [
      at,
      tied.slice(0, 6),
    ]);
    const ordered: { id: string }[] = await t.dataSource.query(
      `SELECT id FROM article WHERE id = ANY($1) AND pinned_until IS NULL ORDER BY published_at DESC, id DESC`,
      [tied],
    );
    expected.push(...ordered.map((r) => r.id));

    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 20; guard++) {
      const result = await page(anna, { first: 4, after, filter: { topicId } });
      seen.push(...result.nodes.map((n) => n.id));
      // Someone publishes between two page fetches, through the API.
      const created = await t.gql(
        `mutation C($input: ArticleInput!) { createArticle(input: $input) { id } }`,
        { input: { title: `fresh ${guard}`, topicIds: [topicId] } },
        { cookie: erik },
      );
      const published = await t.gql(
        `mutation P($id: ID!) { publishArticle(id: $id) { status } }`,
        { id: created.body.data.createArticle.id },
        { cookie: erik },
      );
      expect(published.body.errors).toBeUndefined();
      if (!result.hasNextPage) break;
      after = result.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    // Pinned by date first, then everything that existed when paging began, in order, none skipped.
    const pinnedFirst: { id: string }[] = await t.dataSource.query(
      `SELECT id FROM article WHERE id = ANY($1) ORDER BY published_at DESC, id DESC`,
      [expected.slice(0, 3)],
    );
    expect(seen).toEqual([...pinnedFirst.map((r) => r.id), ...expected.slice(3)]);
  });

  it('refuses page sizes outside 1..100 and cursors it did not give out', async () => {
    for (const first of [0, 101]) {
      expect(errorOf((await t.gql(FEED, { first }, { cookie: anna })).body)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'first',
      });
    }
    expect(
      errorOf((await t.gql(FEED, { first: 5, after: 'bm90LWEtY3Vyc29y' }, { cookie: anna })).body),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
      reason: 'INVALID_CURSOR',
    });
    expect(
      errorOf((await t.gql(FEED, { first: 5, filter: { topicId: 'x' } }, { cookie: anna })).body),
    ).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(errorOf((await t.gql(FEED, { first: 5 })).body)).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('costs the same number of SQL statements for a page of 5 and a page of 50', async () => {
    const topicId = await newTopic();
    const [{ id: mediaId }] = await t.dataSource.query(
      `INSERT INTO media (owner_id, kind, content_type, byte_size, width, height, storage_key, variants)
       VALUES ($1, 'IMAGE', 'image/webp', 1000, 1600, 900, 'feed-test/cover', '[]'::jsonb) RETURNING id`,
      [erikId],
    );
    const [{ id: otherTopic }] = await t.dataSource.query(
      `INSERT INTO topic (slug, name_sv, name_en) VALUES ('feed-count-extra', 'Extra', 'Extra') RETURNING id`,
    );
    for (let i = 0; i < 55; i++) {
      const id = await insertArticle({
        title: `count ${i}`,
        minutesAgo: i,
        topicId,
        mustRead: i % 3 === 0,
        pinnedDays: i % 10 === 0 ? 1 : undefined,
        coverMediaId: i % 2 === 0 ? mediaId : undefined,
      });
      if (i % 4 === 0)
        await t.dataSource.query(`INSERT INTO article_topic (article_id, topic_id) VALUES ($1, $2)`, [
          id,
          otherTopic,
        ]);
    }
    const statements = async (first: number) => {
      const original = Client.prototype.query;
      let n = 0;
      const spy = jest.spyOn(Client.prototype, 'query').mockImplementation(function (
        this: Client,
        ...args: unknown[]
      ) {
        n++;
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      } as never);
      try {
        const result = await page(anna, { first, filter: { topicId } });
        expect(result.nodes).toHaveLength(first);
      } finally {
        spy.mockRestore();
      }
      return n;
    };
    await statements(5); // warm-up: the session's last_seen_at touch and connection set-up
    const five = await statements(5);
    const fifty = await statements(50);
    expect(fifty).toBe(five);
    // The session, then one statement for the page with every card's author, topics, cover,
    // acknowledged and unread.
    expect(five).toBe(2);
  });

  it("reads each card's author, topics and cover in the page's statement, right per item", async () => {
    const topicId = await newTopic();
    const [{ id: mediaId }] = await t.dataSource.query(
      `INSERT INTO media (owner_id, kind, content_type, byte_size, width, height, storage_key, variants)
       VALUES ($1, 'IMAGE', 'image/webp', 1000, 1600, 900, 'feed-test/card', '[{"file":"w320.webp","width":320,"format":"webp"}]'::jsonb) RETURNING id`,
      [erikId],
    );
    const [{ id: second }] = await t.dataSource.query(
      `INSERT INTO topic (slug, name_sv, name_en) VALUES ('a-card-topic', 'A-ämne', 'A topic') RETURNING id`,
    );
    const withCover = await insertArticle({
      title: 'with cover',
      minutesAgo: 1,
      topicId,
      coverMediaId: mediaId,
    });
    const plain = await insertArticle({ title: 'plain', minutesAgo: 2, topicId });
    await t.dataSource.query(`INSERT INTO article_topic (article_id, topic_id) VALUES ($1, $2)`, [
      plain,
      second,
    ]);
    const nodes = (await page(anna, { first: 5, filter: { topicId } })).nodes as unknown as Record<
      string,
      unknown
    >[];
    expect(nodes.map((n) => n.id)).toEqual([withCover, plain]);
    expect(nodes[0]).toMatchObject({
      author: { displayName: 'Erik Sandberg' },
      topics: [{ slug: expect.any(String) }],
      cover: { url: expect.stringContaining('feed-test/card') },
    });
    expect((nodes[1].topics as { slug: string }[]).map((x) => x.slug)).toEqual([
      'a-card-topic',
      expect.any(String),
    ]);
    expect(nodes[1].cover).toBeNull();
  });

  it('reads cards without their bodies; a client asking for bodies gets them in one more statement per page', async () => {
    const topicId = await newTopic();
    const bodies = new Map<string, string>();
    for (let i = 0; i < 3; i++) {
      const id = await insertArticle({ title: `body ${i}`, minutesAgo: i, topicId });
      await t.dataSource.query(`UPDATE article SET body_html = $2 WHERE id = $1`, [
        id,
        `<p>Body ${i}: ${'text '.repeat(200)}</p>`,
      ]);
      bodies.set(
        id,
        (await t.dataSource.query(`SELECT body_html FROM article WHERE id = $1`, [id]))[0].body_html,
      );
    }
    const WITH_BODY = `query F($filter: FeedFilter) { feed(first: 5, filter: $filter) { edges { node { id bodyHtml } } } }`;
    let nodes: { id: string; bodyHtml: string }[] = [];
    const withBody = await statementsOf(async () => {
      const res = await t.gql(WITH_BODY, { filter: { topicId } }, { cookie: anna });
      expect(res.body.errors).toBeUndefined();
      nodes = res.body.data.feed.edges.map((e: { node: { id: string; bodyHtml: string } }) => e.node);
    });
    expect(nodes).toHaveLength(3);
    for (const node of nodes) expect(node.bodyHtml).toBe(bodies.get(node.id));
    const without = await statementsOf(() => page(anna, { first: 5, filter: { topicId } }));
    expect(withBody).toBe(without + 1);
  });

  it('records views once per person and day; unread flips; NOT_FOUND when not visible', async () => {
    const topicId = await newTopic();
    const id = await insertArticle({ title: 'to read', units: [units[DEMO_UNITS.caseHandling]], topicId });
    expect((await page(anna, { first: 5, filter: { topicId } })).nodes[0]).toMatchObject({
      id,
      unread: true,
    });

    for (let i = 0; i < 2; i++) {
      const res = await t.gql(VIEWED, { id }, { cookie: anna });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.markArticleViewed).toEqual({ id, unread: false });
    }
    const rows = await t.dataSource.query(`SELECT day FROM content_view WHERE content_id = $1`, [id]);
    expect(rows).toHaveLength(1);
    expect((await page(anna, { first: 5, filter: { topicId } })).nodes[0]).toMatchObject({
      id,
      unread: false,
    });
    // Also through article(id), which resolves unread with the loader.
    const single = await t.gql(`query A($id: ID!) { article(id: $id) { unread } }`, { id }, { cookie: anna });
    expect(single.body.data.article.unread).toBe(false);

    for (const [cookie, target] of [
      [bo, id],
      [anna, '00000000-0000-0000-0000-000000000000'],
      [anna, 'not-an-id'],
    ]) {
      expect(errorOf((await t.gql(VIEWED, { id: target }, { cookie })).body)).toMatchObject({
        code: 'NOT_FOUND',
      });
    }
    expect(await t.dataSource.query(`SELECT 1 FROM content_view WHERE content_id = $1`, [id])).toHaveLength(
      1,
    );
  });
});
