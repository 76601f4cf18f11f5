import { Module } from '@nestjs/common';
import { LocationResolver } from './location.resolver';
import { LocationsService } from './locations.service';
import { OrgUnitResolver } from './org-unit.resolver';
import { OrgUnitsService } from './org-units.service';
import { OrganisationLoader } from './organisation.loader';
import { OrganisationRepository } from './organisation.repository';

/** The org-unit tree and locations. */
@Module({
  providers: [
    OrganisationRepository,
    OrgUnitsService,
    LocationsService,
    OrganisationLoader,
    OrgUnitResolver,
    LocationResolver,
  ],
  exports: [OrgUnitsService, LocationsService, OrganisationLoader],
})
export class OrganisationModule {}
