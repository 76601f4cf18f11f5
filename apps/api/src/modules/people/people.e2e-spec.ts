import { Client } from 'pg';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_UNITS } from '../../database/seed/demo-seed';
import { createTestApp, TestApp } from '../../test-support/test-app';

const PEOPLE = `query People($search: String, $orgUnitId: ID, $first: Int, $after: String, $includeInactive: Boolean) {
  people(search: $search, orgUnitId: $orgUnitId, first: $first, after: $after, includeInactive: $includeInactive) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id displayName email title active orgUnit { id name level } orgUnitPath { name level } location { name } } }
  }
}`;
const CREATE = `mutation Create($input: CreatePersonInput!) { createPerson(input: $input) { id email displayName active orgUnit { id } } }`;

interface Edge {
  cursor: string;
  node: {
    id: string;
    displayName: string;
    email: string;
    title: string | null;
    orgUnit: { id: string; name: string };
    orgUnitPath: { name: string; level: number }[];
    location: { name: string } | null;
  };
}

describe('people (e2e)', () => {
  let t: TestApp;
  let admin: string;
  let employee: string;
  let units: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp({ seed: true });
    admin = await t.login(DEMO_ACCOUNTS.admin, DEMO_PASSWORD);
    employee = await t.login(DEMO_ACCOUNTS.employee, DEMO_PASSWORD);
    const rows: { id: string; name: string }[] = await t.dataSource.query(`SELECT id, name FROM org_unit`);
    units = Object.fromEntries(rows.map((r) => [r.name, r.id]));
  });
  afterAll(() => t?.close());

  const count = async (table: string) =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
  const errorOf = (body: { errors?: { extensions: Record<string, unknown> }[] }) =>
    body.errors?.[0]?.extensions;

  async function allPages(
    first: number,
    variables: object = {},
    cookie = employee,
  ): Promise<{ edges: Edge[]; totals: number[] }> {
    const edges: Edge[] = [];
    const totals: number[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 100; guard++) {
      const res = await t.gql(PEOPLE, { ...variables, first, after }, { cookie });
      expect(res.body.errors).toBeUndefined();
      const page = res.body.data.people;
      edges.push(...page.edges);
      totals.push(page.totalCount);
      if (!page.pageInfo.hasNextPage) break;
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1).cursor);
      after = page.pageInfo.endCursor;
    }
    return { edges, totals };
  }

  describe('directory', () => {
    it('pages through everyone in (displayName, id) order with no duplicates or gaps', async () => {
      const expected: { id: string }[] = await t.dataSource.query(
        `SELECT id FROM person WHERE deactivated_at IS NULL ORDER BY display_name, id`,
      );
      expect(expected.length).toBeGreaterThanOrEqual(40);
      const { edges, totals } = await allPages(7);
      expect(edges.map((e) => e.node.id)).toEqual(expected.map((r) => r.id));
      expect(new Set(totals)).toEqual(new Set([expected.length]));
    });

    it('does not skip or repeat when someone is added between pages', async () => {
      const first = await t.gql(PEOPLE, { first: 10 }, { cookie: employee });
      const seen = first.body.data.people.edges.map((e: Edge) => e.node.id);
      // "Aaron" sorts before the cursor, "Örjan" after it: only the second belongs on later pages.
      const unit = units[DEMO_UNITS.hr];
      for (const [name, email] of [
        ['Aaron Ahl', 'aaron.ahl@demo.commons'],
        ['Örjan Öberg', 'orjan.oberg@demo.commons'],
      ]) {
        const res = await t.gql(
          CREATE,
          { input: { email, displayName: name, orgUnitId: unit, role: 'EMPLOYEE', language: 'SV' } },
          { cookie: admin },
        );
        expect(res.body.errors).toBeUndefined();
      }
      let after = first.body.data.people.pageInfo.endCursor;
      const rest: string[] = [];
      for (;;) {
        const res = await t.gql(PEOPLE, { first: 10, after }, { cookie: employee });
        rest.push(...res.body.data.people.edges.map((e: Edge) => e.node.id));
        if (!res.body.data.people.pageInfo.hasNextPage) break;
        after = res.body.data.people.pageInfo.endCursor;
      }
      const all = [...seen, ...rest];
      expect(new Set(all).size).toBe(all.length);
      const [{ id: orjan }] = await t.dataSource.query(
        `SELECT id FROM person WHERE email = 'orjan.oberg@demo.commons'`,
      );
      expect(rest).toContain(orjan);
    });

    it('lists names in Swedish alphabetical order: Å, Ä, Ö after Z, and case does not split the list', async () => {
      const unit = units[DEMO_UNITS.hr];
      const names = [
        'Örn Sortering',
        'åsa Sortering',
        'Ärla Sortering',
        'Zelda Sortering',
        'Olle Sortering',
        'anna Sortering',
        'Ada Sortering',
      ];
      for (const [i, name] of names.entries()) {
        const input = {
          email: `sortering${i}@demo.commons`,
          displayName: name,
          orgUnitId: unit,
          role: 'EMPLOYEE',
          language: 'SV',
        };
        expect((await t.gql(CREATE, { input }, { cookie: admin })).body.errors).toBeUndefined();
      }
      const { edges } = await allPages(3, { search: 'Sortering' });
      expect(edges.map((e) => e.node.displayName)).toEqual([
        'Ada Sortering',
        'anna Sortering',
        'Olle Sortering',
        'Zelda Sortering',
        'åsa Sortering',
        'Ärla Sortering',
        'Örn Sortering',
      ]);
    });

    it.each([
      ['Ekström'],
      ['bo@demo'],
      ['ekstr'],
      ['BO EK'],
      ['ekström bo'],
      ['systemförv'],
      ['Systemförvaltare'],
    ])('search %p finds bo', async (search) => {
      const { edges, totals } = await allPages(20, { search });
      expect(edges.map((e) => e.node.email)).toContain(DEMO_ACCOUNTS.itEmployee);
      expect(totals[0]).toBe(edges.length);
      if (!/^systemförv/i.test(search)) expect(edges.length).toBeLessThan(5);
    });

    it('needs every word of a search to match', async () => {
      const { edges } = await allPages(20, { search: 'anna handläggare' });
      expect(edges.map((e) => e.node.email)).toEqual([DEMO_ACCOUNTS.employee]);
      expect((await allPages(20, { search: 'anna utvecklare' })).edges).toHaveLength(0);
    });

    it('searches names, e-mails and titles through trigram indexes', async () => {
      const plan = await t.dataSource.transaction(async (manager) => {
        await manager.query(`SET LOCAL enable_seqscan = off`);
        const rows: { 'QUERY PLAN': string }[] = await manager.query(
          `EXPLAIN SELECT id FROM person WHERE display_name ILIKE '%ekstr%' OR email ILIKE '%ekstr%' OR title ILIKE '%ekstr%'`,
        );
        return rows.map((r) => r['QUERY PLAN']).join('\n');
      });
      for (const index of ['person_display_name_trgm_idx', 'person_email_trgm_idx', 'person_title_trgm_idx'])
        expect(plan).toContain(index);
    });

    it('treats % and _ in a search as plain characters', async () => {
      const { edges } = await allPages(20, { search: '%' });
      expect(edges).toHaveLength(0);
    });

    it('filters by org unit, including the units below it, and resolves units, paths and locations', async () => {
      const { edges } = await allPages(50, { orgUnitId: units[DEMO_UNITS.it] });
      const emails = edges.map((e) => e.node.email);
      expect(emails).toEqual(
        expect.arrayContaining([
          DEMO_ACCOUNTS.itEmployee,
          DEMO_ACCOUNTS.admin,
          'henrik.blom@demo.commons',
          'jonas.mattsson@demo.commons',
        ]),
      );
      expect(emails).not.toContain(DEMO_ACCOUNTS.employee);
      const bo = edges.find((e) => e.node.email === DEMO_ACCOUNTS.itEmployee)!.node;
      expect(bo.orgUnit.name).toBe(DEMO_UNITS.it);
      expect(bo.orgUnitPath.map((u) => [u.name, u.level])).toEqual([
        ['Myndigheten för digital samverkan', 0],
        [DEMO_UNITS.it, 1],
      ]);
      expect(bo.location?.name).toBe('Sundsvall');
    });

    it('refuses page sizes outside 1..100 and foreign cursors', async () => {
      for (const first of [0, 101]) {
        const res = await t.gql(PEOPLE, { first }, { cookie: employee });
        expect(errorOf(res.body)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      }
      // Garbage, JSON that is no cursor, the directory's old untagged cursor, a bad id, another list's cursor.
      const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
      for (const after of [
        'not-a-cursor',
        base64url({ a: 1 }),
        base64url(['Anna', '7c9e6679-7425-40de-944b-e07fc1f90ae7']),
        base64url(['people', 'Anna', 'not-a-uuid']),
        base64url(['s', 'anna', '7c9e6679-7425-40de-944b-e07fc1f90ae7']),
      ]) {
        const res = await t.gql(PEOPLE, { first: 5, after }, { cookie: employee });
        expect(errorOf(res.body)).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'after',
          reason: 'INVALID_CURSOR',
        });
      }
    });

    it('costs the same number of SQL statements for a page of 5 and a page of 40', async () => {
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
          const res = await t.gql(PEOPLE, { first }, { cookie: employee });
          expect(res.body.data.people.edges).toHaveLength(first);
        } finally {
          spy.mockRestore();
        }
        return n;
      };
      await statements(5); // warm-up: the session's last_seen_at touch and connection set-up
      const five = await statements(5);
      const forty = await statements(40);
      expect(forty).toBe(five);
      // session lookup + count + page + one batch of org-unit paths + one batch of locations
      expect(five).toBe(5);
    });
  });

  describe('person and me', () => {
    it('`me` is the signed-in person, with their unit', async () => {
      const res = await t.gql(
        `{ me { email role language active orgUnit { name } location { name } } }`,
        {},
        { cookie: employee },
      );
      expect(res.body.data.me).toEqual({
        email: DEMO_ACCOUNTS.employee,
        role: 'EMPLOYEE',
        language: 'EN',
        active: true,
        orgUnit: { name: DEMO_UNITS.caseHandling },
        location: { name: 'Stockholm, huvudkontoret' },
      });
    });

    it('`person` answers NOT_FOUND for unknown and malformed ids', async () => {
      for (const id of ['00000000-0000-0000-0000-000000000000', 'nope']) {
        const res = await t.gql(`query P($id: ID!) { person(id: $id) { id } }`, { id }, { cookie: employee });
        expect(errorOf(res.body)?.['code']).toBe('NOT_FOUND');
      }
    });

    it('updateMyPreferences changes my language, for any role', async () => {
      const Q = `mutation L($language: Language!) { updateMyPreferences(input: { language: $language }) { language } }`;
      expect(
        (await t.gql(Q, { language: 'SV' }, { cookie: employee })).body.data.updateMyPreferences.language,
      ).toBe('SV');
      expect((await t.gql(`{ me { language } }`, {}, { cookie: employee })).body.data.me.language).toBe('SV');
      await t.gql(Q, { language: 'EN' }, { cookie: employee });
    });
  });

  describe('administration', () => {
    it('an admin creates a person who can then sign in; the write is audited', async () => {
      const input = {
        email: '  Greta.Garbo@Demo.Commons ',
        displayName: ' Greta Garbo ',
        title: 'Arkivarie',
        orgUnitId: units[DEMO_UNITS.hr],
        role: 'EMPLOYEE',
        language: 'EN',
        password: 'a-long-enough-password',
      };
      const res = await t.gql(CREATE, { input }, { cookie: admin });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.createPerson).toMatchObject({
        email: 'greta.garbo@demo.commons',
        displayName: 'Greta Garbo',
        active: true,
      });
      await expect(t.login('greta.garbo@demo.commons', 'a-long-enough-password')).resolves.toMatch(
        /^commons_session=/,
      );
      const audit = await t.dataSource.query(
        `SELECT action, target_id FROM audit_entry WHERE action = 'person.create' AND target_id = $1`,
        [res.body.data.createPerson.id],
      );
      expect(audit).toHaveLength(1);
      const [{ details }] = await t.dataSource.query(`SELECT details FROM audit_entry WHERE target_id = $1`, [
        res.body.data.createPerson.id,
      ]);
      expect(JSON.stringify(details)).not.toContain('a-long-enough-password');
    });

    describe('bad input gets a clear error and writes nothing', () => {
      const base = () => ({
        email: 'new.person@demo.commons',
        displayName: 'New Person',
        orgUnitId: units[DEMO_UNITS.hr],
        role: 'EMPLOYEE',
        language: 'SV',
      });
      it.each([
        [
          'a malformed e-mail',
          { email: 'not-an-email' },
          { code: 'BAD_USER_INPUT', field: 'email', reason: 'INVALID_EMAIL' },
        ],
        [
          'a 10 KB display name',
          { displayName: 'x'.repeat(10_240) },
          { code: 'BAD_USER_INPUT', field: 'displayName', reason: 'TOO_LONG' },
        ],
        [
          'a blank display name',
          { displayName: '   ' },
          { code: 'BAD_USER_INPUT', field: 'displayName', reason: 'REQUIRED' },
        ],
        [
          'an unknown org unit',
          { orgUnitId: '00000000-0000-0000-0000-000000000000' },
          { code: 'BAD_USER_INPUT', field: 'orgUnitId', reason: 'UNKNOWN_ORG_UNIT' },
        ],
        [
          'a malformed org unit id',
          { orgUnitId: 'x' },
          { code: 'BAD_USER_INPUT', field: 'orgUnitId', reason: 'UNKNOWN_ORG_UNIT' },
        ],
        [
          'an unknown location',
          { locationId: '00000000-0000-0000-0000-000000000000' },
          { code: 'BAD_USER_INPUT', field: 'locationId', reason: 'UNKNOWN_LOCATION' },
        ],
        [
          'a short password',
          { password: 'short' },
          { code: 'BAD_USER_INPUT', field: 'password', reason: 'TOO_SHORT' },
        ],
        [
          'a taken e-mail',
          { email: 'BO@demo.commons' },
          { code: 'CONFLICT', field: 'email', reason: 'TAKEN' },
        ],
      ])('%s', async (_label, change, expected) => {
        const before = {
          person: await count('person'),
          credential: await count('credential'),
          audit: await count('audit_entry'),
        };
        const res = await t.gql(CREATE, { input: { ...base(), ...change } }, { cookie: admin });
        expect(res.body.data).toBeNull();
        expect(errorOf(res.body)).toMatchObject(expected);
        expect({
          person: await count('person'),
          credential: await count('credential'),
          audit: await count('audit_entry'),
        }).toEqual(before);
      });

      it('updatePerson with an unknown org unit changes nothing, not even the other fields', async () => {
        const [{ id, display_name }] = await t.dataSource.query(
          `SELECT id, display_name FROM person WHERE email = 'sara.nyberg@demo.commons'`,
        );
        const res = await t.gql(
          `mutation U($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { id } }`,
          { id, input: { displayName: 'Renamed', orgUnitId: '00000000-0000-0000-0000-000000000000' } },
          { cookie: admin },
        );
        expect(errorOf(res.body)).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'orgUnitId',
          reason: 'UNKNOWN_ORG_UNIT',
        });
        const [after] = await t.dataSource.query(`SELECT display_name FROM person WHERE id = $1`, [id]);
        expect(after.display_name).toBe(display_name);
      });
    });

    it('moves a person to another unit and audits what changed', async () => {
      const [{ id }] = await t.dataSource.query(
        `SELECT id FROM person WHERE email = 'nils.hedlund@demo.commons'`,
      );
      const res = await t.gql(
        `mutation U($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { orgUnit { name } title } }`,
        { id, input: { orgUnitId: units[DEMO_UNITS.caseNorth], title: null } },
        { cookie: admin },
      );
      expect(res.body.data.updatePerson).toEqual({ orgUnit: { name: DEMO_UNITS.caseNorth }, title: null });
      const [entry] = await t.dataSource.query(
        `SELECT details FROM audit_entry WHERE action = 'person.update' AND target_id = $1`,
        [id],
      );
      expect(entry.details).toMatchObject({
        orgUnitId: { to: units[DEMO_UNITS.caseNorth] },
        title: { from: 'Vägledare', to: null },
      });
    });

    it('an admin cannot deactivate themselves or change their own role', async () => {
      const [{ id }] = await t.dataSource.query(`SELECT id FROM person WHERE email = $1`, [
        DEMO_ACCOUNTS.admin,
      ]);
      const deactivate = await t.gql(
        `mutation D($id: ID!) { deactivatePerson(id: $id) { id } }`,
        { id },
        { cookie: admin },
      );
      expect(errorOf(deactivate.body)).toMatchObject({ code: 'FORBIDDEN', reason: 'SELF' });
      const demote = await t.gql(
        `mutation U($id: ID!) { updatePerson(id: $id, input: { role: EMPLOYEE }) { id } }`,
        { id },
        { cookie: admin },
      );
      expect(errorOf(demote.body)).toMatchObject({ code: 'FORBIDDEN', reason: 'SELF' });
      const [row] = await t.dataSource.query(`SELECT role, deactivated_at FROM person WHERE id = $1`, [id]);
      expect(row).toEqual({ role: 'ADMIN', deactivated_at: null });
    });

    it('a deactivated person is signed out at once, cannot sign in, and is visible to admins only', async () => {
      const email = 'eva.sjoberg@demo.commons';
      const theirSession = await t.login(email, DEMO_PASSWORD);
      const [{ id }] = await t.dataSource.query(`SELECT id FROM person WHERE email = $1`, [email]);
      const res = await t.gql(
        `mutation D($id: ID!) { deactivatePerson(id: $id) { active } }`,
        { id },
        { cookie: admin },
      );
      expect(res.body.data.deactivatePerson.active).toBe(false);

      const me = await t.gql(`{ me { id } }`, {}, { cookie: theirSession });
      expect(errorOf(me.body)?.['code']).toBe('UNAUTHENTICATED');
      expect((await t.dataSource.query(`SELECT id FROM session WHERE person_id = $1`, [id])).length).toBe(0);
      const login = await t.gql(`mutation { login(email: "${email}", password: "${DEMO_PASSWORD}") { id } }`);
      expect(errorOf(login.body)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });

      const asEmployee = await t.gql(
        `query P($id: ID!) { person(id: $id) { id } }`,
        { id },
        { cookie: employee },
      );
      expect(errorOf(asEmployee.body)?.['code']).toBe('NOT_FOUND');
      const asAdmin = await t.gql(
        `query P($id: ID!) { person(id: $id) { active } }`,
        { id },
        { cookie: admin },
      );
      expect(asAdmin.body.data.person.active).toBe(false);
      const listedForEmployee = await allPages(100, { search: 'Sjöberg', includeInactive: true }, employee);
      expect(listedForEmployee.edges).toHaveLength(0);
      const listedForAdmin = await allPages(100, { search: 'Sjöberg', includeInactive: true }, admin);
      expect(listedForAdmin.edges.map((e) => e.node.id)).toEqual([id]);

      const back = await t.gql(
        `mutation R($id: ID!) { reactivatePerson(id: $id) { active } }`,
        { id },
        { cookie: admin },
      );
      expect(back.body.data.reactivatePerson.active).toBe(true);
      await expect(t.login(email, DEMO_PASSWORD)).resolves.toMatch(/^commons_session=/);
    });
  });
});
