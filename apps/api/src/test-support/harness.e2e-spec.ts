import { createTestApp, TestApp } from './test-app';

describe('test harness', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('serves /healthz', async () => {
    const res = await t.http().get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('answers a GraphQL query', async () => {
    const res = await t.gql('{ __typename }');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('runs the migrations on its own fresh database', async () => {
    const [{ db }] = await t.dataSource.query('SELECT current_database() AS db');
    expect(db).toMatch(/^commons_test_/);
    const tables = await t.dataSource.query(`SELECT to_regclass('public.person') AS person`);
    expect(tables[0].person).toBe('person');
  });
});
