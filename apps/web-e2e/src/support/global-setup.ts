import type { FullConfig } from '@playwright/test';
import { startTestServer } from './test-server';

/** Starts one server for the whole run; workers find it through E2E_BASE_URL. */
export default async function globalSetup(_config: FullConfig): Promise<() => Promise<void>> {
  const server = await startTestServer();
  process.env.E2E_BASE_URL = server.baseUrl;
  process.env.E2E_SERVER_LOG = server.logFile;
  return () => server.stop();
}
