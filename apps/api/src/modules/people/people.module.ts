import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { PeopleResolver } from './people.resolver';
import { PeopleService } from './people.service';

/** The directory and the administration of people. */
@Module({
  imports: [AuthModule, OrganisationModule],
  providers: [PeopleService, PeopleResolver],
  exports: [PeopleService],
})
export class PeopleModule {}
