import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { byKey, RequestLoaders } from '../../common/dataloader/request-loaders';
import { Location } from './location.entity';
import { OrgUnit } from './org-unit.entity';
import { OrganisationRepository } from './organisation.repository';

/**
 * Units' paths and locations for the current request: a page of people costs one statement for all
 * their units and paths and one for all their locations, whatever the page size.
 */
@Injectable()
export class OrganisationLoader {
  constructor(
    private readonly loaders: RequestLoaders,
    private readonly repository: OrganisationRepository,
  ) {}

  /** A unit's path from the root down to the unit itself, each with its level. Empty when unknown. */
  path(request: object): DataLoader<string, OrgUnit[]> {
    return this.loaders.get(request, 'organisation.path', (ids: readonly string[]) =>
      this.repository.paths(ids),
    );
  }

  location(request: object): DataLoader<string, Location | null> {
    return this.loaders.get(request, 'organisation.location', async (ids: readonly string[]) =>
      byKey(ids, await this.repository.locationsByIds(ids), (l) => l.id),
    );
  }
}
