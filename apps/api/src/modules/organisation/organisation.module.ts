import { Module } from '@nestjs/common';
import { LocationResolver } from './location.resolver';
import { LocationsService } from './locations.service';
import { OrgUnitResolver } from './org-unit.resolver';
import { OrgUnitsService } from './org-units.service';
import { OrganisationLoaderFactory } from './organisation.loader';

/** The org-unit tree and locations. */
@Module({
  providers: [
    OrgUnitsService,
    LocationsService,
    OrganisationLoaderFactory,
    OrgUnitResolver,
    LocationResolver,
  ],
  exports: [OrgUnitsService, LocationsService, OrganisationLoaderFactory],
})
export class OrganisationModule {}
