import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_UNITS } from '../../database/seed/demo-seed';
import { createTestApp, TestApp } from '../../test-support/test-app';

const ACK = `mutation A($id: ID!) { acknowledgeArticle(id: $id) { id ackVersion acknowledged } }`;
const AGAIN = `mutation R($id: ID!) { requireAcknowledgementAgain(id: $id) { id ackVersion acknowledged } }`;
const ARTICLE = `query Q($id: ID!) { article(id: $id) { id mustRead ackVersion acknowledged } }`;
const MINE = `query M($all: Boolean) { myMustReads(includeAcknowledged: $all) { id title acknowledged mustReadDue } }`;
const REPORT = `query R($id: ID!) { mustReadReport(articleId: $id) { version acknowledged pending csvUrl byOrgUnit { orgUnit { id name } acknowledged pending } } }`;

describe('must-reads (e2e)', () => {
  let t: TestApp;
  let anna: string;
  let bo: string;
  let erik: string;
  let units: Record<string, string>;
  let mustRead: string;
  /** Must-reads the demo seed brings along: left out of list assertions, so these tests see only their own. */
  let seeded: Set<string>;

  beforeAll(async () => {
    t = await createTestApp({ seed: true });
    [anna, bo, erik] = await Promise.all([
      t.login(DEMO_ACCOUNTS.employee, DEMO_PASSWORD),
      t.login(DEMO_ACCOUNTS.itEmployee, DEMO_PASSWORD),
      t.login(DEMO_ACCOUNTS.editor, DEMO_PASSWORD),
    ]);
    const rows: { id: string; name: string }[] = await t.dataSource.query(`SELECT id, name FROM org_unit`);
    units = Object.fromEntries(rows.map((r) => [r.name, r.id]));
    seeded = new Set(
      (await t.dataSource.query(`SELECT id FROM article WHERE must_read`)).map((r: { id: string }) => r.id),
    );
    mustRead = await publish({
      title: 'New routine for case files',
      mustRead: true,
      mustReadDue: '2030-01-31',
      audience: { orgUnitIds: [units[DEMO_UNITS.caseHandling]], locationIds: [] },
    });
  });
  afterAll(() => t?.close());

  async function mine(
    cookie: string,
    all = false,
  ): Promise<{ id: string; title: string; acknowledged: boolean; mustReadDue: string | null }[]> {
    const res = await t.gql(MINE, { all }, { cookie });
    expect(res.body.errors).toBeUndefined();
    return res.body.data.myMustReads.filter((m: { id: string }) => !seeded.has(m.id));
  }
  const errorOf = (body: { errors?: { extensions: Record<string, unknown> }[] }) =>
    body.errors?.[0]?.extensions;
  const acks = async (id: string) =>
    (await t.dataSource.query(
      `SELECT person_id, version FROM article_acknowledgement WHERE article_id = $1`,
      [id],
    )) as unknown[];

  /** Written and published by erik through the API. */
  async function publish(input: object): Promise<string> {
    const created = await t.gql(
      `mutation C($input: ArticleInput!) { createArticle(input: $input) { id } }`,
      { input },
      { cookie: erik },
    );
    expect(created.body.errors).toBeUndefined();
    const id = created.body.data.createArticle.id;
    const published = await t.gql(
      `mutation P($id: ID!) { publishArticle(id: $id) { status } }`,
      { id },
      { cookie: erik },
    );
    expect(published.body.errors).toBeUndefined();
    return id;
  }

  /** Active people in the case-handling department or a unit below it, counted independently of the API. */
  async function caseHandlingPeople(): Promise<{ id: string; org_unit_id: string; email: string }[]> {
    return t.dataSource.query(
      `SELECT p.id, p.org_unit_id, p.email FROM person p JOIN org_unit u ON u.id = p.org_unit_id
        WHERE p.deactivated_at IS NULL AND (u.id = $1 OR u.parent_id = $1)`,
      [units[DEMO_UNITS.caseHandling]],
    );
  }

  it('anna acknowledges her must-read once per version; it leaves her open list', async () => {
    expect(await mine(anna)).toEqual([
      { id: mustRead, title: 'New routine for case files', acknowledged: false, mustReadDue: '2030-01-31' },
    ]);
    expect((await t.gql(ARTICLE, { id: mustRead }, { cookie: anna })).body.data.article).toMatchObject({
      mustRead: true,
      ackVersion: 1,
      acknowledged: false,
    });

    for (let i = 0; i < 2; i++) {
      const res = await t.gql(ACK, { id: mustRead }, { cookie: anna });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.acknowledgeArticle).toEqual({ id: mustRead, ackVersion: 1, acknowledged: true });
    }
    expect(await acks(mustRead)).toHaveLength(1);
    expect((await t.gql(ARTICLE, { id: mustRead }, { cookie: anna })).body.data.article.acknowledged).toBe(
      true,
    );
    expect(await mine(anna)).toEqual([]);
    expect(await mine(anna, true)).toEqual([expect.objectContaining({ id: mustRead, acknowledged: true })]);
  });

  it('refuses people outside the audience (NOT_FOUND) and articles that are not must-reads, writing nothing', async () => {
    const before = (await acks(mustRead)).length;
    for (const cookie of [bo, erik]) {
      expect(errorOf((await t.gql(ACK, { id: mustRead }, { cookie })).body)).toMatchObject({
        code: 'NOT_FOUND',
      });
    }
    expect(await mine(bo)).toEqual([]);
    expect(await acks(mustRead)).toHaveLength(before);

    const plain = await publish({ title: 'Just news' });
    expect(errorOf((await t.gql(ACK, { id: plain }, { cookie: anna })).body)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NOT_MUST_READ',
    });
    expect(await acks(plain)).toHaveLength(0);
    for (const id of ['00000000-0000-0000-0000-000000000000', 'nope']) {
      expect(errorOf((await t.gql(ACK, { id }, { cookie: anna })).body)).toMatchObject({ code: 'NOT_FOUND' });
    }
    // A draft must-read cannot be acknowledged yet.
    const draft = await t.gql(
      `mutation C($input: ArticleInput!) { createArticle(input: $input) { id } }`,
      { input: { title: 'Draft must-read', mustRead: true } },
      { cookie: erik },
    );
    expect(
      errorOf((await t.gql(ACK, { id: draft.body.data.createArticle.id }, { cookie: anna })).body),
    ).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lists open must-reads by due date, those without one last', async () => {
    const later = await publish({ title: 'Due later', mustRead: true, mustReadDue: '2031-06-01' });
    const sooner = await publish({ title: 'Due sooner', mustRead: true, mustReadDue: '2029-06-01' });
    const undated = await publish({ title: 'No due date', mustRead: true });
    const ids = (await mine(bo)).map((m: { id: string }) => m.id);
    expect(ids).toEqual([sooner, later, undated]);
    await t.gql(ACK, { id: sooner }, { cookie: bo });
    const all = (await mine(bo, true)).map((m: { id: string }) => m.id);
    expect(all).toEqual([later, undated, sooner]);
  });

  it('an editor requires acknowledgement again: everyone is pending until they acknowledge the new version', async () => {
    const article = await publish({
      title: 'Changed policy',
      mustRead: true,
      audience: { orgUnitIds: [units[DEMO_UNITS.caseHandling]], locationIds: [] },
    });
    await t.gql(ACK, { id: article }, { cookie: anna });
    expect(errorOf((await t.gql(AGAIN, { id: article }, { cookie: anna })).body)).toMatchObject({
      code: 'FORBIDDEN',
    });

    const again = await t.gql(AGAIN, { id: article }, { cookie: erik });
    expect(again.body.errors).toBeUndefined();
    expect(again.body.data.requireAcknowledgementAgain).toMatchObject({ id: article, ackVersion: 2 });
    const [audit] = await t.dataSource.query(
      `SELECT action, details FROM audit_entry WHERE target_id = $1 AND action = 'article.require_acknowledgement'`,
      [article],
    );
    expect(audit.details).toEqual({ from: 1, to: 2 });

    expect((await t.gql(ARTICLE, { id: article }, { cookie: anna })).body.data.article).toMatchObject({
      ackVersion: 2,
      acknowledged: false,
    });
    expect((await mine(anna)).map((m) => m.id)).toContain(article);
    expect((await t.gql(ACK, { id: article }, { cookie: anna })).body.data.acknowledgeArticle).toEqual({
      id: article,
      ackVersion: 2,
      acknowledged: true,
    });
    expect(await acks(article)).toHaveLength(2);

    const plain = await publish({ title: 'Not a must-read either' });
    expect(errorOf((await t.gql(AGAIN, { id: plain }, { cookie: erik })).body)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NOT_MUST_READ',
    });
    expect(
      (await t.dataSource.query(`SELECT ack_version FROM article WHERE id = $1`, [plain]))[0].ack_version,
    ).toBe(1);
  });

  it('reports acknowledged and pending among active audience members, per org unit', async () => {
    const article = await publish({
      title: 'Report me',
      mustRead: true,
      audience: { orgUnitIds: [units[DEMO_UNITS.caseHandling]], locationIds: [] },
    });
    const members = await caseHandlingPeople();
    expect(members.length).toBeGreaterThan(3);
    await t.gql(ACK, { id: article }, { cookie: anna });
    // Someone in a unit below the department acknowledges too; someone else leaves (deactivated: not counted).
    const below = members.find((m) => m.org_unit_id === units[DEMO_UNITS.caseNorth])!;
    await t.gql(ACK, { id: article }, { cookie: await t.login(below.email, DEMO_PASSWORD) });
    const leaver = members.find((m) => m.org_unit_id === units[DEMO_UNITS.caseSouth])!;
    await t.dataSource.query(`UPDATE person SET deactivated_at = now() WHERE id = $1`, [leaver.id]);
    try {
      const res = await t.gql(REPORT, { id: article }, { cookie: erik });
      expect(res.body.errors).toBeUndefined();
      const report = res.body.data.mustReadReport;
      expect(report).toMatchObject({
        version: 1,
        acknowledged: 2,
        pending: members.length - 1 - 2,
        csvUrl: `/api/articles/${article}/acknowledgements.csv`,
      });
      const byUnit = Object.fromEntries(
        report.byOrgUnit.map((r: { orgUnit: { id: string }; acknowledged: number; pending: number }) => [
          r.orgUnit.id,
          r,
        ]),
      );
      const expectedUnits = new Set(members.filter((m) => m.id !== leaver.id).map((m) => m.org_unit_id));
      expect(new Set(Object.keys(byUnit))).toEqual(expectedUnits);
      expect(byUnit[units[DEMO_UNITS.caseHandling]].acknowledged).toBe(1);
      expect(byUnit[units[DEMO_UNITS.caseNorth]].acknowledged).toBe(1);
      for (const unit of expectedUnits) {
        const inUnit = members.filter((m) => m.org_unit_id === unit && m.id !== leaver.id).length;
        expect(byUnit[unit].acknowledged + byUnit[unit].pending).toBe(inUnit);
      }
    } finally {
      await t.dataSource.query(`UPDATE person SET deactivated_at = NULL WHERE id = $1`, [leaver.id]);
    }

    expect(errorOf((await t.gql(REPORT, { id: article }, { cookie: anna })).body)).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(errorOf((await t.gql(REPORT, { id: article }, { cookie: bo })).body)).toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('exports the acknowledgements as CSV for editors, escaped for spreadsheets', async () => {
    const article = await publish({
      title: 'Export me',
      mustRead: true,
      audience: { orgUnitIds: [units[DEMO_UNITS.guidance]], locationIds: [] },
    });
    // A name a spreadsheet would run as a formula, with a quote and a comma in it.
    await t.dataSource.query(
      `INSERT INTO person (email, display_name, org_unit_id, role, language) VALUES ('formula@demo.commons', '=HYPERLINK("http://x","a, b")', $1, 'EMPLOYEE', 'sv')`,
      [units[DEMO_UNITS.guidance]],
    );
    const members: { email: string }[] = await t.dataSource.query(
      `SELECT email FROM person WHERE org_unit_id = $1 AND deactivated_at IS NULL`,
      [units[DEMO_UNITS.guidance]],
    );
    const someone = members.find((m) => m.email !== 'formula@demo.commons')!;
    await t.gql(ACK, { id: article }, { cookie: await t.login(someone.email, DEMO_PASSWORD) });

    const url = `/api/articles/${article}/acknowledgements.csv`;
    const res = await t
      .http()
      .get(url)
      .set('Cookie', erik)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="acknowledgements-${article}-v1.csv"; filename*=UTF-8''acknowledgements-${article}-v1.csv`,
    );
    const text = res.body as string;
    expect(
      text.startsWith(
        '\uFEFF"Name / Namn","E-mail / E-post","Org unit / Enhet","Acknowledged at / Kvitterad","Version"\r\n',
      ),
    ).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + members.length);
    expect(lines).toContain(
      `"'=HYPERLINK(""http://x"",""a, b"")","formula@demo.commons","${DEMO_UNITS.guidance}",,1`,
    );
    const acked = lines.find((l) => l.includes(`"${someone.email}"`))!;
    expect(acked).toMatch(new RegExp(`,"${DEMO_UNITS.guidance}","\\d{4}-\\d{2}-\\d{2}T[^"]+Z",1$`));

    expect((await t.http().get(url).set('Cookie', anna)).status).toBe(404); // not in the audience: no hint it exists
    const guide = members.find((m) => m.email !== 'formula@demo.commons' && m.email !== someone.email)!.email;
    const employeeInAudience = await t
      .http()
      .get(url)
      .set('Cookie', await t.login(guide, DEMO_PASSWORD));
    expect(employeeInAudience.status).toBe(403);
    expect(employeeInAudience.body).toMatchObject({ code: 'FORBIDDEN' });
    const noSession = await t.http().get(url);
    expect(noSession.status).toBe(401);
    expect(noSession.body).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(
      (
        await t
          .http()
          .get(`/api/articles/00000000-0000-0000-0000-000000000000/acknowledgements.csv`)
          .set('Cookie', erik)
      ).status,
    ).toBe(404);
  });
});
