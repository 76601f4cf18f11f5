import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { BaseRepository } from '../../database/base.repository';
import type { MediaKind, MediaVariant } from './media.constants';
import { MEDIA_COLUMNS, mediaColumnsSql, MediaRow } from './media-row';

/** A new media row, before it has an id. */
export interface NewMedia {
  ownerId: string;
  kind: MediaKind;
  contentType: string;
  byteSize: number;
  width: number | null;
  height: number | null;
  storageKey: string;
  variants: MediaVariant[];
}

/** Where the media module reaches PostgreSQL: uploads' rows, serving, placing and the loaders' batches. */
@Injectable()
export class MediaRepository extends BaseRepository {
  /** The person's uploads in the last hour (uses media_owner_idx). */
  async uploadsInLastHour(ownerId: string): Promise<number> {
    const [{ n }]: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM media WHERE owner_id = $1 AND created_at > now() - interval '1 hour'`,
      [ownerId],
    );
    return n;
  }

  async insert(item: NewMedia, manager: EntityManager): Promise<string> {
    const [{ id }]: { id: string }[] = await manager.query(
      `INSERT INTO media (owner_id, kind, content_type, byte_size, width, height, storage_key, variants)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb) RETURNING id`,
      [
        item.ownerId,
        item.kind,
        item.contentType,
        item.byteSize,
        item.width,
        item.height,
        item.storageKey,
        JSON.stringify(item.variants),
      ],
    );
    return id;
  }

  async byStorageKey(storageKey: string): Promise<MediaRow | null> {
    const rows: MediaRow[] = await this.dataSource.query(
      `SELECT ${MEDIA_COLUMNS} FROM media WHERE storage_key = $1`,
      [storageKey],
    );
    return rows[0] ?? null;
  }

  /**
   * The media rows of these ids, locked FOR SHARE until the caller's transaction ends, each with
   * whether it is already placed on article `articleId` (cover, captions or gallery).
   */
  forPlacing(
    ids: readonly string[],
    articleId: string | null,
    manager: EntityManager,
  ): Promise<{ id: string; kind: MediaKind; owner_id: string; placed: boolean }[]> {
    return manager.query(
      `SELECT m.id, m.kind, m.owner_id,
              ($2::uuid IS NOT NULL AND (
                EXISTS (SELECT 1 FROM article a WHERE a.id = $2 AND m.id IN (a.cover_media_id, a.captions_media_id))
                OR EXISTS (SELECT 1 FROM article_gallery_image g WHERE g.article_id = $2 AND g.media_id = m.id)
              )) AS placed
         FROM media m WHERE m.id = ANY($1::uuid[])
          FOR SHARE OF m`,
      [ids, articleId],
    );
  }

  byIds(ids: readonly string[]): Promise<MediaRow[]> {
    return this.dataSource.query(`SELECT ${MEDIA_COLUMNS} FROM media WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** The gallery images of these articles, each with its alt text, in order. */
  galleries(articleIds: readonly string[]): Promise<(MediaRow & { article_id: string; alt: string })[]> {
    return this.dataSource.query(
      `SELECT g.article_id, g.alt, ${mediaColumnsSql('m')}
         FROM article_gallery_image g JOIN media m ON m.id = g.media_id
        WHERE g.article_id = ANY($1::uuid[])
        ORDER BY g.article_id, g.position`,
      [articleIds],
    );
  }
}
