import { OrgUnitKind } from '@commons/shared';
import { OrgUnit } from './org-unit.entity';

/** Raw org_unit columns (plus a computed level) as selected by the recursive queries. */
export interface OrgUnitRow {
  id: string;
  parent_id: string | null;
  kind: string;
  name: string;
  deactivated_at: Date | null;
  created_at: Date;
  updated_at: Date;
  level?: number;
}

export const ORG_UNIT_COLUMNS = 'id, parent_id, kind, name, deactivated_at, created_at, updated_at';

export function toOrgUnit(row: OrgUnitRow, level?: number): OrgUnit {
  return Object.assign(new OrgUnit(), {
    id: row.id,
    parentId: row.parent_id,
    kind: row.kind as OrgUnitKind,
    name: row.name,
    deactivatedAt: row.deactivated_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    level: level ?? row.level,
  });
}
