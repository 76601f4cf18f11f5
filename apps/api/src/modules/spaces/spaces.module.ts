import { Module, OnModuleInit } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module';
import { AuditModule } from '../audit/audit.module';
import { ContentAccess } from '../content/content-access';
import { ContentModule } from '../content/content.module';
import { MediaModule } from '../media/media.module';
import { SpaceMemberResolver, SpaceMembershipResolver } from './space-membership.resolver';
import { SpaceMembershipRepository } from './space-membership.repository';
import { SpaceMembershipService } from './space-membership.service';
import { SpacesLoader } from './spaces.loader';
import { SpacesRepository } from './spaces.repository';
import { SpacesResolver } from './spaces.resolver';
import { SpacesService } from './spaces.service';
import { PeopleModule } from '../people/people.module';

/**
 * Spaces and their membership. Registers SpaceMembershipService with ContentAccess as the
 * SpaceModeration (owners and moderators moderate their space's content). Posts import it for
 * SpacesService (a space with the actor's membership and policy) and the per-request SpacesLoader.
 */
@Module({
  imports: [PeopleModule, AuditModule, MediaModule, ArticlesModule, ContentModule],
  providers: [
    SpacesRepository,
    SpaceMembershipRepository,
    SpacesService,
    SpaceMembershipService,
    SpacesLoader,
    SpacesResolver,
    SpaceMembershipResolver,
    SpaceMemberResolver,
  ],
  exports: [SpacesService, SpacesLoader],
})
export class SpacesModule implements OnModuleInit {
  constructor(
    private readonly access: ContentAccess,
    private readonly membership: SpaceMembershipService,
  ) {}

  onModuleInit(): void {
    this.access.registerSpaceModeration(this.membership);
  }
}
