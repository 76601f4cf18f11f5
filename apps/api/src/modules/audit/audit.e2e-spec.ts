import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../database/seed/demo-seed';
import { createTestApp, TestApp } from '../../test-support/test-app';
import { AuditService } from './audit.service';

describe('audit log (e2e)', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp({ seed: true });
    admin = await t.login(DEMO_ACCOUNTS.admin, DEMO_PASSWORD);
  });
  afterAll(() => t?.close());

  it('records who did what to which target, inside the change', async () => {
    const res = await t.gql(
      `mutation { createLocation(input: { name: "Malmö" }) { id } }`,
      {},
      { cookie: admin },
    );
    const id = res.body.data.createLocation.id;
    const [{ id: adminId }] = await t.dataSource.query(`SELECT id FROM person WHERE email = $1`, [
      DEMO_ACCOUNTS.admin,
    ]);
    const entries = await t.dataSource.query(
      `SELECT actor_id, action, target_type, target_id, details FROM audit_entry WHERE target_id = $1`,
      [id],
    );
    expect(entries).toEqual([
      {
        actor_id: adminId,
        action: 'location.create',
        target_type: 'location',
        target_id: id,
        details: { name: 'Malmö', address: null },
      },
    ]);
  });

  it('records password changes and sign-out-everywhere', async () => {
    const cookie = await t.login(DEMO_ACCOUNTS.editor, DEMO_PASSWORD);
    await t.gql(
      `mutation { changePassword(currentPassword: "${DEMO_PASSWORD}", newPassword: "${DEMO_PASSWORD}-2025") }`,
      {},
      { cookie },
    );
    await t.gql(`mutation { logoutEverywhere }`, {}, { cookie });
    const [{ id }] = await t.dataSource.query(`SELECT id FROM person WHERE email = $1`, [
      DEMO_ACCOUNTS.editor,
    ]);
    const actions = await t.dataSource.query(
      `SELECT action, actor_id, details FROM audit_entry WHERE target_id = $1 ORDER BY id`,
      [id],
    );
    expect(actions).toEqual([
      { action: 'auth.password_change', actor_id: id, details: { otherSessionsEnded: 0 } },
      { action: 'auth.logout_everywhere', actor_id: id, details: { sessionsEnded: 1 } },
    ]);
  });

  it('writes no entry when the change fails', async () => {
    const [{ n: before }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry`);
    const res = await t.gql(
      `mutation { createLocation(input: { name: "malmö" }) { id } }`,
      {},
      { cookie: admin },
    );
    expect(res.body.errors[0].extensions.code).toBe('CONFLICT');
    const [{ n: after }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry`);
    expect(after).toBe(before);
  });

  it('refuses UPDATE and DELETE on audit_entry', async () => {
    await expect(t.dataSource.query(`UPDATE audit_entry SET action = 'tampered'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.dataSource.query(`DELETE FROM audit_entry`)).rejects.toThrow(/append-only/);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_entry WHERE action = 'tampered'`,
    );
    expect(n).toBe(0);
  });

  it('refuses to write an entry outside a transaction', async () => {
    const audit = t.app.get(AuditService);
    await expect(
      audit.record(t.dataSource.manager, {
        actorId: null,
        action: 'test.outside',
        targetType: 'test',
        targetId: null,
      }),
    ).rejects.toThrow(/inside a transaction/);
  });
});
