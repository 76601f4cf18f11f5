import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { RequestLoaders } from '../../common/dataloader/request-loaders';
import type { ContentCounts } from '../counters/content-counters';
import { ConversationFieldsRepository } from './conversation-fields.repository';

/** Per request: reaction counts, comment count and commentsClosed of items, one statement per page. */
@Injectable()
export class ConversationCountsLoader {
  constructor(
    private readonly loaders: RequestLoaders,
    private readonly repo: ConversationFieldsRepository,
  ) {}

  counts(req: object): DataLoader<string, ContentCounts> {
    // readCounts answers in key order, zeros for unknown ids.
    return this.loaders.get(req, 'conversation.counts', (ids: readonly string[]) => this.repo.counts(ids));
  }
}
