import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { BaseRepository } from '../../database/base.repository';
import { Location } from './location.entity';
import { OrgUnit } from './org-unit.entity';
import { ORG_UNIT_COLUMNS, OrgUnitRow, toOrgUnit } from './organisation.mapper';

/** Deeper than any real organisation; stops a corrupt tree from recursing forever. */
const MAX_DEPTH = 50;

/** Moves take this transaction-level lock, so two concurrent moves cannot build a cycle together. */
const TREE_LOCK = 0x6f7267; // "org"

/**
 * Where the organisation domain reaches PostgreSQL: the org-unit tree (recursive SQL, hand-written)
 * and locations (plain CRUD through TypeORM).
 */
@Injectable()
export class OrganisationRepository extends BaseRepository {
  /** The whole tree as a flat list in depth-first order (siblings by name), each with its level. */
  async tree(withInactive: boolean): Promise<OrgUnit[]> {
    // An inactive unit hides its subtree (deactivation requires it to be empty of active units anyway).
    const active = withInactive ? '' : 'AND deactivated_at IS NULL';
    const rows: OrgUnitRow[] = await this.dataSource.query(
      `WITH RECURSIVE tree AS (
         SELECT ${ORG_UNIT_COLUMNS}, 0 AS level, ARRAY[lower(name), id::text] AS sort_path
           FROM org_unit WHERE parent_id IS NULL ${active}
         UNION ALL
         SELECT ${prefixed('c')}, t.level + 1,
                t.sort_path || ARRAY[lower(c.name), c.id::text]
           FROM org_unit c JOIN tree t ON c.parent_id = t.id
          WHERE t.level < 50 ${active.replace('deactivated_at', 'c.deactivated_at')}
       )
       SELECT * FROM tree ORDER BY sort_path`,
    );
    return rows.map((row) => toOrgUnit(row));
  }

  /**
   * Each unit's path from the root down to the unit itself, each with its level, in one statement
   * for all of `ids`; an unknown id gets an empty path. Answers in the order of `ids`.
   */
  async paths(ids: readonly string[]): Promise<OrgUnit[][]> {
    const rows: (OrgUnitRow & { start_id: string; depth: number })[] = await this.dataSource.query(
      `WITH RECURSIVE up AS (
         SELECT id AS start_id, ${ORG_UNIT_COLUMNS}, 0 AS depth FROM org_unit WHERE id = ANY($1::uuid[])
         UNION ALL
         SELECT up.start_id, ${prefixed('p')}, up.depth + 1
           FROM org_unit p JOIN up ON p.id = up.parent_id
          WHERE up.depth < $2
       )
       SELECT * FROM up ORDER BY start_id, depth DESC`,
      [ids, MAX_DEPTH],
    );
    const paths = new Map<string, OrgUnit[]>();
    for (const row of rows) {
      const path = paths.get(row.start_id) ?? [];
      // Rows come root first, so the position in the path is the level.
      path.push(toOrgUnit(row, path.length));
      paths.set(row.start_id, path);
    }
    return ids.map((id) => paths.get(id) ?? []);
  }

  unit(manager: EntityManager, id: string): Promise<OrgUnit | null> {
    return manager.findOne(OrgUnit, { where: { id } });
  }

  /** The unit, locked for the rest of the transaction. */
  lockedUnit(manager: EntityManager, id: string): Promise<OrgUnit | null> {
    return manager.findOne(OrgUnit, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  createUnit(manager: EntityManager, fields: Pick<OrgUnit, 'name' | 'kind' | 'parentId'>): Promise<OrgUnit> {
    return manager.save(manager.create(OrgUnit, fields));
  }

  saveUnit(manager: EntityManager, unit: OrgUnit): Promise<OrgUnit> {
    return manager.save(unit);
  }

  /** Takes the tree's transaction-level lock (held until commit): moves happen one at a time. */
  async lockTree(manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock($1)`, [TREE_LOCK]);
  }

  /** True when `unitId` is `ancestorOrSelfOf` or one of its ancestors: a move would close a cycle. */
  async isAncestorOrSelf(manager: EntityManager, unitId: string, ancestorOrSelfOf: string): Promise<boolean> {
    const [cycle] = await manager.query(
      `WITH RECURSIVE up AS (
         SELECT id, parent_id, 0 AS depth FROM org_unit WHERE id = $1
         UNION ALL
         SELECT o.id, o.parent_id, up.depth + 1 FROM org_unit o JOIN up ON o.id = up.parent_id WHERE up.depth < 50
       )
       SELECT 1 FROM up WHERE id = $2 LIMIT 1`,
      [ancestorOrSelfOf, unitId],
    );
    return !!cycle;
  }

  /** Active units directly below the unit and active people in it. */
  async usage(manager: EntityManager, id: string): Promise<{ units: number; people: number }> {
    const [usage] = await manager.query(
      `SELECT (SELECT count(*) FROM org_unit WHERE parent_id = $1 AND deactivated_at IS NULL)::int AS units,
              (SELECT count(*) FROM person WHERE org_unit_id = $1 AND deactivated_at IS NULL)::int AS people`,
      [id],
    );
    return usage;
  }

  /** Locations by name (then id), the deactivated ones only when asked for. */
  locations(withInactive: boolean): Promise<Location[]> {
    return this.dataSource.getRepository(Location).find({
      where: withInactive ? {} : { deactivatedAt: IsNull() },
      order: { name: 'ASC', id: 'ASC' },
    });
  }

  /** The locations with these ids, in no particular order; unknown ids are left out. */
  locationsByIds(ids: readonly string[]): Promise<Location[]> {
    return this.dataSource
      .getRepository(Location)
      .createQueryBuilder('l')
      .where('l.id = ANY(:ids)', { ids })
      .getMany();
  }

  location(manager: EntityManager, id: string): Promise<Location | null> {
    return manager.findOne(Location, { where: { id } });
  }

  /** The location, locked for the rest of the transaction. */
  lockedLocation(manager: EntityManager, id: string): Promise<Location | null> {
    return manager.findOne(Location, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  createLocation(manager: EntityManager, fields: Pick<Location, 'name' | 'address'>): Promise<Location> {
    return manager.save(manager.create(Location, fields));
  }

  saveLocation(manager: EntityManager, location: Location): Promise<Location> {
    return manager.save(location);
  }
}

function prefixed(alias: string): string {
  return ORG_UNIT_COLUMNS.split(', ')
    .map((column) => `${alias}.${column}`)
    .join(', ');
}
