import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../../database/seed/demo-seed';
import { createTestApp, TestApp } from '../../../test-support/test-app';
import { SessionCleanup } from './session-cleanup.service';

const ME = `{ me { email } }`;

describe('session cleanup (e2e)', () => {
  let t: TestApp;

  // The cleanup ticking on its own every 100 ms, as in production every 15 minutes.
  beforeAll(async () => {
    t = await createTestApp({ seed: true, env: { SESSION_CLEANUP_INTERVAL_MS: '100' } });
  });
  afterAll(() => t?.close());

  const newestSessionId = async () =>
    (await t.dataSource.query(`SELECT id FROM session ORDER BY created_at DESC LIMIT 1`))[0].id as string;
  const sessionExists = async (id: string) =>
    (await t.dataSource.query(`SELECT 1 FROM session WHERE id = $1`, [id])).length === 1;
  const until = async (check: () => Promise<boolean>) => {
    for (let i = 0; i < 50 && !(await check()); i++) await new Promise((r) => setTimeout(r, 100));
    return check();
  };

  it('deletes expired and idle sessions on its own, and keeps the live one working', async () => {
    const live = await t.login(DEMO_ACCOUNTS.employee, DEMO_PASSWORD);
    const liveId = await newestSessionId();
    await t.login(DEMO_ACCOUNTS.editor, DEMO_PASSWORD);
    const expiredId = await newestSessionId();
    await t.login(DEMO_ACCOUNTS.admin, DEMO_PASSWORD);
    const idleId = await newestSessionId();
    await t.dataSource.query(`UPDATE session SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      expiredId,
    ]);
    await t.dataSource.query(
      `UPDATE session SET last_seen_at = now() - make_interval(mins => $1 + 1) WHERE id = $2`,
      [t.config.SESSION_IDLE_TIMEOUT_MINUTES, idleId],
    );

    expect(await until(async () => !(await sessionExists(expiredId)) && !(await sessionExists(idleId)))).toBe(
      true,
    );
    expect(await sessionExists(liveId)).toBe(true);
    expect((await t.gql(ME, {}, { cookie: live })).body.data.me.email).toBe(DEMO_ACCOUNTS.employee);
  });

  it('deletes sign-in failures older than the throttling window and keeps the recent ones', async () => {
    await t.dataSource.query(`DELETE FROM login_failure`);
    await t.dataSource.query(
      `INSERT INTO login_failure (email, ip, at) VALUES ('old@example.org', '192.0.2.1', now() - interval '16 minutes'),
                                                        ('new@example.org', '192.0.2.2', now() - interval '1 minute')`,
    );
    const result = await t.app.get(SessionCleanup).run();
    expect(result.loginFailures).toBe(1);
    expect(await t.dataSource.query(`SELECT email FROM login_failure`)).toEqual([
      { email: 'new@example.org' },
    ]);
  });
});
