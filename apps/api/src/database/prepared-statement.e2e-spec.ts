import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../test-support/test-database';
import { createDataSource } from './data-source-options';
import { queryPrepared } from './prepared-statement';

describe('queryPrepared', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    // One connection, so every run below lands on the same server session.
    const settings = {
      DB_POOL_MAX: 1,
      DB_CONNECT_TIMEOUT_MS: 5000,
      DB_STATEMENT_TIMEOUT_MS: 5000,
      DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: 5000,
    };
    dataSource = await createDataSource(settings, db.url).initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  const preparedRuns = async () =>
    dataSource.query(
      `SELECT name, statement, generic_plans::int AS generic, custom_plans::int AS custom FROM pg_prepared_statements`,
    );

  it('parses and plans a statement once per connection, then runs that one plan with new values each time', async () => {
    const text = 'SELECT $1::int * 2 AS doubled';
    for (let i = 1; i <= 8; i++) {
      expect(await queryPrepared(dataSource, text, [i])).toEqual([{ doubled: i * 2 }]);
    }
    const statements = await preparedRuns();
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({ statement: text, generic: 8, custom: 0 });
  });

  it('runs on connections without JIT or parallel workers, and with random reads priced for SSD storage', async () => {
    expect(await dataSource.query('SHOW jit')).toEqual([{ jit: 'off' }]);
    expect(await dataSource.query('SHOW max_parallel_workers_per_gather')).toEqual([
      { max_parallel_workers_per_gather: '0' },
    ]);
    expect(await dataSource.query('SHOW random_page_cost')).toEqual([{ random_page_cost: '1.1' }]);
  });

  it('gives different statements different names, so neither replaces the other', async () => {
    expect(await queryPrepared(dataSource, 'SELECT $1::text AS a', ['x'])).toEqual([{ a: 'x' }]);
    expect(await queryPrepared(dataSource, 'SELECT $1::text AS b', ['y'])).toEqual([{ b: 'y' }]);
    expect(await queryPrepared(dataSource, 'SELECT $1::text AS a', ['z'])).toEqual([{ a: 'z' }]);
    const names = (await preparedRuns()).map((s: { name: string }) => s.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toHaveLength(3);
  });

  it('reports a bad statement as an error and keeps the connection usable', async () => {
    await expect(queryPrepared(dataSource, 'SELECT $1::int / 0 AS boom', [1])).rejects.toThrow(
      /division by zero/,
    );
    expect(await queryPrepared(dataSource, 'SELECT $1::int * 2 AS doubled', [21])).toEqual([{ doubled: 42 }]);
  });
});
