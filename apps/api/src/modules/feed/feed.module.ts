import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module';
import { ArticleViewsLoader } from './article-views.loader';
import { ArticleViewsResolver } from './article-views.resolver';
import { ArticleViewsService } from './article-views.service';
import { FeedRepository } from './feed.repository';
import { FeedResolver } from './feed.resolver';
import { FeedService } from './feed.service';

/** The home feed, view events and the `unread` marker. */
@Module({
  imports: [ArticlesModule],
  providers: [
    FeedService,
    FeedRepository,
    FeedResolver,
    ArticleViewsService,
    ArticleViewsResolver,
    ArticleViewsLoader,
  ],
})
export class FeedModule {}
