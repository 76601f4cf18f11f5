import { createTestApp, TestApp } from '../../test-support/test-app';
import { DEMO_ACCOUNTS, DEMO_AGENCY, DEMO_PASSWORD, DEMO_UNITS, seedDemoContent } from './demo-seed';

describe('demo seed (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  /** Every row of every table the seed writes, so "changes nothing" is checked literally. */
  const everything = async () =>
    (
      await t.dataSource.query(
        `SELECT (SELECT coalesce(string_agg(x::text, ',' ORDER BY x.id), '') FROM org_unit x) AS org_unit,
                (SELECT coalesce(string_agg(x::text, ',' ORDER BY x.id), '') FROM location x) AS location,
                (SELECT coalesce(string_agg(x::text, ',' ORDER BY x.id), '') FROM person x) AS person,
                (SELECT coalesce(string_agg(x::text, ',' ORDER BY x.person_id), '') FROM credential x) AS credential,
                (SELECT coalesce(string_agg(x::text, ',' ORDER BY x.id), '') FROM space x) AS space,
                (SELECT coalesce(string_agg(x::text, ',' ORDER BY x.space_id, x.person_id), '') FROM space_member x) AS space_member`,
      )
    )[0];

  it('creates the demo agency, then changes nothing on a second run', async () => {
    const started = Date.now();
    expect(await seedDemoContent(t.dataSource)).toEqual({ created: true });
    const firstRun = Date.now() - started;
    const after = await everything();

    expect(await seedDemoContent(t.dataSource)).toEqual({ created: false });
    expect(await everything()).toEqual(after);
    // One argon2 hash per run, not one per person.
    expect(firstRun).toBeLessThan(3000);
  });

  it('has at least 4 departments, some units, 2 locations and about 40 people', async () => {
    const [counts] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM org_unit WHERE kind = 'AGENCY')::int AS agencies,
              (SELECT count(*) FROM org_unit WHERE kind = 'DEPARTMENT')::int AS departments,
              (SELECT count(*) FROM org_unit WHERE kind = 'UNIT')::int AS units,
              (SELECT count(*) FROM location)::int AS locations,
              (SELECT count(*) FROM person)::int AS people,
              (SELECT count(*) FROM credential)::int AS credentials`,
    );
    expect(counts.agencies).toBe(1);
    expect(counts.departments).toBeGreaterThanOrEqual(4);
    expect(counts.units).toBeGreaterThan(0);
    expect(counts.locations).toBe(2);
    expect(counts.people).toBeGreaterThanOrEqual(35);
    expect(counts.credentials).toBe(counts.people);
  });

  it('places the four demo accounts as promised', async () => {
    const rows = await t.dataSource.query(
      `SELECT p.email, p.role, u.name AS unit, l.name AS location
         FROM person p JOIN org_unit u ON u.id = p.org_unit_id LEFT JOIN location l ON l.id = p.location_id
        WHERE p.email = ANY($1) ORDER BY p.email`,
      [Object.values(DEMO_ACCOUNTS)],
    );
    expect(rows).toEqual([
      {
        email: DEMO_ACCOUNTS.admin,
        role: 'ADMIN',
        unit: DEMO_UNITS.it,
        location: 'Stockholm, huvudkontoret',
      },
      {
        email: DEMO_ACCOUNTS.employee,
        role: 'EMPLOYEE',
        unit: DEMO_UNITS.caseHandling,
        location: 'Stockholm, huvudkontoret',
      },
      { email: DEMO_ACCOUNTS.itEmployee, role: 'EMPLOYEE', unit: DEMO_UNITS.it, location: 'Sundsvall' },
      {
        email: DEMO_ACCOUNTS.editor,
        role: 'EDITOR',
        unit: DEMO_UNITS.communications,
        location: 'Stockholm, huvudkontoret',
      },
    ]);
    const [agency] = await t.dataSource.query(`SELECT name FROM org_unit WHERE parent_id IS NULL`);
    expect(agency.name).toBe(DEMO_AGENCY);
    await expect(t.login(DEMO_ACCOUNTS.employee, DEMO_PASSWORD)).resolves.toMatch(/^commons_session=/);
  });

  it('keeps an admin edit to demo data and adds back only what is missing', async () => {
    await t.dataSource.query(`UPDATE person SET title = 'Chef för allt' WHERE email = $1`, [
      DEMO_ACCOUNTS.itEmployee,
    ]);
    await t.dataSource.query(`DELETE FROM person WHERE email = 'julia.backman@demo.commons'`);
    expect(await seedDemoContent(t.dataSource)).toEqual({ created: true });
    const rows = await t.dataSource.query(
      `SELECT email, title FROM person WHERE email = ANY($1) ORDER BY email`,
      [[DEMO_ACCOUNTS.itEmployee, 'julia.backman@demo.commons']],
    );
    expect(rows).toEqual([
      { email: DEMO_ACCOUNTS.itEmployee, title: 'Chef för allt' },
      { email: 'julia.backman@demo.commons', title: 'Redovisningsekonom' },
    ]);
  });

  it('two seeds at once do not collide', async () => {
    await t.dataSource.query(`DELETE FROM person WHERE email = 'anders.hansson@demo.commons'`);
    const results = await Promise.all([seedDemoContent(t.dataSource), seedDemoContent(t.dataSource)]);
    expect(results.map((r) => r.created).sort()).toEqual([false, true]);
  });
});
