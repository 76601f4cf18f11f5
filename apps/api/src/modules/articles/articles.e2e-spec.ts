import { DEMO_ACCOUNTS, DEMO_LOCATIONS, DEMO_PASSWORD, DEMO_UNITS } from '../../database/seed/demo-seed';
import { createTestApp, TestApp } from '../../test-support/test-app';

const FIELDS = `id status title summary bodyHtml format language revision publishAt publishedAt expireAt pinned mustRead reviewComment
  author { id displayName } topics { id slug name } audience { everyone orgUnits { id name } locations { id name } }
  readability { scale score band readingTimeMinutes warnings { code } } viewerCanEdit viewerCanPublish`;
const CREATE = `mutation C($input: ArticleInput!) { createArticle(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation U($id: ID!, $input: ArticleInput!) { updateArticle(id: $id, input: $input) { ${FIELDS} } }`;
const SUBMIT = `mutation S($id: ID!) { submitArticle(id: $id) { id status } }`;
const RETURN = `mutation R($id: ID!, $comment: String!) { returnArticle(id: $id, comment: $comment) { id status reviewComment } }`;
const PUBLISH = `mutation P($id: ID!, $publishAt: DateTime) { publishArticle(id: $id, publishAt: $publishAt) { id status publishAt publishedAt } }`;
const ARCHIVE = `mutation A($id: ID!) { archiveArticle(id: $id) { id status } }`;
const ARTICLE = `query Q($id: ID!) { article(id: $id) { ${FIELDS} revisions { revision changedFields readabilityScore editor { displayName } } } }`;

type Errors = { errors?: { extensions: Record<string, unknown> }[] };
const errorOf = (body: Errors) => body.errors?.[0]?.extensions;

