import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { MEDIA_COLUMNS, MediaRow } from './media-row';

export interface GalleryEntry {
  alt: string;
  media: MediaRow;
}

export interface MediaLoaders {
  media: DataLoader<string, MediaRow | null>;
  /** An article's gallery, in order. */
  gallery: DataLoader<string, GalleryEntry[]>;
}

/**
 * Per-request DataLoaders: a feed page's covers and captions cost one statement, its galleries one
 * more, whatever the page size. Keyed by the request object; nothing is shared between requests.
 */
@Injectable()
export class MediaLoaderFactory {
  private readonly byRequest = new WeakMap<object, MediaLoaders>();

  constructor(private readonly dataSource: DataSource) {}

  for(request: object): MediaLoaders {
    let loaders = this.byRequest.get(request);
    if (!loaders) {
      loaders = {
        media: new DataLoader((ids) => this.loadMedia(ids)),
        gallery: new DataLoader((ids) => this.loadGalleries(ids)),
      };
      this.byRequest.set(request, loaders);
    }
    return loaders;
  }

  private async loadMedia(ids: readonly string[]): Promise<(MediaRow | null)[]> {
    const rows: MediaRow[] = await this.dataSource.query(
      `SELECT ${MEDIA_COLUMNS} FROM media WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  private async loadGalleries(articleIds: readonly string[]): Promise<GalleryEntry[][]> {
    const rows: (MediaRow & { article_id: string; alt: string })[] = await this.dataSource.query(
      `SELECT g.article_id, g.alt, ${MEDIA_COLUMNS.split(', ')
        .map((c) => `m.${c}`)
        .join(', ')}
         FROM article_gallery_image g JOIN media m ON m.id = g.media_id
        WHERE g.article_id = ANY($1::uuid[])
        ORDER BY g.article_id, g.position`,
      [articleIds],
    );
    const byArticle = new Map<string, GalleryEntry[]>();
    for (const { article_id, alt, ...media } of rows) {
      const list = byArticle.get(article_id) ?? [];
      list.push({ alt, media });
      byArticle.set(article_id, list);
    }
    return articleIds.map((id) => byArticle.get(id) ?? []);
  }
}
