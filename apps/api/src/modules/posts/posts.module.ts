import { Module, OnModuleInit } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module';
import { ContentAccess } from '../content/content-access';
import { ContentModule } from '../content/content.module';
import { MediaModule } from '../media/media.module';
import { PollsModule } from '../polls/polls.module';
import { SpacesModule } from '../spaces/spaces.module';
import { CurationService } from './curation.service';
import { PostContentAccess } from './post-content-access';
import { PostsLoader } from './posts.loader';
import { PostsRepository } from './posts.repository';
import { ArticlePromotionResolver, PostPromotionResolver } from './post-promotion.resolver';
import { PostsResolver } from './posts.resolver';
import { PostsService } from './posts.service';
import { PeopleModule } from '../people/people.module';

/**
 * Staff posts in spaces, shares, and curation (featured posts, promotion to news). Registers the
 * POST kind with ContentAccess, so reactions, comments, shares and reports see posts the same way.
 */
@Module({
  imports: [PeopleModule, ArticlesModule, ContentModule, MediaModule, PollsModule, SpacesModule],
  providers: [
    PostsRepository,
    PostsService,
    CurationService,
    PostContentAccess,
    PostsLoader,
    PostsResolver,
    ArticlePromotionResolver,
    PostPromotionResolver,
  ],
  exports: [PostsService, PostsLoader],
})
export class PostsModule implements OnModuleInit {
  constructor(
    private readonly access: ContentAccess,
    private readonly posts: PostContentAccess,
  ) {}

  onModuleInit(): void {
    this.access.register(this.posts);
  }
}
