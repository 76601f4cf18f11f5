import type { EntityManager } from 'typeorm';

/**
 * Rows of an UPDATE or DELETE … RETURNING: TypeORM's postgres driver answers those with
 * `[rows, affectedCount]` (and SELECT or INSERT with the rows), so this evens it out.
 */
export async function returning<T>(manager: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const result: unknown = await manager.query(sql, params);
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  )
    return result[0] as T[];
  return result as T[];
}
