import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createApp } from '../../../common/bootstrap/create-app';
import { createRootLogger } from '../../../common/logging/root-logger';
import { loadConfig } from '../../../config/load-config';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../../database/seed/demo-seed';
import { createTestApp, TestApp } from '../../../test-support/test-app';
import { ArticleScheduler } from './article-scheduler.service';

const CREATE = `mutation C($input: ArticleInput!) { createArticle(input: $input) { id } }`;
const PUBLISH = `mutation P($id: ID!, $publishAt: DateTime) { publishArticle(id: $id, publishAt: $publishAt) { id status publishAt publishedAt } }`;
const ARTICLE = `query Q($id: ID!) { article(id: $id) { id status publishedAt } }`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(what: () => Promise<T>, ok: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await what();
    if (ok(value) || Date.now() > deadline) return value;
    await sleep(100);
  }
}

describe('article scheduling and expiry (e2e)', () => {
  describe('with the ticker running', () => {
    let t: TestApp;
    let erik: string;
    let bo: string;

    beforeAll(async () => {
      t = await createTestApp({ seed: true, env: { ARTICLE_SCHEDULER_INTERVAL_MS: '250' } });
      [erik, bo] = await Promise.all([
        t.login(DEMO_ACCOUNTS.editor, DEMO_PASSWORD),
        t.login(DEMO_ACCOUNTS.itEmployee, DEMO_PASSWORD),
      ]);
    });
    afterAll(() => t?.close());

    const statusOf = async (id: string) =>
      (await t.dataSource.query(`SELECT status FROM article WHERE id = $1`, [id]))[0].status as string;

    it('publishes a scheduled article on time, with nobody asking, and audits it', async () => {
      const { body } = await t.gql(
        CREATE,
        { input: { title: 'Schemalagd', bodyHtml: '<p>Snart.</p>' } },
        { cookie: erik },
      );
      const id = body.data.createArticle.id;
      const publishAt = new Date(Date.now() + 1500);
      const res = await t.gql(PUBLISH, { id, publishAt: publishAt.toISOString() }, { cookie: erik });
      expect(res.body.data.publishArticle).toMatchObject({ status: 'SCHEDULED', publishedAt: null });
      expect(errorCode(await t.gql(ARTICLE, { id }, { cookie: bo }))).toBe('NOT_FOUND');

      const status = await until(
        () => statusOf(id),
        (s) => s === 'PUBLISHED',
        5000,
      );
      expect(status).toBe('PUBLISHED');
      const [row] = await t.dataSource.query(`SELECT published_at FROM article WHERE id = $1`, [id]);
      expect(new Date(row.published_at).getTime()).toBe(publishAt.getTime());
      expect((await t.gql(ARTICLE, { id }, { cookie: bo })).body.data.article.status).toBe('PUBLISHED');
      const audits = await t.dataSource.query(
        `SELECT actor_id FROM audit_entry WHERE target_id = $1 AND action = 'article.publish_due'`,
        [id],
      );
      expect(audits).toEqual([{ actor_id: null }]);
    });

    it('archives a published article when it expires', async () => {
      const { body } = await t.gql(
        CREATE,
        { input: { title: 'Går ut', expireAt: new Date(Date.now() + 1500).toISOString() } },
        { cookie: erik },
      );
      const id = body.data.createArticle.id;
      await t.gql(PUBLISH, { id }, { cookie: erik });
      expect((await t.gql(ARTICLE, { id }, { cookie: bo })).body.data.article.status).toBe('PUBLISHED');
      expect(
        await until(
          () => statusOf(id),
          (s) => s === 'ARCHIVED',
          5000,
        ),
      ).toBe('ARCHIVED');
      expect(errorCode(await t.gql(ARTICLE, { id }, { cookie: bo }))).toBe('NOT_FOUND');
      const audits = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_entry WHERE target_id = $1 AND action = 'article.expire'`,
        [id],
      );
      expect(audits[0].n).toBe(1);
    });
  });

  describe('on several replicas', () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await createTestApp({ seed: true, env: { ARTICLE_SCHEDULER_INTERVAL_MS: '0' } });
    });
    afterAll(() => t?.close());

    it('two ticks at once publish and archive each due article exactly once', async () => {
      const [erik] = await t.dataSource.query(`SELECT id FROM person WHERE email = $1`, [
        DEMO_ACCOUNTS.editor,
      ]);
      const ids: string[] = [];
      for (let i = 0; i < 20; i++) {
        const [item] = await t.dataSource.query(
          `INSERT INTO content_item (kind, author_id) VALUES ('ARTICLE', $1) RETURNING id`,
          [erik.id],
        );
        const due = i % 2 === 0;
        await t.dataSource.query(
          due
            ? `INSERT INTO article (id, author_id, status, title, publish_at) VALUES ($1, $2, 'SCHEDULED', 'due', now() - interval '1 minute')`
            : `INSERT INTO article (id, author_id, status, title, publish_at, published_at, expire_at)
               VALUES ($1, $2, 'PUBLISHED', 'expired', now() - interval '2 days', now() - interval '2 days', now() - interval '1 minute')`,
          [item.id, erik.id],
        );
        ids.push(item.id);
      }
      const scheduler = t.app.get(ArticleScheduler);
      const results = await Promise.all([scheduler.tick(), scheduler.tick(), scheduler.tick()]);
      const published = results.flatMap((r) => r.published);
      const archived = results.flatMap((r) => r.archived);
      expect(new Set(published).size).toBe(published.length);
      expect(new Set(archived).size).toBe(archived.length);
      expect(published).toHaveLength(10);
      expect(archived).toHaveLength(10);
      const audits: { action: string; n: number }[] = await t.dataSource.query(
        `SELECT action, count(*)::int AS n FROM audit_entry WHERE target_id = ANY($1) GROUP BY action ORDER BY action`,
        [ids],
      );
      expect(audits).toEqual([
        { action: 'article.expire', n: 10 },
        { action: 'article.publish_due', n: 10 },
      ]);
      expect(await scheduler.tick()).toEqual({ published: [], archived: [] });
    });
  });

  describe('across a restart, with the ticker off in the first process', () => {
    let t: TestApp;
    let second: INestApplication | undefined;

    beforeAll(async () => {
      t = await createTestApp({ seed: true, env: { ARTICLE_SCHEDULER_INTERVAL_MS: '0' } });
    });
    afterAll(async () => {
      await second?.close();
      await t?.close();
    });

    it('reads treat a due article as published before any tick; a new process on the same database publishes it', async () => {
      const erik = await t.login(DEMO_ACCOUNTS.editor, DEMO_PASSWORD);
      const bo = await t.login(DEMO_ACCOUNTS.itEmployee, DEMO_PASSWORD);
      const { body } = await t.gql(CREATE, { input: { title: 'Efter omstart' } }, { cookie: erik });
      const id = body.data.createArticle.id;
      await t.gql(PUBLISH, { id, publishAt: new Date(Date.now() + 800).toISOString() }, { cookie: erik });
      await sleep(1200);
      // No ticker ran: the row still says SCHEDULED, but readers already see it published.
      expect((await t.dataSource.query(`SELECT status FROM article WHERE id = $1`, [id]))[0].status).toBe(
        'SCHEDULED',
      );
      expect((await t.gql(ARTICLE, { id }, { cookie: bo })).body.data.article.status).toBe('PUBLISHED');

      // "Restart": this process stops, another starts on the same database with the ticker on.
      const url = (t.dataSource.options as { url: string }).url;
      await t.app.close();
      const config = loadConfig({
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        SEED_DEMO: 'false',
        WEB_DIST_DIR: '/nonexistent',
        DATABASE_URL: url,
        ARTICLE_SCHEDULER_INTERVAL_MS: '200',
      });
      second = await createApp({
        config,
        logger: createRootLogger(config, { write: () => undefined }),
        databaseUrl: url,
      });
      await second.init();
      const ds = second.get(DataSource);
      const status = await until(
        async () => (await ds.query(`SELECT status FROM article WHERE id = $1`, [id]))[0].status as string,
        (s) => s === 'PUBLISHED',
        5000,
      );
      expect(status).toBe('PUBLISHED');
    });
  });
});

function errorCode(res: { body: { errors?: { extensions: { code: string } }[] } }): string | undefined {
  return res.body.errors?.[0]?.extensions.code;
}
