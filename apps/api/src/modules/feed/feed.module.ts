import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module';
import { ArticleViewsLoaderFactory } from './article-views.loader';
import { ArticleViewsResolver } from './article-views.resolver';
import { ArticleViewsService } from './article-views.service';
import { FeedResolver } from './feed.resolver';
import { FeedService } from './feed.service';

/** The home feed, view events and the `unread` marker. */
@Module({
  imports: [ArticlesModule],
  providers: [
    FeedService,
    FeedResolver,
    ArticleViewsService,
    ArticleViewsResolver,
    ArticleViewsLoaderFactory,
  ],
})
export class FeedModule {}
