import { DataSource } from 'typeorm';

/**
 * PLACEHOLDER written by the platform so the harness and start-up can call it; engineer B owns
 * this file and replaces the body with the real, idempotent demo seed.
 */
export async function seedDemoContent(_ds: DataSource): Promise<{ created: boolean }> {
  return { created: false };
}
