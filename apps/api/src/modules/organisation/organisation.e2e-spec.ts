import { DEMO_ACCOUNTS, DEMO_AGENCY, DEMO_PASSWORD, DEMO_UNITS } from '../../database/seed/demo-seed';
import { createTestApp, TestApp } from '../../test-support/test-app';

const UNITS = `query U($includeInactive: Boolean) { orgUnits(includeInactive: $includeInactive) { id parentId name kind level active } }`;

interface Unit {
  id: string;
  parentId: string | null;
  name: string;
  kind: string;
  level: number;
  active: boolean;
}

describe('organisation (e2e)', () => {
  let t: TestApp;
  let admin: string;
  let employee: string;
  let editor: string;
  let ids: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp({ seed: true });
    admin = await t.login(DEMO_ACCOUNTS.admin, DEMO_PASSWORD);
    employee = await t.login(DEMO_ACCOUNTS.employee, DEMO_PASSWORD);
    editor = await t.login(DEMO_ACCOUNTS.editor, DEMO_PASSWORD);
    const rows: { id: string; name: string }[] = await t.dataSource.query(`SELECT id, name FROM org_unit`);
    ids = Object.fromEntries(rows.map((r) => [r.name, r.id]));
  });
  afterAll(() => t?.close());

  const errorOf = (body: { errors?: { extensions: Record<string, unknown> }[] }) =>
    body.errors?.[0]?.extensions;
  /** A fingerprint of every table an admin mutation could touch. */
  const snapshot = async () =>
    (
      await t.dataSource.query(
        `SELECT (SELECT md5(coalesce(string_agg(x::text, ',' ORDER BY x.id), '')) FROM org_unit x) AS org_unit,
                (SELECT md5(coalesce(string_agg(x::text, ',' ORDER BY x.id), '')) FROM location x) AS location,
                (SELECT md5(coalesce(string_agg(x::text, ',' ORDER BY x.id), '')) FROM person x) AS person,
                (SELECT md5(coalesce(string_agg(x::text, ',' ORDER BY x.person_id), '')) FROM credential x) AS credential,
                (SELECT count(*) FROM session) AS sessions,
                (SELECT count(*) FROM audit_entry) AS audit`,
      )
    )[0];

  it('lists the tree depth-first with levels, parents before children', async () => {
    const res = await t.gql(UNITS, {}, { cookie: employee });
    const units: Unit[] = res.body.data.orgUnits;
    expect(units[0]).toMatchObject({
      name: DEMO_AGENCY,
      kind: 'AGENCY',
      level: 0,
      parentId: null,
      active: true,
    });
    const position = new Map(units.map((u, i) => [u.id, i]));
    for (const [i, unit] of units.entries()) {
      if (unit.parentId === null) continue;
      const parent = units[position.get(unit.parentId)!];
      expect(position.get(unit.parentId)!).toBeLessThan(i);
      expect(unit.level).toBe(parent.level + 1);
      // Depth-first: everything between a unit and its parent lies below that parent.
      for (let j = position.get(unit.parentId)! + 1; j < i; j++)
        expect(units[j].level).toBeGreaterThan(parent.level);
    }
    const departments = units.filter((u) => u.kind === 'DEPARTMENT');
    expect(departments.length).toBeGreaterThanOrEqual(4);
    const it = units.findIndex((u) => u.name === DEMO_UNITS.it);
    expect(
      units
        .slice(it + 1, it + 3)
        .map((u) => u.name)
        .sort(),
    ).toEqual([DEMO_UNITS.operations, DEMO_UNITS.development].sort());
  });

  it('orgUnit(id) answers with its level; NOT_FOUND for unknown ids', async () => {
    const res = await t.gql(
      `query O($id: ID!) { orgUnit(id: $id) { name level } }`,
      { id: ids[DEMO_UNITS.caseNorth] },
      { cookie: employee },
    );
    expect(res.body.data.orgUnit).toEqual({ name: DEMO_UNITS.caseNorth, level: 2 });
    for (const id of ['00000000-0000-0000-0000-000000000000', 'garbage']) {
      const missing = await t.gql(
        `query O($id: ID!) { orgUnit(id: $id) { name } }`,
        { id },
        { cookie: employee },
      );
      expect(errorOf(missing.body)?.['code']).toBe('NOT_FOUND');
    }
  });

  it('lists locations', async () => {
    const res = await t.gql(`{ locations { name address active } }`, {}, { cookie: employee });
    expect(res.body.data.locations.map((l: { name: string }) => l.name)).toEqual([
      'Stockholm, huvudkontoret',
      'Sundsvall',
    ]);
  });

  describe('an EMPLOYEE and an EDITOR get FORBIDDEN from every admin mutation, and nothing changes', () => {
    const someone = async () =>
      (await t.dataSource.query(`SELECT id FROM person WHERE email = 'sara.nyberg@demo.commons'`))[0].id;
    const location = async () =>
      (await t.dataSource.query(`SELECT id FROM location ORDER BY name LIMIT 1`))[0].id;
    const mutations: [string, () => Promise<[string, object]>][] = [
      [
        'createPerson',
        async () => [
          `mutation M($o: ID!) { createPerson(input: { email: "x@demo.commons", displayName: "X", orgUnitId: $o, role: ADMIN, language: SV }) { id } }`,
          { o: ids[DEMO_UNITS.hr] },
        ],
      ],
      [
        'updatePerson',
        async () => [
          `mutation M($id: ID!) { updatePerson(id: $id, input: { role: ADMIN }) { id } }`,
          { id: await someone() },
        ],
      ],
      [
        'deactivatePerson',
        async () => [`mutation M($id: ID!) { deactivatePerson(id: $id) { id } }`, { id: await someone() }],
      ],
      [
        'reactivatePerson',
        async () => [`mutation M($id: ID!) { reactivatePerson(id: $id) { id } }`, { id: await someone() }],
      ],
      [
        'createOrgUnit',
        async () => [
          `mutation M($p: ID!) { createOrgUnit(input: { name: "New", kind: UNIT, parentId: $p }) { id } }`,
          { p: ids[DEMO_UNITS.hr] },
        ],
      ],
      [
        'updateOrgUnit',
        async () => [
          `mutation M($id: ID!) { updateOrgUnit(id: $id, input: { name: "Renamed" }) { id } }`,
          { id: ids[DEMO_UNITS.hr] },
        ],
      ],
      [
        'moveOrgUnit',
        async () => [
          `mutation M($id: ID!, $p: ID!) { moveOrgUnit(id: $id, parentId: $p) { id } }`,
          { id: ids[DEMO_UNITS.guidance], p: ids[DEMO_UNITS.hr] },
        ],
      ],
      [
        'deactivateOrgUnit',
        async () => [
          `mutation M($id: ID!) { deactivateOrgUnit(id: $id) { id } }`,
          { id: ids[DEMO_UNITS.internalComms] },
        ],
      ],
      ['createLocation', async () => [`mutation { createLocation(input: { name: "Luleå" }) { id } }`, {}]],
      [
        'updateLocation',
        async () => [
          `mutation M($id: ID!) { updateLocation(id: $id, input: { name: "Renamed" }) { id } }`,
          { id: await location() },
        ],
      ],
      [
        'deactivateLocation',
        async () => [`mutation M($id: ID!) { deactivateLocation(id: $id) { id } }`, { id: await location() }],
      ],
    ];
    it.each(
      mutations.flatMap(([name, build]) => [
        ['EMPLOYEE', name, build] as const,
        ['EDITOR', name, build] as const,
      ]),
    )('%s calling %s', async (role, _name, build) => {
      const [query, variables] = await build();
      const before = await snapshot();
      const res = await t.gql(query, variables, { cookie: role === 'EMPLOYEE' ? employee : editor });
      expect(res.body.data).toBeNull();
      expect(errorOf(res.body)?.['code']).toBe('FORBIDDEN');
      expect(await snapshot()).toEqual(before);
    });

    it('without a session, an admin mutation is UNAUTHENTICATED', async () => {
      const res = await t.gql(`mutation { createLocation(input: { name: "Luleå" }) { id } }`);
      expect(errorOf(res.body)?.['code']).toBe('UNAUTHENTICATED');
    });
  });

  describe('org units (admin)', () => {
    const MOVE = `mutation M($id: ID!, $parentId: ID!) { moveOrgUnit(id: $id, parentId: $parentId) { id parentId level } }`;

    it('refuses to move a unit under itself or its own descendant, and writes nothing', async () => {
      const before = await snapshot();
      for (const parent of [DEMO_UNITS.caseHandling, DEMO_UNITS.caseNorth]) {
        const res = await t.gql(
          MOVE,
          { id: ids[DEMO_UNITS.caseHandling], parentId: ids[parent] },
          { cookie: admin },
        );
        expect(res.body.data).toBeNull();
        expect(errorOf(res.body)).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'parentId',
          reason: 'CYCLE',
        });
      }
      const agencyUnderDepartment = await t.gql(
        MOVE,
        { id: ids[DEMO_AGENCY], parentId: ids[DEMO_UNITS.it] },
        { cookie: admin },
      );
      expect(errorOf(agencyUnderDepartment.body)?.['reason']).toBe('CYCLE');
      expect(await snapshot()).toEqual(before);
    });

    it('refuses an unknown parent', async () => {
      const before = await snapshot();
      const res = await t.gql(
        MOVE,
        { id: ids[DEMO_UNITS.guidance], parentId: '00000000-0000-0000-0000-000000000000' },
        { cookie: admin },
      );
      expect(errorOf(res.body)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'parentId',
        reason: 'UNKNOWN_ORG_UNIT',
      });
      expect(await snapshot()).toEqual(before);
    });

    it('creates, renames, moves and deactivates a unit, auditing each step', async () => {
      const created = await t.gql(
        `mutation C($p: ID!) { createOrgUnit(input: { name: "  Rekrytering  ", kind: UNIT, parentId: $p }) { id name level active } }`,
        { p: ids[DEMO_UNITS.hr] },
        { cookie: admin },
      );
      expect(created.body.data.createOrgUnit).toMatchObject({ name: 'Rekrytering', level: 2, active: true });
      const id = created.body.data.createOrgUnit.id;

      const taken = await t.gql(
        `mutation C($p: ID!) { createOrgUnit(input: { name: "rekrytering", kind: UNIT, parentId: $p }) { id } }`,
        { p: ids[DEMO_UNITS.hr] },
        { cookie: admin },
      );
      expect(errorOf(taken.body)).toMatchObject({ code: 'CONFLICT', field: 'name', reason: 'TAKEN' });

      const renamed = await t.gql(
        `mutation R($id: ID!) { updateOrgUnit(id: $id, input: { name: "Rekrytering och kompetens" }) { name } }`,
        { id },
        { cookie: admin },
      );
      expect(renamed.body.data.updateOrgUnit.name).toBe('Rekrytering och kompetens');

      const moved = await t.gql(MOVE, { id, parentId: ids[DEMO_UNITS.guidance] }, { cookie: admin });
      expect(moved.body.data.moveOrgUnit).toEqual({ id, parentId: ids[DEMO_UNITS.guidance], level: 3 });

      const gone = await t.gql(
        `mutation D($id: ID!) { deactivateOrgUnit(id: $id) { active } }`,
        { id },
        { cookie: admin },
      );
      expect(gone.body.data.deactivateOrgUnit.active).toBe(false);
      const visible = await t.gql(UNITS, { includeInactive: true }, { cookie: employee });
      expect(visible.body.data.orgUnits.map((u: Unit) => u.id)).not.toContain(id);
      const forAdmin = await t.gql(UNITS, { includeInactive: true }, { cookie: admin });
      expect(forAdmin.body.data.orgUnits.map((u: Unit) => u.id)).toContain(id);

      const actions = await t.dataSource.query(
        `SELECT action FROM audit_entry WHERE target_id = $1 ORDER BY id`,
        [id],
      );
      expect(actions.map((a: { action: string }) => a.action)).toEqual([
        'org_unit.create',
        'org_unit.update',
        'org_unit.move',
        'org_unit.deactivate',
      ]);
    });

    it('refuses to deactivate a unit that still has people or active units', async () => {
      const before = await snapshot();
      for (const unit of [DEMO_UNITS.caseHandling, DEMO_UNITS.operations]) {
        const res = await t.gql(
          `mutation D($id: ID!) { deactivateOrgUnit(id: $id) { id } }`,
          { id: ids[unit] },
          { cookie: admin },
        );
        expect(errorOf(res.body)).toMatchObject({ code: 'CONFLICT', reason: 'NOT_EMPTY' });
      }
      expect(await snapshot()).toEqual(before);
    });

    it('refuses a 10 KB name and a blank one', async () => {
      const before = await snapshot();
      for (const [name, reason] of [
        ['x'.repeat(10_240), 'TOO_LONG'],
        ['   ', 'REQUIRED'],
      ]) {
        const res = await t.gql(
          `mutation C($n: String!, $p: ID!) { createOrgUnit(input: { name: $n, kind: UNIT, parentId: $p }) { id } }`,
          { n: name, p: ids[DEMO_UNITS.hr] },
          { cookie: admin },
        );
        expect(errorOf(res.body)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name', reason });
      }
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('locations (admin)', () => {
    it('creates, updates and deactivates a location; names are unique', async () => {
      const created = await t.gql(
        `mutation { createLocation(input: { name: "Luleå", address: "Storgatan 1, 972 38 Luleå" }) { id name address active } }`,
        {},
        { cookie: admin },
      );
      const { id } = created.body.data.createLocation;
      expect(created.body.data.createLocation).toMatchObject({ name: 'Luleå', active: true });
      const taken = await t.gql(
        `mutation { createLocation(input: { name: "LULEÅ" }) { id } }`,
        {},
        { cookie: admin },
      );
      expect(errorOf(taken.body)).toMatchObject({ code: 'CONFLICT', field: 'name', reason: 'TAKEN' });
      const updated = await t.gql(
        `mutation U($id: ID!) { updateLocation(id: $id, input: { address: null }) { address } }`,
        { id },
        { cookie: admin },
      );
      expect(updated.body.data.updateLocation.address).toBeNull();
      await t.gql(`mutation D($id: ID!) { deactivateLocation(id: $id) { id } }`, { id }, { cookie: admin });
      const listed = await t.gql(`{ locations { id } }`, {}, { cookie: admin });
      expect(listed.body.data.locations.map((l: { id: string }) => l.id)).not.toContain(id);

      // No one new can be placed at a deactivated location.
      const person = await t.gql(
        `mutation C($o: ID!, $l: ID!) { createPerson(input: { email: "lulea@demo.commons", displayName: "L", orgUnitId: $o, locationId: $l, role: EMPLOYEE, language: SV }) { id } }`,
        { o: ids[DEMO_UNITS.hr], l: id },
        { cookie: admin },
      );
      expect(errorOf(person.body)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'locationId',
        reason: 'UNKNOWN_LOCATION',
      });
    });
  });
});
