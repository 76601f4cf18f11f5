import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module';
import { CommentsModule } from '../comments/comments.module';
import { ContentModule } from '../content/content.module';
import { PostsModule } from '../posts/posts.module';
import { ModerationRepository } from './moderation.repository';
import { ModerationResolver } from './moderation.resolver';
import { ModerationService } from './moderation.service';
import { PeopleModule } from '../people/people.module';

/** Reports, the moderation queue and hide/dismiss, audited. Who may moderate what is ContentAccess.moderatable. */
@Module({
  imports: [PeopleModule, ContentModule, ArticlesModule, CommentsModule, PostsModule],
  providers: [ModerationRepository, ModerationService, ModerationResolver],
})
export class ModerationModule {}
