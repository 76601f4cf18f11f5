import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import type { SessionRequest } from '../auth/auth-request.util';

/**
 * Per request: whether the signed-in person has never opened an article (no view event on any day).
 * One statement for a whole page. The feed's cards do not come here: their `unread` is prefetched by
 * the feed's own statement (feed.resolver.ts).
 */
@Injectable()
export class ArticleViewsLoaderFactory {
  private readonly byRequest = new WeakMap<object, DataLoader<string, boolean>>();

  constructor(private readonly dataSource: DataSource) {}

  unread(req: SessionRequest): DataLoader<string, boolean> {
    let loader = this.byRequest.get(req);
    if (!loader) {
      const personId = req.person?.id;
      loader = new DataLoader(async (ids) => {
        if (!personId) return ids.map(() => true);
        const rows: { content_id: string }[] = await this.dataSource.query(
          `SELECT DISTINCT content_id FROM content_view WHERE person_id = $1 AND content_id = ANY($2::uuid[])`,
          [personId, ids],
        );
        const seen = new Set(rows.map((r) => r.content_id));
        return ids.map((id) => !seen.has(id));
      });
      this.byRequest.set(req, loader);
    }
    return loader;
  }
}
