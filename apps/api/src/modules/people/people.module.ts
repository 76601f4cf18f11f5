import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { PeopleLoader } from './people.loader';
import { PeopleRepository } from './people.repository';
import { PeopleResolver } from './people.resolver';
import { PeopleService } from './people.service';

/** The directory and the administration of people; PeopleLoader gives every domain people by id. */
@Module({
  imports: [AuthModule, OrganisationModule],
  providers: [PeopleRepository, PeopleService, PeopleLoader, PeopleResolver],
  exports: [PeopleService, PeopleLoader],
})
export class PeopleModule {}
