import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { OrgUnitKind } from '@commons/shared';
import { AppError, badInput, ErrorCode, notFound } from '../../common/errors/app-error';
import { isUniqueViolation } from '../../common/errors/pg-error.util';
import { AuditService } from '../audit/audit.service';
import { Person } from '../people/person.entity';
import { CreateOrgUnitInput } from './dto/create-org-unit.input';
import { UpdateOrgUnitInput } from './dto/update-org-unit.input';
import { OrgUnit } from './org-unit.entity';
import { ORG_UNIT_COLUMNS, OrgUnitRow, toOrgUnit } from './organisation.mapper';
import { OrganisationPolicy } from './organisation.policy';

/** Moves take this transaction-level lock, so two concurrent moves cannot build a cycle together. */
const TREE_LOCK = 0x6f7267; // "org"

const nameTaken = () =>
  new AppError(ErrorCode.CONFLICT, 'A sibling unit already has this name.', {
    field: 'name',
    reason: 'TAKEN',
  });

@Injectable()
export class OrgUnitsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The whole tree as a flat list in depth-first order (siblings by name), each with its level. */
  async list(viewer: Person, includeInactive: boolean): Promise<OrgUnit[]> {
    const withInactive = includeInactive && OrganisationPolicy.for(viewer).canSeeInactive();
    // An inactive unit hides its subtree (deactivation requires it to be empty of active units anyway).
    const active = withInactive ? '' : 'AND deactivated_at IS NULL';
    const rows: OrgUnitRow[] = await this.dataSource.query(
      `WITH RECURSIVE tree AS (
         SELECT ${ORG_UNIT_COLUMNS}, 0 AS level, ARRAY[lower(name), id::text] AS sort_path
           FROM org_unit WHERE parent_id IS NULL ${active}
         UNION ALL
         SELECT ${ORG_UNIT_COLUMNS.split(', ')
           .map((c) => `c.${c}`)
           .join(', ')}, t.level + 1,
                t.sort_path || ARRAY[lower(c.name), c.id::text]
           FROM org_unit c JOIN tree t ON c.parent_id = t.id
          WHERE t.level < 50 ${active.replace('deactivated_at', 'c.deactivated_at')}
       )
       SELECT * FROM tree ORDER BY sort_path`,
    );
    return rows.map((row) => toOrgUnit(row));
  }

  /** One unit with its level; NOT_FOUND when unknown or (for non-admins) deactivated. */
  async get(viewer: Person, id: string, path: (id: string) => Promise<OrgUnit[]>): Promise<OrgUnit> {
    const unit = isUUID(id) ? (await path(id)).at(-1) : undefined;
    if (!unit || (unit.deactivatedAt && !OrganisationPolicy.for(viewer).canSeeInactive()))
      throw notFound('Org unit');
    return unit;
  }

  async create(actor: Person, input: CreateOrgUnitInput): Promise<OrgUnit> {
    OrganisationPolicy.for(actor).assertCanManage();
    const name = input.name.trim();
    assertName(name);
    return this.dataSource.transaction(async (manager) => {
      const parentId = input.parentId ?? null;
      if (parentId === null && input.kind !== OrgUnitKind.AGENCY) {
        throw badInput('parentId', 'REQUIRED', 'Only an agency can be at the top of the tree.');
      }
      if (parentId !== null) await this.activeUnit(manager, parentId, 'parentId');
      const unit = await this.insertOrConflict(() =>
        manager.save(manager.create(OrgUnit, { name, kind: input.kind, parentId })),
      );
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'org_unit.create',
        targetType: 'org_unit',
        targetId: unit.id,
        details: { name, kind: input.kind, parentId },
      });
      return unit;
    });
  }

  async update(actor: Person, id: string, input: UpdateOrgUnitInput): Promise<OrgUnit> {
    OrganisationPolicy.for(actor).assertCanManage();
    return this.dataSource.transaction(async (manager) => {
      const unit = await this.lockedUnit(manager, id);
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      if (input.name !== undefined && input.name !== null) {
        const name = input.name.trim();
        assertName(name);
        if (name !== unit.name) changes['name'] = { from: unit.name, to: (unit.name = name) };
      }
      if (input.kind !== undefined && input.kind !== null && input.kind !== unit.kind) {
        changes['kind'] = { from: unit.kind, to: (unit.kind = input.kind) };
      }
      if (Object.keys(changes).length === 0) return unit;
      const saved = await this.insertOrConflict(() => manager.save(unit));
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'org_unit.update',
        targetType: 'org_unit',
        targetId: id,
        details: changes,
      });
      return saved;
    });
  }

  /** Re-parents a unit; refuses to put it under itself or anything below it (CYCLE). */
  async move(actor: Person, id: string, parentId: string): Promise<OrgUnit> {
    OrganisationPolicy.for(actor).assertCanManage();
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock($1)`, [TREE_LOCK]);
      const unit = await this.lockedUnit(manager, id);
      await this.activeUnit(manager, parentId, 'parentId');
      const [cycle] = await manager.query(
        `WITH RECURSIVE up AS (
           SELECT id, parent_id, 0 AS depth FROM org_unit WHERE id = $1
           UNION ALL
           SELECT o.id, o.parent_id, up.depth + 1 FROM org_unit o JOIN up ON o.id = up.parent_id WHERE up.depth < 50
         )
         SELECT 1 FROM up WHERE id = $2 LIMIT 1`,
        [parentId, id],
      );
      if (cycle)
        throw badInput('parentId', 'CYCLE', 'A unit cannot be moved under itself or one of its descendants.');
      if (unit.parentId === parentId) return unit;
      const from = unit.parentId;
      unit.parentId = parentId;
      const saved = await this.insertOrConflict(() => manager.save(unit));
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'org_unit.move',
        targetType: 'org_unit',
        targetId: id,
        details: { parentId: { from, to: parentId } },
      });
      return saved;
    });
  }

  /** Only an empty unit can be deactivated: no active units below it and no active people in it. */
  async deactivate(actor: Person, id: string): Promise<OrgUnit> {
    OrganisationPolicy.for(actor).assertCanManage();
    return this.dataSource.transaction(async (manager) => {
      const unit = await this.lockedUnit(manager, id);
      if (unit.deactivatedAt) return unit;
      const [usage] = await manager.query(
        `SELECT (SELECT count(*) FROM org_unit WHERE parent_id = $1 AND deactivated_at IS NULL)::int AS units,
                (SELECT count(*) FROM person WHERE org_unit_id = $1 AND deactivated_at IS NULL)::int AS people`,
        [id],
      );
      if (usage.units > 0 || usage.people > 0) {
        throw new AppError(ErrorCode.CONFLICT, 'Move or deactivate the units and people in it first.', {
          reason: 'NOT_EMPTY',
        });
      }
      unit.deactivatedAt = new Date();
      const saved = await manager.save(unit);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'org_unit.deactivate',
        targetType: 'org_unit',
        targetId: id,
        details: {},
      });
      return saved;
    });
  }

  /** An active unit for a reference in input; BAD_USER_INPUT UNKNOWN_ORG_UNIT otherwise. */
  async activeUnit(manager: EntityManager, id: string, field: string): Promise<OrgUnit> {
    const unit = isUUID(id) ? await manager.findOne(OrgUnit, { where: { id } }) : null;
    if (!unit || unit.deactivatedAt) throw badInput(field, 'UNKNOWN_ORG_UNIT', 'No such org unit.');
    return unit;
  }

  private async lockedUnit(manager: EntityManager, id: string): Promise<OrgUnit> {
    const unit = isUUID(id)
      ? await manager.findOne(OrgUnit, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!unit) throw notFound('Org unit');
    return unit;
  }

  private async insertOrConflict<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isUniqueViolation(error, 'org_unit_sibling_name_uq')) throw nameTaken();
      throw error;
    }
  }
}

function assertName(name: string): void {
  if (name.length === 0) throw badInput('name', 'REQUIRED', 'A name is required.');
}
