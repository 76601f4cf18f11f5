import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { RequestLoaders } from '../../common/dataloader/request-loaders';
import type { SessionRequest } from '../auth/auth-request.util';
import { MustReadRepository } from './must-read.repository';

/** Whether the signed-in person acknowledged an article at a version; keyed `articleId:version`. */
export const acknowledgementKey = (articleId: string, version: number) => `${articleId}:${version}`;

/**
 * Per request, one statement for a whole page of articles (myMustReads primes it from its own
 * statement, so there it costs none; the feed's cards carry `acknowledged` prefetched).
 */
@Injectable()
export class AcknowledgementLoader {
  constructor(
    private readonly loaders: RequestLoaders,
    private readonly mustReads: MustReadRepository,
  ) {}

  acknowledged(req: SessionRequest): DataLoader<string, boolean> {
    const personId = req.person?.id;
    return this.loaders.get(req, 'mustRead.acknowledged', async (keys: readonly string[]) => {
      if (!personId) return keys.map(() => false);
      const pairs = keys.map((key) => {
        const [articleId, version] = key.split(':');
        return { articleId, version: Number(version) };
      });
      const rows = await this.mustReads.acknowledgedPairs(personId, pairs);
      const found = new Set(rows.map((r) => acknowledgementKey(r.article_id, r.version)));
      return keys.map((key) => found.has(key));
    });
  }
}
