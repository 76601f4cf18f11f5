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
import { ArticleRevisionsRepository } from './article-revisions.repository';
import { ArticlesLoader } from './articles.loader';
import { ArticlesRepository } from './articles.repository';
import { ArticleRevisionResolver, ArticlesResolver } from './articles.resolver';
import { ArticlesService } from './articles.service';
import { TopicsResolver } from './topics/topics.resolver';
import { TopicsRepository } from './topics/topics.repository';
import { TopicsService } from './topics/topics.service';
import { PeopleModule } from '../people/people.module';

/**
 * News articles: the editorial lifecycle, audiences, topics, revisions and the scheduler. Other
 * modules (feed, must-read, media, content, posts) import it for the entities, ArticleVisibility (who
 * may see what), ArticlesService (writing) and the per-request ArticlesLoader;
 * ArticlesPolicy is a plain class. Its SQL: articles.repository.ts (articles and their links),
 * article-revisions.repository.ts, topics/topics.repository.ts.
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
    ArticlesLoader,
    ArticlesRepository,
    ArticleRevisionsRepository,
    TopicsRepository,
    ArticleScheduler,
    ArticlesResolver,
    ArticleRevisionResolver,
    TopicsResolver,
  ],
  exports: [TypeOrmModule, ArticlesService, TopicsService, ArticleVisibility, ArticlesLoader],
})
export class ArticlesModule {}
