import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/** An entity's columns for a raw SELECT, each under its own column name (`a.id, a.status, …`). */
export function entityColumnsSql(
  dataSource: DataSource,
  entity: EntityTarget<ObjectLiteral>,
  alias: string,
): string {
  return dataSource
    .getMetadata(entity)
    .columns.map((c) => `${alias}.${c.databaseName}`)
    .join(', ');
}

/**
 * Rows keyed by column name — from hand-written SQL, or objects made in SQL with `row_to_json(row)` —
 * into entities, converting each value the way TypeORM's own hydration does (timestamps from
 * Date or text become Dates, dates-only stay strings, arrays stay arrays).
 */
export function hydrateEntities<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  rows: readonly Record<string, unknown>[],
): T[] {
  const metadata = dataSource.getMetadata(entity);
  const driver = dataSource.driver;
  return rows.map((row) => {
    const instance = metadata.create() as Record<string, unknown>;
    for (const column of metadata.columns) {
      instance[column.propertyName] = driver.prepareHydratedValue(row[column.databaseName], column);
    }
    return instance as T;
  });
}
