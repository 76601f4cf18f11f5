import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { byKey, groupedByKey, RequestLoaders } from '../../common/dataloader/request-loaders';
import { MediaRow } from './media-row';
import { MediaRepository } from './media.repository';

export interface GalleryEntry {
  alt: string;
  media: MediaRow;
}

/**
 * Media per request: a feed page's covers and captions cost one statement, its galleries one more,
 * whatever the page size.
 */
@Injectable()
export class MediaLoader {
  constructor(
    private readonly loaders: RequestLoaders,
    private readonly repo: MediaRepository,
  ) {}

  media(request: object): DataLoader<string, MediaRow | null> {
    return this.loaders.get(request, 'media.media', async (ids: readonly string[]) =>
      byKey(ids, await this.repo.byIds(ids), (r) => r.id),
    );
  }

  /** An article's gallery, in order. */
  gallery(request: object): DataLoader<string, GalleryEntry[]> {
    return this.loaders.get(request, 'media.gallery', async (articleIds: readonly string[]) =>
      groupedByKey(articleIds, await this.repo.galleries(articleIds), (r) => r.article_id).map((rows) =>
        rows.map(({ article_id: _article, alt, ...media }) => ({ alt, media })),
      ),
    );
  }
}
