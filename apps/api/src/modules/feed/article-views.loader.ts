import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { RequestLoaders } from '../../common/dataloader/request-loaders';
import type { SessionRequest } from '../auth/auth-request.util';
import { FeedRepository } from './feed.repository';

/**
 * Per request: whether the signed-in person has never opened an article (no view event on any day).
 * One statement for a whole page. The feed's cards do not come here: their `unread` is prefetched by
 * the feed's own statement (feed.resolver.ts).
 */
@Injectable()
export class ArticleViewsLoader {
  constructor(
    private readonly loaders: RequestLoaders,
    private readonly feed: FeedRepository,
  ) {}

  unread(req: SessionRequest): DataLoader<string, boolean> {
    const personId = req.person?.id;
    return this.loaders.get(req, 'feed.unread', async (ids: readonly string[]) => {
      if (!personId) return ids.map(() => true);
      const seen = new Set(await this.feed.viewedIds(personId, ids));
      return ids.map((id) => !seen.has(id));
    });
  }
}
