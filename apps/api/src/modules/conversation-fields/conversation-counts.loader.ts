import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { RequestLoaders } from '../../common/dataloader/request-loaders';
import type { ContentCounts } from '../counters/content-counters';
import { ContentCountersRepository } from '../counters/content-counters.repository';

/** Per request: reaction counts, comment count and commentsClosed of items, one statement per page. */
@Injectable()
export class ConversationCountsLoader {
  constructor(
    private readonly loaders: RequestLoaders,
    private readonly counters: ContentCountersRepository,
  ) {}

  counts(req: object): DataLoader<string, ContentCounts> {
    // The counters answer in key order, zeros for unknown ids.
    return this.loaders.get(req, 'conversation.counts', (ids: readonly string[]) =>
      this.counters.counts(ids),
    );
  }
}
