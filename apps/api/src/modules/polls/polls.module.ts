import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module';
import { ContentModule } from '../content/content.module';
import { PollsLoader } from './polls.loader';
import { PollsRepository } from './polls.repository';
import { PollOptionResultResolver, PollsResolver } from './polls.resolver';
import { PollsService } from './polls.service';
import { PeopleModule } from '../people/people.module';

/** Polls on posts: voting and results. Posts create polls (PollsService.check/insert) and resolve Post.poll. */
@Module({
  imports: [PeopleModule, ContentModule, ArticlesModule],
  providers: [PollsRepository, PollsService, PollsLoader, PollsResolver, PollOptionResultResolver],
  exports: [PollsService, PollsLoader],
})
export class PollsModule {}
