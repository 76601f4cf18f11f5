import { Role } from '@commons/shared';
import { DEMO_ACCOUNTS, DEMO_LOCATIONS, DEMO_UNITS } from '../../database/seed/demo-seed';
import { Person } from '../people/person.entity';
import { createTestApp, TestApp } from '../../test-support/test-app';
import { Article } from './article.entity';
import {
  ArticleViewer,
  ArticleVisibility,
  canSeeArticle,
  effectiveStatusSql,
  visibleArticlesPredicate,
  visibleArticlesRawPredicate,
  withEffectiveStatus,
} from './article-visibility';

/**
 * The SQL predicate (for lists) and the in-memory check (for one article) must say the same thing
 * for every combination of status, timing, audience and viewer: both are checked against each
 * other on real rows.
 */
describe('article visibility (e2e)', () => {
  let t: TestApp;
  let viewers: Record<string, ArticleViewer>;

  beforeAll(async () => {
    t = await createTestApp({ seed: true, env: { ARTICLE_SCHEDULER_INTERVAL_MS: '0' } });
    await t.dataSource.query(
      `DELETE FROM article_topic; DELETE FROM article_revision; DELETE FROM article; DELETE FROM content_item WHERE kind = 'ARTICLE'`,
    );
    const ids = async (table: string) =>
      Object.fromEntries(
        ((await t.dataSource.query(`SELECT id, name FROM ${table}`)) as { id: string; name: string }[]).map(
          (r) => [r.name, r.id],
        ),
      );
    const units = await ids('org_unit');
    const locations = await ids('location');
    const erik: { id: string } = (
      await t.dataSource.query(`SELECT id FROM person WHERE email = $1`, [DEMO_ACCOUNTS.editor])
    )[0];
    const anna: { id: string } = (
      await t.dataSource.query(`SELECT id FROM person WHERE email = $1`, [DEMO_ACCOUNTS.employee])
    )[0];

    const audiences: [string[], string[]][] = [
      [[], []],
      [[units[DEMO_UNITS.caseHandling]], []],
      [[units[DEMO_UNITS.caseNorth]], []],
      [[units[DEMO_UNITS.it], units[DEMO_UNITS.hr]], []],
      [[], [locations[DEMO_LOCATIONS.sundsvall.name]]],
      [[units[DEMO_UNITS.it]], [locations[DEMO_LOCATIONS.stockholm.name]]],
    ];
    const past = "now() - interval '1 hour'";
    const future = "now() + interval '1 hour'";
    const states = [
      { status: 'DRAFT', publish: 'NULL', published: 'NULL', expire: 'NULL' },
      { status: 'IN_REVIEW', publish: 'NULL', published: 'NULL', expire: 'NULL' },
      { status: 'SCHEDULED', publish: future, published: 'NULL', expire: 'NULL' },
      { status: 'SCHEDULED', publish: past, published: 'NULL', expire: 'NULL' }, // due, not yet ticked
      { status: 'SCHEDULED', publish: "now() - interval '2 hours'", published: 'NULL', expire: past }, // due and already expired
      { status: 'PUBLISHED', publish: past, published: past, expire: 'NULL' },
      { status: 'PUBLISHED', publish: past, published: past, expire: future },
      {
        status: 'PUBLISHED',
        publish: "now() - interval '2 hours'",
        published: "now() - interval '2 hours'",
        expire: past,
      }, // expired, not yet ticked
      { status: 'ARCHIVED', publish: past, published: past, expire: 'NULL' },
    ];
    for (const author of [erik.id, anna.id]) {
      for (const [unitIds, locationIds] of audiences) {
        for (const s of states) {
          const [item] = await t.dataSource.query(
            `INSERT INTO content_item (kind, author_id) VALUES ('ARTICLE', $1) RETURNING id`,
            [author],
          );
          await t.dataSource.query(
            `INSERT INTO article (id, author_id, status, title, audience_org_unit_ids, audience_location_ids, publish_at, published_at, expire_at)
             VALUES ($1, $2, $3, 'x', $4, $5, ${s.publish}, ${s.published}, ${s.expire})`,
            [item.id, author, s.status, unitIds, locationIds],
          );
        }
      }
    }
    const visibility = t.app.get(ArticleVisibility);
    const person = async (email: string) => t.dataSource.getRepository(Person).findOneByOrFail({ email });
    viewers = {};
    for (const email of [
      DEMO_ACCOUNTS.employee,
      DEMO_ACCOUNTS.itEmployee,
      DEMO_ACCOUNTS.editor,
      DEMO_ACCOUNTS.admin,
      'maria.isaksson@demo.commons',
      'daniel.persson@demo.commons',
    ]) {
      viewers[email] = await visibility.viewer(await person(email));
    }
    // A viewer with no location is reached only by audiences without locations.
    viewers['no-location'] = {
      ...viewers[DEMO_ACCOUNTS.itEmployee],
      personId: '00000000-0000-4000-8000-000000000000',
      locationId: null,
    };
  });
  afterAll(() => t?.close());

  it('computes the viewer once: their unit and its ancestors, their location', () => {
    const bo = viewers[DEMO_ACCOUNTS.itEmployee];
    expect(bo.orgUnitIds).toHaveLength(2); // IT and the agency
    expect(bo.role).toBe(Role.EMPLOYEE);
    expect(viewers['maria.isaksson@demo.commons'].orgUnitIds).toHaveLength(3); // unit, department, agency
  });

  for (const asReader of [false, true]) {
    it(`the SQL predicates and the single check agree on every article and viewer (asReader: ${asReader})`, async () => {
      const articles = (await t.dataSource.getRepository(Article).find()).map((a) => withEffectiveStatus(a));
      expect(articles.length).toBe(2 * 6 * 9);
      let visibleSomewhere = 0;
      for (const [name, viewer] of Object.entries(viewers)) {
        const expected = articles
          .filter((a) => canSeeArticle(a, viewer, { asReader }))
          .map((a) => a.id)
          .sort();
        const p = visibleArticlesPredicate('a', viewer, { asReader });
        const viaBuilder = (
          await t.dataSource
            .getRepository(Article)
            .createQueryBuilder('a')
            .select('a.id', 'id')
            .where(p.sql, p.parameters)
            .getRawMany()
        )
          .map((r: { id: string }) => r.id)
          .sort();
        const raw = visibleArticlesRawPredicate('a', viewer, 2, { asReader });
        const viaRaw = (
          (await t.dataSource.query(`SELECT a.id FROM article a WHERE a.title = $1 AND ${raw.sql}`, [
            'x',
            ...raw.params,
          ])) as { id: string }[]
        )
          .map((r) => r.id)
          .sort();
        expect({ name, ids: viaBuilder }).toEqual({ name, ids: expected });
        expect({ name, ids: viaRaw }).toEqual({ name, ids: expected });
        visibleSomewhere += expected.length;
      }
      expect(visibleSomewhere).toBeGreaterThan(0);
    });
  }

  it('readers: an employee sees exactly the live articles whose audience reaches them', async () => {
    const bo = viewers[DEMO_ACCOUNTS.itEmployee];
    const raw = visibleArticlesRawPredicate('a', bo, 1, { asReader: true });
    const rows: { status: string; units: number; locations: number }[] = await t.dataSource.query(
      `SELECT ${effectiveStatusSql('a')} AS status, cardinality(a.audience_org_unit_ids) AS units, cardinality(a.audience_location_ids) AS locations
         FROM article a WHERE ${raw.sql}`,
      raw.params,
    );
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['PUBLISHED']));
    // Per author: everyone, IT+HR, Sundsvall → 3 audiences × 3 live states (due, published, published with a future expiry).
    expect(rows).toHaveLength(2 * 3 * 3);
  });
});
