import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { MediaModule } from '../media/media.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { ArticleChanges } from './services/article-changes.service';
import { articleEntities } from './article-entities';
import { ArticleFinder } from './services/article-finder.service';
import { ArticleLifecycleService } from './services/article-lifecycle.service';
import { ArticleQueries } from './services/article-queries.service';
import { ArticleScheduler } from './services/article-scheduler.service';
import { ArticleVisibility } from './article-visibility';
import { ArticleLoaderFactory } from './articles.loader';
import { ArticleRevisionResolver, ArticlesResolver } from './articles.resolver';
import { ArticlesService } from './articles.service';
import { TopicsResolver } from './topics/topics.resolver';
import { TopicsService } from './topics/topics.service';
import { PeopleModule } from '../people/people.module';

/**
 * News articles: the editorial lifecycle, audiences, topics, revisions and the scheduler. Other
 * modules (feed, must-read, media, search) import it for the entities, ArticleVisibility (who may
 * see what), ArticlesService (writing) and the per-request ArticleLoaderFactory; ArticlesPolicy is a plain class.
 */
@Module({
  imports: [
    PeopleModule,
    TypeOrmModule.forFeature(articleEntities),
    AuditModule,
    OrganisationModule,
    MediaModule,
  ],
  providers: [
    ArticlesService,
    ArticleLifecycleService,
    ArticleQueries,
    ArticleChanges,
    ArticleFinder,
    TopicsService,
    ArticleVisibility,
    ArticleLoaderFactory,
    ArticleScheduler,
    ArticlesResolver,
    ArticleRevisionResolver,
    TopicsResolver,
  ],
  exports: [TypeOrmModule, ArticlesService, TopicsService, ArticleVisibility, ArticleLoaderFactory],
})
export class ArticlesModule {}
