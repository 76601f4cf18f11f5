import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/** Statement text → its name; texts come from code (values go in parameters), so this stays small. */
const names = new Map<string, string>();
const MAX_NAMES = 1000;

/**
 * Runs a read that nearly every request makes (the session lookup, a feed page) as a named
 * prepared statement: each pooled connection parses and plans it once, then later runs send only
 * the parameters and reuse that one generic plan (plan_cache_mode=force_generic_plan on our
 * connections, see data-source-options.ts). Planning the feed page for each run's values cost
 * more than running it (measured: ~2 ms of ~5 ms of PostgreSQL CPU per home-feed page).
 *
 * So a statement given here must plan well without its values: the planner then guesses a
 * range comparison true for a third of the rows and a LIMIT at a tenth of them. Check its plan
 * with `SET plan_cache_mode = force_generic_plan; EXPLAIN ANALYZE EXECUTE …` on bench data.
 * Not for statements inside a transaction (it takes its own pooled connection).
 */
export async function queryPrepared<T = Record<string, unknown>>(
  dataSource: DataSource,
  text: string,
  params: unknown[],
): Promise<T[]> {
  let name = names.get(text);
  if (name === undefined) {
    if (names.size >= MAX_NAMES) names.clear();
    name = `commons_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
  }
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  const result = await pool.query({ name, text, values: params });
  return result.rows as T[];
}