describe('articles (e2e)', () => {
  let t: TestApp;
  let anna: string; // employee, case-handling department, Stockholm
  let bo: string; // employee, IT, Sundsvall
  let erik: string; // editor
  let units: Record<string, string>;
  let locations: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp({ seed: true, env: { ARTICLE_SCHEDULER_INTERVAL_MS: '200' } });
    [anna, bo, erik] = await Promise.all([
      t.login(DEMO_ACCOUNTS.employee, DEMO_PASSWORD),
      t.login(DEMO_ACCOUNTS.itEmployee, DEMO_PASSWORD),
      t.login(DEMO_ACCOUNTS.editor, DEMO_PASSWORD),
    ]);
    const u: { id: string; name: string }[] = await t.dataSource.query(`SELECT id, name FROM org_unit`);
    units = Object.fromEntries(u.map((r) => [r.name, r.id]));
    const l: { id: string; name: string }[] = await t.dataSource.query(`SELECT id, name FROM location`);
    locations = Object.fromEntries(l.map((r) => [r.name, r.id]));
  });
  afterAll(() => t?.close());

  const count = async (table: string, where = 'TRUE', params: unknown[] = []) =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params))[0].n as number;

  async function create(cookie: string, input: object): Promise<{ id: string; [k: string]: unknown }> {
    const res = await t.gql(CREATE, { input }, { cookie });
    expect(res.body.errors).toBeUndefined();
    return res.body.data.createArticle;
  }

  /** An article published by erik with the given audience. */
  async function published(input: object): Promise<string> {
    const { id } = await create(erik, { title: 'Nyhet', bodyHtml: '<p>Text.</p>', ...input });
    const res = await t.gql(PUBLISH, { id }, { cookie: erik });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.publishArticle.status).toBe('PUBLISHED');
    return id;
  }

  async function sees(cookie: string, id: string): Promise<boolean> {
    const res = await t.gql(ARTICLE, { id }, { cookie });
    if (res.body.errors) {
      expect(errorOf(res.body)?.code).toBe('NOT_FOUND');
      return false;
    }
    return res.body.data.article.id === id;
  }

  describe('lifecycle by role', () => {
    it('an employee drafts and submits; cannot publish, pin or archive; an editor publishes and archives', async () => {
      const draft = await create(anna, { title: 'Förslag: ny fikarutin', summary: 'Kort', bodyHtml: '<p>Vi föreslår fika varje fredag.</p>' });
      expect(draft).toMatchObject({ status: 'DRAFT', revision: 1, viewerCanEdit: true, viewerCanPublish: false, author: { displayName: 'Anna Lindqvist' } });

      const submitted = await t.gql(SUBMIT, { id: draft.id }, { cookie: anna });
      expect(submitted.body.data.submitArticle.status).toBe('IN_REVIEW');

      const before = await t.dataSource.query(`SELECT * FROM article WHERE id = $1`, [draft.id]);
      const audits = await count('audit_entry');
      for (const [query, variables] of [
        [PUBLISH, { id: draft.id }],
        [ARCHIVE, { id: draft.id }],
        [UPDATE, { id: draft.id, input: { pinnedUntil: new Date(Date.now() + 86_400_000).toISOString() } }],
      ] as const) {
        const res = await t.gql(query, variables, { cookie: anna });
        expect(errorOf(res.body)?.code).toBe('FORBIDDEN');
      }
      // Her own article, now in review, is no longer hers to edit.
      const edit = await t.gql(UPDATE, { id: draft.id, input: { title: 'Ändrad' } }, { cookie: anna });
      expect(errorOf(edit.body)?.code).toBe('FORBIDDEN');
      expect(await t.dataSource.query(`SELECT * FROM article WHERE id = $1`, [draft.id])).toEqual(before);
      expect(await count('audit_entry')).toBe(audits);

      // Published articles are not visible to their author's colleagues until published.
      expect(await sees(bo, draft.id)).toBe(false);

      const returned = await t.gql(RETURN, { id: draft.id, comment: 'Lägg till vilken tid.' }, { cookie: erik });
      expect(returned.body.data.returnArticle).toMatchObject({ status: 'DRAFT', reviewComment: 'Lägg till vilken tid.' });
      await t.gql(SUBMIT, { id: draft.id }, { cookie: anna });

      const pub = await t.gql(PUBLISH, { id: draft.id }, { cookie: erik });
      expect(pub.body.data.publishArticle.status).toBe('PUBLISHED');
      expect(await sees(bo, draft.id)).toBe(true);

      const actions: { action: string }[] = await t.dataSource.query(
        `SELECT action FROM audit_entry WHERE target_id = $1 ORDER BY id`,
        [draft.id],
      );
      expect(actions.map((a) => a.action)).toEqual(['article.create', 'article.submit', 'article.return', 'article.submit', 'article.publish']);

      const archived = await t.gql(ARCHIVE, { id: draft.id }, { cookie: erik });
      expect(archived.body.data.archiveArticle.status).toBe('ARCHIVED');
      expect(await sees(bo, draft.id)).toBe(false);
      expect(await sees(anna, draft.id)).toBe(true); // still the author's
      expect(await sees(erik, draft.id)).toBe(true);
    });

    it('refuses illegal transitions with INVALID_TRANSITION', async () => {
      const { id } = await create(erik, { title: 'Två gånger' });
      await t.gql(PUBLISH, { id }, { cookie: erik });
      const again = await t.gql(PUBLISH, { id }, { cookie: erik });
      expect(errorOf(again.body)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_TRANSITION' });
      const submit = await t.gql(SUBMIT, { id }, { cookie: erik });
      expect(errorOf(submit.body)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_TRANSITION' });
    });

    it("hides another employee's draft: NOT_FOUND, for reading and for writing", async () => {
      const { id } = await create(anna, { title: 'Min hemliga idé' });
      expect(await sees(bo, id)).toBe(false);
      const res = await t.gql(UPDATE, { id, input: { title: 'Kapad' } }, { cookie: bo });
      expect(errorOf(res.body)?.code).toBe('NOT_FOUND');
      const submit = await t.gql(SUBMIT, { id }, { cookie: bo });
      expect(errorOf(submit.body)?.code).toBe('NOT_FOUND');
      expect(await sees(erik, id)).toBe(true);
    });

    it('refuses editor-only fields from employees, and an infographic without a text alternative at submit', async () => {
      const res = await t.gql(CREATE, { input: { title: 'Måste läsas', mustRead: true } }, { cookie: anna });
      expect(errorOf(res.body)).toMatchObject({ code: 'FORBIDDEN', field: 'mustRead' });

      const { id } = await create(anna, { title: 'Så fördelas budgeten', format: 'INFOGRAPHIC' });
      const submit = await t.gql(SUBMIT, { id }, { cookie: anna });
      expect(errorOf(submit.body)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'textAlternative', reason: 'REQUIRED' });
      expect((await t.dataSource.query(`SELECT status FROM article WHERE id = $1`, [id]))[0].status).toBe('DRAFT');
      await t.gql(UPDATE, { id, input: { textAlternative: 'Hälften går till löner, en fjärdedel till lokaler.' } }, { cookie: anna });
      expect((await t.gql(SUBMIT, { id }, { cookie: anna })).body.data.submitArticle.status).toBe('IN_REVIEW');
    });
  });

  describe('audiences', () => {
    it("reaches anna's department (and its sub-units), not bo: NOT_FOUND on the direct link", async () => {
      const id = await published({ audience: { orgUnitIds: [units[DEMO_UNITS.caseHandling]] } });
      expect(await sees(anna, id)).toBe(true);
      expect(await sees(bo, id)).toBe(false);
      // Maria is in Ärendeenhet Norr, under the case-handling department.
      const maria = await t.login('maria.isaksson@demo.commons', DEMO_PASSWORD);
      expect(await sees(maria, id)).toBe(true);
      const article = (await t.gql(ARTICLE, { id }, { cookie: anna })).body.data.article;
      expect(article.audience).toEqual({ everyone: false, orgUnits: [{ id: units[DEMO_UNITS.caseHandling], name: DEMO_UNITS.caseHandling }], locations: [] });
    });

    it('a sub-unit audience does not reach the department above it', async () => {
      const id = await published({ audience: { orgUnitIds: [units[DEMO_UNITS.caseNorth]] } });
      expect(await sees(anna, id)).toBe(false); // anna sits in the department itself
      expect(await sees(await t.login('maria.isaksson@demo.commons', DEMO_PASSWORD), id)).toBe(true);
    });

    it('targets a location, and a unit AND a location together', async () => {
      const sundsvall = locations[DEMO_LOCATIONS.sundsvall.name];
      const byLocation = await published({ audience: { locationIds: [sundsvall] } });
      expect(await sees(bo, byLocation)).toBe(true);
      expect(await sees(anna, byLocation)).toBe(false);

      // IT in Stockholm: bo (IT, Sundsvall) is not reached, ada (IT, Stockholm) is.
      const stockholm = locations[DEMO_LOCATIONS.stockholm.name];
      const both = await published({ audience: { orgUnitIds: [units[DEMO_UNITS.it]], locationIds: [stockholm] } });
      expect(await sees(bo, both)).toBe(false);
      expect(await sees(anna, both)).toBe(false);
      expect(await sees(await t.login(DEMO_ACCOUNTS.admin, DEMO_PASSWORD), both)).toBe(true);
      const daniel = await t.login('daniel.persson@demo.commons', DEMO_PASSWORD); // Drift (under IT), Stockholm
      expect(await sees(daniel, both)).toBe(true);
    });

    it('refuses an unknown org unit or location with a clear error and writes nothing', async () => {
      const before = [await count('article'), await count('content_item'), await count('article_revision'), await count('audit_entry')];
      const unknownUnit = await t.gql(CREATE, { input: { title: 'X', audience: { orgUnitIds: ['7d3c1c35-0000-4000-8000-000000000000'] } } }, { cookie: erik });
      expect(errorOf(unknownUnit.body)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'audience', reason: 'UNKNOWN_ORG_UNIT' });
      const unknownLocation = await t.gql(CREATE, { input: { title: 'X', audience: { locationIds: ['not-an-id'] } } }, { cookie: erik });
      expect(errorOf(unknownLocation.body)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'audience', reason: 'UNKNOWN_LOCATION' });
      const after = [await count('article'), await count('content_item'), await count('article_revision'), await count('audit_entry')];
      expect(after).toEqual(before);
    });

    it('counts the people an audience reaches', async () => {
      const reach = `query R($a: AudienceInput!) { audienceReach(audience: $a) }`;
      const res = await t.gql(reach, { a: { orgUnitIds: [units[DEMO_UNITS.caseHandling]] } }, { cookie: erik });
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM person p JOIN org_unit o ON o.id = p.org_unit_id
          WHERE p.deactivated_at IS NULL AND (o.id = $1 OR o.parent_id = $1)`,
        [units[DEMO_UNITS.caseHandling]],
      );
      expect(res.body.data.audienceReach).toBe(n);
      expect(n).toBeGreaterThan(10);
      expect(errorOf((await t.gql(reach, { a: { orgUnitIds: [] } }, { cookie: anna })).body)?.code).toBe('FORBIDDEN');
    });
  });

  describe('bad input', () => {
    it('a title over 200 characters: TOO_LONG, nothing written', async () => {
      const before = await count('article');
      const res = await t.gql(CREATE, { input: { title: 'x'.repeat(201) } }, { cookie: erik });
      expect(errorOf(res.body)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title', reason: 'TOO_LONG' });
      expect(await count('article')).toBe(before);
      const { id } = await create(erik, { title: 'Kort' });
      const update = await t.gql(UPDATE, { id, input: { title: 'y'.repeat(201) } }, { cookie: erik });
      expect(errorOf(update.body)).toMatchObject({ field: 'title', reason: 'TOO_LONG' });
      expect((await t.dataSource.query(`SELECT title, revision FROM article WHERE id = $1`, [id]))[0]).toEqual({ title: 'Kort', revision: 1 });
    });

    it('a publish time in the past: IN_PAST, still a draft', async () => {
      const { id } = await create(erik, { title: 'För sent' });
      const audits = await count('audit_entry');
      const res = await t.gql(PUBLISH, { id, publishAt: new Date(Date.now() - 3_600_000).toISOString() }, { cookie: erik });
      expect(errorOf(res.body)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'publishAt', reason: 'IN_PAST' });
      expect((await t.dataSource.query(`SELECT status, publish_at FROM article WHERE id = $1`, [id]))[0]).toEqual({ status: 'DRAFT', publish_at: null });
      expect(await count('audit_entry')).toBe(audits);
    });

    it('a cover without alt text is refused', async () => {
      const [media] = await t.dataSource.query(
        `INSERT INTO media (owner_id, kind, content_type, byte_size, width, height, storage_key)
         SELECT id, 'IMAGE', 'image/webp', 100, 10, 10, 'test/cover' FROM person WHERE email = $1 RETURNING id`,
        [DEMO_ACCOUNTS.editor],
      );
      const res = await t.gql(CREATE, { input: { title: 'Bild', coverMediaId: media.id } }, { cookie: erik });
      expect(errorOf(res.body)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'coverAlt', reason: 'REQUIRED' });
      const ok = await t.gql(CREATE, { input: { title: 'Bild', coverMediaId: media.id, coverAlt: 'Solnedgång över Sundsvall' } }, { cookie: erik });
      expect(ok.body.errors).toBeUndefined();
    });
  });

  describe('revisions and readability', () => {
    it('records a revision per save that changes something, with the changed fields and the score', async () => {
      const { id } = await create(erik, { title: 'Ny växel', bodyHtml: '<p>Vi byter telefonväxel i maj.</p>' });
      const same = await t.gql(UPDATE, { id, input: { title: 'Ny växel' } }, { cookie: erik });
      expect(same.body.data.updateArticle.revision).toBe(1);
      const changed = await t.gql(UPDATE, { id, input: { title: 'Ny telefonväxel', bodyHtml: '<h2>Ny telefonväxel</h2><p>Bytet sker i maj. Alla medarbetare får nya telefonnummer.</p>' } }, { cookie: erik });
      expect(changed.body.errors).toBeUndefined();
      expect(changed.body.data.updateArticle.revision).toBe(2);

      const article = (await t.gql(ARTICLE, { id }, { cookie: erik })).body.data.article;
      expect(article.revisions.map((r: { revision: number; changedFields: string[] }) => [r.revision, r.changedFields])).toEqual([
        [2, ['title', 'bodyHtml']],
        [1, ['title', 'bodyHtml']],
      ]);
      // By hand: 3 sentences (the heading is one), 11 words, 3 longer than six letters
      // (telefonväxel, medarbetare, telefonnummer): LIX = 11/3 + 100·3/11 = 30.94 → 30.9, EASY (30–40).
      expect(article.readability).toMatchObject({ scale: 'LIX', score: 30.9, band: 'EASY', readingTimeMinutes: 1 });
      expect(article.revisions[0].readabilityScore).toBe(30.9);
      expect(article.revisions[1].readabilityScore).not.toBe(30.9);
      const [row] = await t.dataSource.query(`SELECT readability_score FROM article WHERE id = $1`, [id]);
      expect(row.readability_score).toBeCloseTo(30.9, 4);
      // Revisions are for the author and editors only.
      await t.gql(PUBLISH, { id }, { cookie: erik });
      expect((await t.gql(ARTICLE, { id }, { cookie: bo })).body.data.article.revisions).toEqual([]);
    });
  });

  describe('sanitising', () => {
    it('stores a clean body whatever is sent', async () => {
      const dirty =
        '<h2 onclick="steal()">Rubrik</h2><script>alert(1)</script><p style="color:red" onmouseover="x()">Hej <a href="javascript:alert(1)">här</a> ' +
        '<a href="data:text/html;base64,PHNjcmlwdD4=">data</a> <a href="https://example.org" target="_blank">extern</a></p>' +
        '<iframe src="https://evil.example/embed"></iframe><iframe src="https://www.youtube-nocookie.com/embed/abc" title="Film"></iframe>' +
        '<img src="https://evil.example/x.png" alt="x"><img src="/media/ab/cd.webp" alt="Bild" onerror="x()">';
      const { id } = await create(erik, { title: 'Smutsig', bodyHtml: dirty });
      const [{ body_html: body }] = await t.dataSource.query(`SELECT body_html FROM article WHERE id = $1`, [id]);
      expect(body).not.toMatch(/script|onclick|onmouseover|onerror|javascript:|data:|evil\.example|style=/i);
      expect(body).toContain('<h2>Rubrik</h2>');
      expect(body).toContain('<a href="https://example.org" target="_blank" rel="noopener noreferrer">extern</a>');
      expect(body).toContain('<iframe src="https://www.youtube-nocookie.com/embed/abc" title="Film"></iframe>');
      expect(body).toContain('<img src="/media/ab/cd.webp" alt="Bild" />');
    });
  });
});
