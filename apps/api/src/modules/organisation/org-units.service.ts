import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { EntityManager } from 'typeorm';
import { OrgUnitKind } from '@commons/shared';
import { AppError, badInput, ErrorCode, notFound } from '../../common/errors/app-error';
import { isUniqueViolation } from '../../common/errors/pg-error.util';
import { AuditService } from '../audit/audit.service';
import { Person } from '../people/person.entity';
import { CreateOrgUnitInput } from './dto/create-org-unit.input';
import { UpdateOrgUnitInput } from './dto/update-org-unit.input';
import { OrgUnit } from './org-unit.entity';
import { OrganisationPolicy } from './organisation.policy';
import { OrganisationRepository } from './organisation.repository';

const nameTaken = () =>
  new AppError(ErrorCode.CONFLICT, 'A sibling unit already has this name.', {
    field: 'name',
    reason: 'TAKEN',
  });

@Injectable()
export class OrgUnitsService {
  constructor(
    private readonly repository: OrganisationRepository,
    private readonly audit: AuditService,
  ) {}

  /** The whole tree as a flat list in depth-first order (siblings by name), each with its level. */
  list(viewer: Person, includeInactive: boolean): Promise<OrgUnit[]> {
    return this.repository.tree(includeInactive && OrganisationPolicy.for(viewer).canSeeInactive());
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
    return this.repository.transaction(async (manager) => {
      const parentId = input.parentId ?? null;
      if (parentId === null && input.kind !== OrgUnitKind.AGENCY) {
        throw badInput('parentId', 'REQUIRED', 'Only an agency can be at the top of the tree.');
      }
      if (parentId !== null) await this.activeUnit(manager, parentId, 'parentId');
      const unit = await this.insertOrConflict(() =>
        this.repository.createUnit(manager, { name, kind: input.kind, parentId }),
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
    return this.repository.transaction(async (manager) => {
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
      const saved = await this.insertOrConflict(() => this.repository.saveUnit(manager, unit));
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
    return this.repository.transaction(async (manager) => {
      await this.repository.lockTree(manager);
      const unit = await this.lockedUnit(manager, id);
      await this.activeUnit(manager, parentId, 'parentId');
      const cycle = await this.repository.isAncestorOrSelf(manager, id, parentId);
      if (cycle)
        throw badInput('parentId', 'CYCLE', 'A unit cannot be moved under itself or one of its descendants.');
      if (unit.parentId === parentId) return unit;
      const from = unit.parentId;
      unit.parentId = parentId;
      const saved = await this.insertOrConflict(() => this.repository.saveUnit(manager, unit));
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
    return this.repository.transaction(async (manager) => {
      const unit = await this.lockedUnit(manager, id);
      if (unit.deactivatedAt) return unit;
      const usage = await this.repository.usage(manager, id);
      if (usage.units > 0 || usage.people > 0) {
        throw new AppError(ErrorCode.CONFLICT, 'Move or deactivate the units and people in it first.', {
          reason: 'NOT_EMPTY',
        });
      }
      unit.deactivatedAt = new Date();
      const saved = await this.repository.saveUnit(manager, unit);
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
    const unit = isUUID(id) ? await this.repository.unit(manager, id) : null;
    if (!unit || unit.deactivatedAt) throw badInput(field, 'UNKNOWN_ORG_UNIT', 'No such org unit.');
    return unit;
  }

  private async lockedUnit(manager: EntityManager, id: string): Promise<OrgUnit> {
    const unit = isUUID(id) ? await this.repository.lockedUnit(manager, id) : null;
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
