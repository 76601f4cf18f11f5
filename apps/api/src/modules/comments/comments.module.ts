import { Module, OnModuleInit } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module';
import { ContentAccess } from '../content/content-access';
import { ContentModule } from '../content/content.module';
import { CommentContentAccess } from './comment-content-access';
import { CommentsLoader } from './comments.loader';
import { CommentsRepository } from './comments.repository';
import { CommentsResolver } from './comments.resolver';
import { CommentsService } from './comments.service';
import { MentionsService } from './mentions.service';
import { PeopleModule } from '../people/people.module';

/**
 * Comments (one reply level, edit history, removal as a placeholder), @mentions, and the COMMENT
 * kind in ContentAccess. The per-item fields (comments, latestComments, commentCount) come from
 * conversation-fields, which uses CommentsLoader.
 */
@Module({
  imports: [PeopleModule, ContentModule, ArticlesModule],
  providers: [
    CommentsRepository,
    CommentsService,
    CommentsResolver,
    CommentsLoader,
    CommentContentAccess,
    MentionsService,
  ],
  exports: [CommentsLoader],
})
export class CommentsModule implements OnModuleInit {
  constructor(
    private readonly access: ContentAccess,
    private readonly comments: CommentContentAccess,
  ) {}

  onModuleInit(): void {
    this.access.register(this.comments);
  }
}
