import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { ContentCounts, readCounts } from '../counters/content-counters';

/** Per request: reaction counts, comment count and commentsClosed of items, one statement per page. */
@Injectable()
export class ConversationCountsLoaderFactory {
  private readonly byRequest = new WeakMap<object, DataLoader<string, ContentCounts>>();

  constructor(private readonly dataSource: DataSource) {}

  for(req: object): DataLoader<string, ContentCounts> {
    let loader = this.byRequest.get(req);
    if (!loader) {
      loader = new DataLoader((ids) => readCounts(this.dataSource.manager, ids));
      this.byRequest.set(req, loader);
    }
    return loader;
  }
}
