import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module';
import { ContentModule } from '../content/content.module';
import { ReactionLoaderFactory } from './reactions.loader';
import { ReactionsResolver, ReactorEdgeResolver } from './reactions.resolver';
import { ReactionsService } from './reactions.service';
import { PeopleModule } from '../people/people.module';

/** Reactions on any content item (articles, posts, comments). The per-item fields come from conversation-fields. */
@Module({
  imports: [PeopleModule, ContentModule, ArticlesModule],
  providers: [ReactionsService, ReactionsResolver, ReactorEdgeResolver, ReactionLoaderFactory],
  exports: [ReactionLoaderFactory],
})
export class ReactionsModule {}
