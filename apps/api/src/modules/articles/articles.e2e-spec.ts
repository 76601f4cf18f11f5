import { Client } from 'pg';
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
    // The scheduler is off here (its own spec covers it): its ticks would add to the statement counts.
    t = await createTestApp({ seed: true, env: { ARTICLE_SCHEDULER_INTERVAL_MS: '0' } });
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
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params))[0]
      .n as number;

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
      const draft = await create(anna, {
        title: 'Förslag: ny fikarutin',
        summary: 'Kort',
        bodyHtml: '<p>Vi föreslår fika varje fredag.</p>',
      });
      expect(draft).toMatchObject({
        status: 'DRAFT',
        revision: 1,
        viewerCanEdit: true,
        viewerCanPublish: false,
        author: { displayName: 'Anna Lindqvist' },
      });

      const submitted = await t.gql(SUBMIT, { id: draft.id }, { cookie: anna });
      expect(submitted.body.data.submitArticle.status).toBe('IN_REVIEW');

      const before = await t.dataSource.query(`SELECT * FROM article WHERE id = $1`, [draft.id]);
      const audits = await count('audit_entry');
      for (const [query, variables] of [
        [PUBLISH, { id: draft.id }],
        [ARCHIVE, { id: draft.id }],
        [RETURN, { id: draft.id, comment: 'Själv' }],
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

      const returned = await t.gql(
        RETURN,
        { id: draft.id, comment: 'Lägg till vilken tid.' },
        { cookie: erik },
      );
      expect(returned.body.data.returnArticle).toMatchObject({
        status: 'DRAFT',
        reviewComment: 'Lägg till vilken tid.',
      });
      await t.gql(SUBMIT, { id: draft.id }, { cookie: anna });

      const pub = await t.gql(PUBLISH, { id: draft.id }, { cookie: erik });
      expect(pub.body.data.publishArticle.status).toBe('PUBLISHED');
      expect(await sees(bo, draft.id)).toBe(true);

      const actions: { action: string }[] = await t.dataSource.query(
        `SELECT action FROM audit_entry WHERE target_id = $1 ORDER BY id`,
        [draft.id],
      );
      expect(actions.map((a) => a.action)).toEqual([
        'article.create',
        'article.submit',
        'article.return',
        'article.submit',
        'article.publish',
      ]);

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
      const articles = await count('article');
      const res = await t.gql(CREATE, { input: { title: 'Måste läsas', mustRead: true } }, { cookie: anna });
      expect(errorOf(res.body)).toMatchObject({
        code: 'FORBIDDEN',
        field: 'mustRead',
        reason: 'EDITOR_ONLY',
      });
      expect(await count('article')).toBe(articles);
      // A whole form sent back with the editor-only fields unchanged is fine (autosave).
      const form = {
        title: 'Hela formuläret',
        mustRead: false,
        pinnedUntil: null,
        expireAt: null,
        reviewBy: null,
        mustReadDue: null,
      };
      const whole = await create(anna, form);
      expect(
        (await t.gql(UPDATE, { id: whole.id, input: { ...form, summary: 'Ändrad' } }, { cookie: anna })).body
          .errors,
      ).toBeUndefined();
      const pin = await t.gql(
        UPDATE,
        { id: whole.id, input: { ...form, pinnedUntil: new Date(Date.now() + 86_400_000).toISOString() } },
        { cookie: anna },
      );
      expect(errorOf(pin.body)).toMatchObject({ code: 'FORBIDDEN', field: 'pinnedUntil' });
      expect(
        (await t.dataSource.query(`SELECT pinned_until, revision FROM article WHERE id = $1`, [whole.id]))[0],
      ).toEqual({ pinned_until: null, revision: 2 });

      const { id } = await create(anna, { title: 'Så fördelas budgeten', format: 'INFOGRAPHIC' });
      const submit = await t.gql(SUBMIT, { id }, { cookie: anna });
      expect(errorOf(submit.body)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'textAlternative',
        reason: 'REQUIRED',
      });
      expect((await t.dataSource.query(`SELECT status FROM article WHERE id = $1`, [id]))[0].status).toBe(
        'DRAFT',
      );
      await t.gql(
        UPDATE,
        { id, input: { textAlternative: 'Hälften går till löner, en fjärdedel till lokaler.' } },
        { cookie: anna },
      );
      expect((await t.gql(SUBMIT, { id }, { cookie: anna })).body.data.submitArticle.status).toBe(
        'IN_REVIEW',
      );
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
      expect(article.audience).toEqual({
        everyone: false,
        orgUnits: [{ id: units[DEMO_UNITS.caseHandling], name: DEMO_UNITS.caseHandling }],
        locations: [],
      });
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
      const both = await published({
        audience: { orgUnitIds: [units[DEMO_UNITS.it]], locationIds: [stockholm] },
      });
      expect(await sees(bo, both)).toBe(false);
      expect(await sees(anna, both)).toBe(false);
      expect(await sees(await t.login(DEMO_ACCOUNTS.admin, DEMO_PASSWORD), both)).toBe(true);
      const daniel = await t.login('daniel.persson@demo.commons', DEMO_PASSWORD); // Drift (under IT), Stockholm
      expect(await sees(daniel, both)).toBe(true);
    });

    it('refuses an unknown org unit or location with a clear error and writes nothing', async () => {
      const before = [
        await count('article'),
        await count('content_item'),
        await count('article_revision'),
        await count('audit_entry'),
      ];
      const unknownUnit = await t.gql(
        CREATE,
        { input: { title: 'X', audience: { orgUnitIds: ['7d3c1c35-0000-4000-8000-000000000000'] } } },
        { cookie: erik },
      );
      expect(errorOf(unknownUnit.body)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'audience',
        reason: 'UNKNOWN_ORG_UNIT',
      });
      const unknownLocation = await t.gql(
        CREATE,
        { input: { title: 'X', audience: { locationIds: ['not-an-id'] } } },
        { cookie: erik },
      );
      expect(errorOf(unknownLocation.body)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'audience',
        reason: 'UNKNOWN_LOCATION',
      });
      const after = [
        await count('article'),
        await count('content_item'),
        await count('article_revision'),
        await count('audit_entry'),
      ];
      expect(after).toEqual(before);
    });

    it('counts the people an audience reaches', async () => {
      const reach = `query R($a: AudienceInput!) { audienceReach(audience: $a) }`;
      const res = await t.gql(
        reach,
        { a: { orgUnitIds: [units[DEMO_UNITS.caseHandling]] } },
        { cookie: erik },
      );
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM person p JOIN org_unit o ON o.id = p.org_unit_id
          WHERE p.deactivated_at IS NULL AND (o.id = $1 OR o.parent_id = $1)`,
        [units[DEMO_UNITS.caseHandling]],
      );
      expect(res.body.data.audienceReach).toBe(n);
      expect(n).toBeGreaterThan(10);
      expect(errorOf((await t.gql(reach, { a: { orgUnitIds: [] } }, { cookie: anna })).body)?.code).toBe(
        'FORBIDDEN',
      );
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
      expect(
        (await t.dataSource.query(`SELECT title, revision FROM article WHERE id = $1`, [id]))[0],
      ).toEqual({ title: 'Kort', revision: 1 });
    });

    it('a publish time in the past: IN_PAST, still a draft', async () => {
      const { id } = await create(erik, { title: 'För sent' });
      const audits = await count('audit_entry');
      const res = await t.gql(
        PUBLISH,
        { id, publishAt: new Date(Date.now() - 3_600_000).toISOString() },
        { cookie: erik },
      );
      expect(errorOf(res.body)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'publishAt',
        reason: 'IN_PAST',
      });
      expect(
        (await t.dataSource.query(`SELECT status, publish_at FROM article WHERE id = $1`, [id]))[0],
      ).toEqual({ status: 'DRAFT', publish_at: null });
      expect(await count('audit_entry')).toBe(audits);
    });

    it('a cover without alt text is refused', async () => {
      const [media] = await t.dataSource.query(
        `INSERT INTO media (owner_id, kind, content_type, byte_size, width, height, storage_key)
         SELECT id, 'IMAGE', 'image/webp', 100, 10, 10, 'test/cover' FROM person WHERE email = $1 RETURNING id`,
        [DEMO_ACCOUNTS.editor],
      );
      const res = await t.gql(CREATE, { input: { title: 'Bild', coverMediaId: media.id } }, { cookie: erik });
      expect(errorOf(res.body)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'coverAlt',
        reason: 'REQUIRED',
      });
      const ok = await t.gql(
        CREATE,
        { input: { title: 'Bild', coverMediaId: media.id, coverAlt: 'Solnedgång över Sundsvall' } },
        { cookie: erik },
      );
      expect(ok.body.errors).toBeUndefined();
    });
  });

  describe('formats and media', () => {
    const media = async (kind: 'IMAGE' | 'CAPTIONS', key: string): Promise<string> =>
      (
        await t.dataSource.query(
          `INSERT INTO media (owner_id, kind, content_type, byte_size, storage_key)
           SELECT id, $2, $3, 100, $4 FROM person WHERE email = $1 RETURNING id`,
          [DEMO_ACCOUNTS.editor, kind, kind === 'IMAGE' ? 'image/webp' : 'text/vtt', key],
        )
      )[0].id;

    it('a video from an allow-listed player with a captions file; other hosts and schemes refused', async () => {
      const captions = await media('CAPTIONS', 'test/captions.vtt');
      const image = await media('IMAGE', 'test/not-captions.webp');
      const ok = await t.gql(
        CREATE,
        {
          input: {
            title: 'Film',
            format: 'VIDEO',
            videoUrl: 'https://player.vimeo.com/video/76979871',
            captionsMediaId: captions,
          },
        },
        { cookie: erik },
      );
      expect(ok.body.errors).toBeUndefined();
      const before = await count('article');
      for (const [videoUrl, reason] of [
        ['https://evil.example/video.mp4', 'UNSUPPORTED_HOST'],
        ['http://player.vimeo.com/video/1', 'UNSUPPORTED_HOST'],
        ['javascript:alert(1)', 'UNSUPPORTED_HOST'],
        ['not a url', 'INVALID_URL'],
      ]) {
        const res = await t.gql(
          CREATE,
          { input: { title: 'Film', format: 'VIDEO', videoUrl } },
          { cookie: erik },
        );
        expect({ videoUrl, error: errorOf(res.body) }).toMatchObject({
          videoUrl,
          error: { code: 'BAD_USER_INPUT', field: 'videoUrl', reason },
        });
      }
      const wrongKind = await t.gql(
        CREATE,
        { input: { title: 'Film', captionsMediaId: image } },
        { cookie: erik },
      );
      expect(errorOf(wrongKind.body)).toMatchObject({ field: 'captionsMediaId', reason: 'UNKNOWN_MEDIA' });
      expect(await count('article')).toBe(before);
    });

    it('a gallery keeps its images in order, each with alt text; an image without alt is refused', async () => {
      const [a, b] = [await media('IMAGE', 'test/g1.webp'), await media('IMAGE', 'test/g2.webp')];
      const { id } = await create(erik, {
        title: 'Bilder',
        format: 'GALLERY',
        gallery: [
          { mediaId: b, alt: 'Andra' },
          { mediaId: a, alt: 'Första' },
        ],
      });
      expect(
        await t.dataSource.query(
          `SELECT position, media_id, alt FROM article_gallery_image WHERE article_id = $1 ORDER BY position`,
          [id],
        ),
      ).toEqual([
        { position: 0, media_id: b, alt: 'Andra' },
        { position: 1, media_id: a, alt: 'Första' },
      ]);
      const noAlt = await t.gql(
        UPDATE,
        { id, input: { gallery: [{ mediaId: a, alt: '  ' }] } },
        { cookie: erik },
      );
      expect(errorOf(noAlt.body)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'alt', reason: 'REQUIRED' });
      expect(await count('article_gallery_image', 'article_id = $1', [id])).toBe(2);
    });
  });

  describe('revisions and readability', () => {
    it('records a revision per save that changes something, with the changed fields and the score', async () => {
      const { id } = await create(erik, {
        title: 'Ny växel',
        bodyHtml: '<p>Vi byter telefonväxel i maj.</p>',
      });
      const same = await t.gql(UPDATE, { id, input: { title: 'Ny växel' } }, { cookie: erik });
      expect(same.body.data.updateArticle.revision).toBe(1);
      const changed = await t.gql(
        UPDATE,
        {
          id,
          input: {
            title: 'Ny telefonväxel',
            bodyHtml:
              '<h2>Ny telefonväxel</h2><p>Bytet sker i maj. Alla medarbetare får nya telefonnummer.</p>',
          },
        },
        { cookie: erik },
      );
      expect(changed.body.errors).toBeUndefined();
      expect(changed.body.data.updateArticle.revision).toBe(2);

      const article = (await t.gql(ARTICLE, { id }, { cookie: erik })).body.data.article;
      expect(
        article.revisions.map((r: { revision: number; changedFields: string[] }) => [
          r.revision,
          r.changedFields,
        ]),
      ).toEqual([
        [2, ['title', 'bodyHtml']],
        [1, ['title', 'bodyHtml']],
      ]);
      // By hand: 3 sentences (the heading is one), 11 words, 3 longer than six letters
      // (telefonväxel, medarbetare, telefonnummer): LIX = 11/3 + 100·3/11 = 30.94 → 30.9, EASY (30–40).
      expect(article.readability).toMatchObject({
        scale: 'LIX',
        score: 30.9,
        band: 'EASY',
        readingTimeMinutes: 1,
      });
      expect(article.revisions[0].readabilityScore).toBe(30.9);
      expect(article.revisions[1].readabilityScore).not.toBe(30.9);
      const [row] = await t.dataSource.query(`SELECT readability_score FROM article WHERE id = $1`, [id]);
      expect(row.readability_score).toBeCloseTo(30.9, 4);
      // Switching the language rescoring with Flesch: "The cat sat on the mat." is 6 words, 1 sentence,
      // 6 syllables: 206.835 − 1.015·6 − 84.6·6/6 = 116.145 → 116.1.
      const en = await t.gql(
        UPDATE,
        { id, input: { language: 'EN', bodyHtml: '<p>The cat sat on the mat.</p>' } },
        { cookie: erik },
      );
      expect(en.body.data.updateArticle.readability).toMatchObject({
        scale: 'FLESCH',
        score: 116.1,
        band: 'VERY_EASY',
      });
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
      const [{ body_html: body }] = await t.dataSource.query(`SELECT body_html FROM article WHERE id = $1`, [
        id,
      ]);
      expect(body).not.toMatch(/script|onclick|onmouseover|onerror|javascript:|data:|evil\.example|style=/i);
      expect(body).toContain('<h2>Rubrik</h2>');
      expect(body).toContain(
        '<a href="https://example.org" target="_blank" rel="noopener noreferrer">extern</a>',
      );
      expect(body).toContain(
        '<iframe src="https://www.youtube-nocookie.com/embed/abc" title="Film"></iframe>',
      );
      expect(body).toContain('<img src="/media/ab/cd.webp" alt="Bild" />');
    });

    it('lets pages frame exactly the video players the sanitiser allows (CSP frame-src)', async () => {
      const csp: string = (await t.http().get('/healthz')).headers['content-security-policy'];
      const frameSrc = csp
        .split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith('frame-src'));
      expect(frameSrc).toBe(
        "frame-src 'self' https://www.youtube-nocookie.com https://youtube-nocookie.com https://player.vimeo.com",
      );
    });
  });
  describe('autosave, topics, translations and the studio', () => {
    it('an update that changes nothing writes nothing: no revision, no audit entry, same updatedAt', async () => {
      const { id } = await create(erik, { title: 'Oförändrad', summary: 'S', bodyHtml: '<p>Samma.</p>' });
      const before = await t.dataSource.query(`SELECT * FROM article WHERE id = $1`, [id]);
      const audits = await count('audit_entry');
      const revisions = await count('article_revision', 'article_id = $1', [id]);
      const res = await t.gql(
        UPDATE,
        {
          id,
          input: {
            title: '  Oförändrad ',
            summary: 'S',
            bodyHtml: '<p>Samma.</p>',
            topicIds: [],
            audience: { orgUnitIds: [], locationIds: [] },
          },
        },
        { cookie: erik },
      );
      expect(res.body.errors).toBeUndefined();
      expect(await t.dataSource.query(`SELECT * FROM article WHERE id = $1`, [id])).toEqual(before);
      expect(await count('audit_entry')).toBe(audits);
      expect(await count('article_revision', 'article_id = $1', [id])).toBe(revisions);
    });

    it('creates topics (editors), lists them, finds one by slug, and files articles under them', async () => {
      const CREATE_TOPIC = `mutation T($input: CreateTopicInput!) { createTopic(input: $input) { id slug name nameSv nameEn } }`;
      const denied = await t.gql(
        CREATE_TOPIC,
        { input: { nameSv: 'Fika', nameEn: 'Coffee' } },
        { cookie: anna },
      );
      expect(errorOf(denied.body)?.code).toBe('FORBIDDEN');
      const made = await t.gql(
        CREATE_TOPIC,
        { input: { nameSv: 'Hållbarhet & miljö', nameEn: 'Sustainability' } },
        { cookie: erik },
      );
      expect(made.body.data.createTopic).toMatchObject({
        slug: 'hallbarhet-miljo',
        name: 'Hållbarhet & miljö',
      });
      const again = await t.gql(
        CREATE_TOPIC,
        { input: { nameSv: 'Hållbarhet och miljö', nameEn: 'X', slug: 'hallbarhet-miljo' } },
        { cookie: erik },
      );
      expect(errorOf(again.body)).toMatchObject({ code: 'CONFLICT', field: 'slug', reason: 'TAKEN' });
      const badSlug = await t.gql(
        CREATE_TOPIC,
        { input: { nameSv: 'A', nameEn: 'A', slug: 'Not a slug' } },
        { cookie: erik },
      );
      expect(errorOf(badSlug.body)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'slug' });

      // Anna reads in English: names follow the viewer's language.
      const bySlug = await t.gql(
        `query { topic(slug: "hallbarhet-miljo") { id name } }`,
        {},
        { cookie: anna },
      );
      expect(bySlug.body.data.topic.name).toBe('Sustainability');
      expect(
        errorOf((await t.gql(`query { topic(slug: "finns-inte") { id } }`, {}, { cookie: anna })).body)?.code,
      ).toBe('NOT_FOUND');
      const all = await t.gql(`query { topics { slug } }`, {}, { cookie: anna });
      expect(all.body.data.topics.map((x: { slug: string }) => x.slug)).toContain('hallbarhet-miljo');

      const topicId = made.body.data.createTopic.id;
      const article = await create(erik, { title: 'Cyklar', topicIds: [topicId, topicId] });
      expect(article.topics).toEqual([{ id: topicId, slug: 'hallbarhet-miljo', name: 'Hållbarhet & miljö' }]);
      const unknown = await t.gql(
        UPDATE,
        { id: article.id, input: { topicIds: ['1d3c1c35-0000-4000-8000-000000000000'] } },
        { cookie: erik },
      );
      expect(errorOf(unknown.body)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'topicIds',
        reason: 'UNKNOWN_TOPIC',
      });
      expect(await count('article_topic', 'article_id = $1', [article.id])).toBe(1);
    });

    it('links language versions; translations shows only the versions the viewer may see', async () => {
      const sv = await published({ title: 'Ny policy', language: 'SV' });
      const en = await create(erik, { title: 'New policy', language: 'EN', translationOfId: sv });
      const TRANSLATIONS = `query Q($id: ID!) { article(id: $id) { translations { id language } } }`;
      // The English version is still a draft: only editors (and its author) see it.
      expect((await t.gql(TRANSLATIONS, { id: sv }, { cookie: bo })).body.data.article.translations).toEqual(
        [],
      );
      expect(
        (await t.gql(TRANSLATIONS, { id: sv }, { cookie: erik })).body.data.article.translations,
      ).toEqual([{ id: en.id, language: 'EN' }]);
      await t.gql(PUBLISH, { id: en.id }, { cookie: erik });
      expect((await t.gql(TRANSLATIONS, { id: sv }, { cookie: bo })).body.data.article.translations).toEqual([
        { id: en.id, language: 'EN' },
      ]);
      expect(
        (await t.gql(TRANSLATIONS, { id: en.id }, { cookie: bo })).body.data.article.translations,
      ).toEqual([{ id: sv, language: 'SV' }]);
      const hidden = await create(anna, { title: 'Anna utkast' });
      // An article the writer cannot see cannot be named as the original (its existence does not leak either).
      const own = await create(bo, { title: 'Bos översättning' });
      const refused = await t.gql(
        UPDATE,
        { id: own.id, input: { translationOfId: hidden.id } },
        { cookie: bo },
      );
      expect(errorOf(refused.body)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'translationOfId',
        reason: 'UNKNOWN_ARTICLE',
      });
      // Published, but not his: he may read it, not edit it.
      expect(
        errorOf((await t.gql(UPDATE, { id: en.id, input: { title: 'Bo was here' } }, { cookie: bo })).body)
          ?.code,
      ).toBe('FORBIDDEN');
    });

    it("lists the studio: editors see everyone's, employees their own; by status, due for review, paged without gaps", async () => {
      const STUDIO = `query S($status: ArticleStatus, $due: Boolean, $first: Int, $after: String) {
        studioArticles(status: $status, dueForReview: $due, first: $first, after: $after) { edges { cursor node { id status author { id } } } pageInfo { hasNextPage endCursor } } }`;
      const mine = (await t.gql(STUDIO, { first: 100 }, { cookie: anna })).body.data.studioArticles.edges;
      const [{ id: annaId }] = await t.dataSource.query(`SELECT id FROM person WHERE email = $1`, [
        DEMO_ACCOUNTS.employee,
      ]);
      expect(mine.length).toBeGreaterThan(0);
      expect(mine.every((e: { node: { author: { id: string } } }) => e.node.author.id === annaId)).toBe(true);

      const expected: { id: string }[] = await t.dataSource.query(
        `SELECT id FROM article ORDER BY updated_at DESC, id DESC`,
      );
      const seen: string[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 50; guard++) {
        const page: {
          edges: { node: { id: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        } = (await t.gql(STUDIO, { first: 7, after }, { cookie: erik })).body.data.studioArticles;
        seen.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual(expected.map((r) => r.id));

      const inReview = (await t.gql(STUDIO, { status: 'IN_REVIEW', first: 100 }, { cookie: erik })).body.data
        .studioArticles.edges;
      expect(inReview.length).toBeGreaterThan(0);
      expect(inReview.every((e: { node: { status: string } }) => e.node.status === 'IN_REVIEW')).toBe(true);

      const due = await published({ title: 'Granskas snart' });
      await t.gql(UPDATE, { id: due, input: { reviewBy: '2020-01-01' } }, { cookie: erik });
      const dueList = (await t.gql(STUDIO, { due: true, first: 100 }, { cookie: erik })).body.data
        .studioArticles.edges;
      expect(dueList.map((e: { node: { id: string } }) => e.node.id)).toEqual([due]);
      expect(errorOf((await t.gql(STUDIO, { after: 'bogus' }, { cookie: erik })).body)).toMatchObject({
        field: 'after',
        reason: 'INVALID_CURSOR',
      });
    });

    it('refuses an expiry in the past and a review date that is not a date', async () => {
      const { id } = await create(erik, { title: 'Utgår' });
      const past = await t.gql(
        UPDATE,
        { id, input: { expireAt: new Date(Date.now() - 1000).toISOString() } },
        { cookie: erik },
      );
      expect(errorOf(past.body)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'expireAt',
        reason: 'IN_PAST',
      });
      const notADate = await t.gql(UPDATE, { id, input: { reviewBy: '2026-02-30' } }, { cookie: erik });
      expect(errorOf(notADate.body)?.code).toBe('BAD_USER_INPUT');
      expect(
        (
          await t.dataSource.query(`SELECT revision, expire_at, review_by FROM article WHERE id = $1`, [id])
        )[0],
      ).toEqual({ revision: 1, expire_at: null, review_by: null });
    });
  });
  describe('cost', () => {
    it('a studio page with every core field costs the same number of SQL statements for 10 articles and for 30', async () => {
      const STUDIO = `query S($first: Int) { studioArticles(first: $first) { edges { node {
        id status author { displayName } topics { name } audience { everyone orgUnits { name } locations { name } }
        translations { id } revisions { revision editor { displayName } } readability { score warnings { code } } readingTimeMinutes
        pinned viewerCanEdit viewerCanPublish } } } }`;
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
          const res = await t.gql(STUDIO, { first }, { cookie: erik });
          expect(res.body.errors).toBeUndefined();
          expect(res.body.data.studioArticles.edges).toHaveLength(first);
        } finally {
          spy.mockRestore();
        }
        return n;
      };
      // The newest articles (the first page) have an audience, so both pages load units and locations.
      for (let i = Math.min(await count('article'), 20); i < 32; i++) {
        await create(erik, {
          title: `Fyllnad ${i}`,
          audience: {
            orgUnitIds: [units[DEMO_UNITS.it]],
            locationIds: [locations[DEMO_LOCATIONS.sundsvall.name]],
          },
        });
      }
      await statements(10); // warm-up
      const ten = await statements(10);
      const thirty = await statements(30);
      expect(thirty).toBe(ten);
      // session, page, the viewer's units, people, topics, unit paths, locations, translation groups, revisions, readability
      expect(ten).toBe(10);
    });
  });
});
