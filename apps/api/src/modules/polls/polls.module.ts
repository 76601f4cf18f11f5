import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module';
import { ContentModule } from '../content/content.module';
import { PollLoaderFactory } from './polls.loader';
import { PollOptionResultResolver, PollsResolver } from './polls.resolver';
import { PollsService } from './polls.service';
import { PeopleModule } from '../people/people.module';

/** Polls on posts: voting and results. Posts create polls (PollsService.check/insert) and resolve Post.poll. */
@Module({
  imports: [PeopleModule, ContentModule, ArticlesModule],
  providers: [PollsService, PollLoaderFactory, PollsResolver, PollOptionResultResolver],
  exports: [PollsService, PollLoaderFactory],
})
export class PollsModule {}
