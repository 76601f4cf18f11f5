import { DEMO_ACCOUNTS, DEMO_UNITS } from '../../database/seed/demo-seed.data';
import { createTestApp, TestApp } from '../../test-support/test-app';
import { Person } from '../people/person.entity';
import { ContentAccess } from './content-access';

/** The single door for "may this viewer see item X": articles through article visibility, then moderation. */
describe('content access (e2e)', () => {
  let t: TestApp;
  let access: ContentAccess;
  let people: Record<'anna' | 'bo' | 'erik', Person>;
  let forAnnasUnit: string;
  let draft: string;

  const article = async (authorId: string, status: string, units: string[]) => {
    const [item] = await t.dataSource.query(
      `INSERT INTO content_item (kind, author_id) VALUES ('ARTICLE', $1) RETURNING id`,
      [authorId],
    );
    await t.dataSource.query(
      `INSERT INTO article (id, author_id, status, title, audience_org_unit_ids, published_at)
       VALUES ($1, $2, $3, 'x', $4, CASE WHEN $3 = 'PUBLISHED' THEN now() END)`,
      [item.id, authorId, status, units],
    );
    return item.id as string;
  };

  beforeAll(async () => {
    t = await createTestApp({ seed: true });
    access = t.app.get(ContentAccess);
    const repo = t.dataSource.getRepository(Person);
    const by = (email: string) => repo.findOneByOrFail({ email });
    people = {
      anna: await by(DEMO_ACCOUNTS.employee),
      bo: await by(DEMO_ACCOUNTS.itEmployee),
      erik: await by(DEMO_ACCOUNTS.editor),
    };
    const [unit] = await t.dataSource.query(`SELECT id FROM org_unit WHERE name = $1`, [
      DEMO_UNITS.caseHandling,
    ]);
    forAnnasUnit = await article(people.erik.id, 'PUBLISHED', [unit.id]);
    draft = await article(people.anna.id, 'DRAFT', []);
  });

  afterAll(() => t?.close());

  it('follows article visibility: the audience sees it, others get NOT_FOUND', async () => {
    await expect(access.requireVisible(people.anna, forAnnasUnit)).resolves.toMatchObject({
      id: forAnnasUnit,
      kind: 'ARTICLE',
      spaceId: null,
    });
    await expect(access.requireVisible(people.bo, forAnnasUnit, 'Article')).rejects.toMatchObject({
      message: 'Article not found.',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it("hides another employee's draft from employees but not from its author or editors", async () => {
    const ids = [draft, forAnnasUnit, 'not-a-uuid', '00000000-0000-4000-8000-000000000000'];
    expect([...(await access.visible(people.bo, ids)).keys()]).toEqual([]);
    expect([...(await access.visible(people.anna, ids)).keys()].sort()).toEqual([draft, forAnnasUnit].sort());
    expect([...(await access.visible(people.erik, ids)).keys()].sort()).toEqual([draft, forAnnasUnit].sort());
  });

  it('keeps hidden content for its author and editors only', async () => {
    const hidden = await article(people.bo.id, 'PUBLISHED', []);
    await t.dataSource.query(
      `UPDATE content_item SET hidden_at = now(), hidden_by = $2, hidden_reason = 'off topic' WHERE id = $1`,
      [hidden, people.erik.id],
    );
    expect((await access.visible(people.anna, [hidden])).size).toBe(0);
    expect((await access.visible(people.bo, [hidden])).size).toBe(1);
    expect((await access.visible(people.erik, [hidden])).size).toBe(1);
  });
});
