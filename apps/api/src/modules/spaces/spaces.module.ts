import { Module, OnModuleInit } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module';
import { AuditModule } from '../audit/audit.module';
import { ContentAccess } from '../content/content-access';
import { ContentModule } from '../content/content.module';
import { MediaModule } from '../media/media.module';
import { SpaceLoaderFactory } from './spaces.loader';
import { SpaceMemberResolver, SpacesResolver } from './spaces.resolver';
import { SpacesService } from './spaces.service';

/**
 * Spaces and their membership. Registers itself with ContentAccess as the SpaceModeration (owners
 * and moderators moderate their space's content). Posts import it for SpacesService (membership)
 * and the per-request SpaceLoaderFactory.
 */
@Module({
  imports: [AuditModule, MediaModule, ArticlesModule, ContentModule],
  providers: [SpacesService, SpaceLoaderFactory, SpacesResolver, SpaceMemberResolver],
  exports: [SpacesService, SpaceLoaderFactory],
})
export class SpacesModule implements OnModuleInit {
  constructor(
    private readonly access: ContentAccess,
    private readonly spaces: SpacesService,
  ) {}

  onModuleInit(): void {
    this.access.registerSpaceModeration(this.spaces);
  }
}
