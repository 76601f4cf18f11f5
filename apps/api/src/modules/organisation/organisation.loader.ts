import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { Location } from './location.entity';
import { OrgUnit } from './org-unit.entity';
import { ORG_UNIT_COLUMNS, OrgUnitRow, toOrgUnit } from './organisation.mapper';

/** Deeper than any real organisation; stops a corrupt tree from recursing forever. */
const MAX_DEPTH = 50;

export interface OrganisationLoaders {
  /** A unit's path from the root down to the unit itself, each with its level. Empty when unknown. */
  path: DataLoader<string, OrgUnit[]>;
  location: DataLoader<string, Location | null>;
}

/**
 * Per-request DataLoaders, so a page of people costs one statement for all their units and paths and
 * one for all their locations, whatever the page size. Keyed by the request object; nothing is
 * shared between requests (a cache across requests would show stale or unauthorised data).
 */
@Injectable()
export class OrganisationLoaderFactory {
  private readonly byRequest = new WeakMap<object, OrganisationLoaders>();

  constructor(private readonly dataSource: DataSource) {}

  for(request: object): OrganisationLoaders {
    let loaders = this.byRequest.get(request);
    if (!loaders) {
      loaders = {
        path: new DataLoader((ids) => this.loadPaths(ids)),
        location: new DataLoader((ids) => this.loadLocations(ids)),
      };
      this.byRequest.set(request, loaders);
    }
    return loaders;
  }

  private async loadPaths(ids: readonly string[]): Promise<OrgUnit[][]> {
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

  private async loadLocations(ids: readonly string[]): Promise<(Location | null)[]> {
    const found = await this.dataSource
      .getRepository(Location)
      .createQueryBuilder('l')
      .where('l.id = ANY(:ids)', { ids })
      .getMany();
    const byId = new Map(found.map((l) => [l.id, l]));
    return ids.map((id) => byId.get(id) ?? null);
  }
}

function prefixed(alias: string): string {
  return ORG_UNIT_COLUMNS.split(', ')
    .map((column) => `${alias}.${column}`)
    .join(', ');
}
