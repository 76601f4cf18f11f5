import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const pg = globalThis.__COMMONS_TEST_PG__;
  if (!pg) return;
  await pg.stop();
  rmSync(pg.dir, { recursive: true, force: true });
}
