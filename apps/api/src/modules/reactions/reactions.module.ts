import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module';
import { ContentModule } from '../content/content.module';
import { CountersModule } from '../counters/counters.module';
import { ReactionsLoader } from './reactions.loader';
import { ReactionsRepository } from './reactions.repository';
import { ReactionsResolver, ReactorEdgeResolver } from './reactions.resolver';
import { ReactionsService } from './reactions.service';
import { PeopleModule } from '../people/people.module';

/** Reactions on any content item (articles, posts, comments). The per-item fields come from conversation-fields. */
@Module({
  imports: [PeopleModule, ContentModule, CountersModule, ArticlesModule],
  providers: [ReactionsRepository, ReactionsService, ReactionsResolver, ReactorEdgeResolver, ReactionsLoader],
  exports: [ReactionsLoader],
})
export class ReactionsModule {}
