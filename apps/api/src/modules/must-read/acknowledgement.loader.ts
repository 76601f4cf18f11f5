import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import type { SessionRequest } from '../auth/auth-request.util';

/** Whether the signed-in person acknowledged an article at a version; keyed `articleId:version`. */
export const acknowledgementKey = (articleId: string, version: number) => `${articleId}:${version}`;

/**
 * Per request, one statement for a whole page of articles (myMustReads primes it from its own
 * statement, so there it costs none; the feed's cards carry `acknowledged` prefetched). Nothing is
 * shared between requests.
 */
@Injectable()
export class AcknowledgementLoaderFactory {
  private readonly byRequest = new WeakMap<object, DataLoader<string, boolean>>();

  constructor(private readonly dataSource: DataSource) {}

  acknowledged(req: SessionRequest): DataLoader<string, boolean> {
    let loader = this.byRequest.get(req);
    if (!loader) {
      const personId = req.person?.id;
      loader = new DataLoader(async (keys) => {
        if (!personId) return keys.map(() => false);
        const pairs = keys.map((key) => key.split(':'));
        const rows: { article_id: string; version: number }[] = await this.dataSource.query(
          `SELECT k.article_id, k.version FROM article_acknowledgement k
             JOIN unnest($2::uuid[], $3::int[]) AS w(article_id, version) ON w.article_id = k.article_id AND w.version = k.version
            WHERE k.person_id = $1`,
          [personId, pairs.map(([id]) => id), pairs.map(([, version]) => Number(version))],
        );
        const found = new Set(rows.map((r) => acknowledgementKey(r.article_id, r.version)));
        return keys.map((key) => found.has(key));
      });
      this.byRequest.set(req, loader);
    }
    return loader;
  }
}
