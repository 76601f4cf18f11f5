import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { isEditorRole } from '@commons/shared';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { badInput } from '../../common/errors/app-error';
import { AuditService } from '../audit/audit.service';
import type { Person } from '../people/person.entity';
import { etagOf, ImageProcessor } from './services/image-processor.service';
import {
  MEDIA_DEFAULT_SIZES,
  MEDIA_MAX_CAPTIONS_BYTES,
  MEDIA_MAX_IMAGE_BYTES,
  MEDIA_UPLOADS_PER_HOUR,
  MediaKind,
  MediaVariant,
} from './media.constants';
import { MediaRejection } from './controllers/media-rejection';
import { MediaRow } from './media-row';
import { MediaRepository, type NewMedia } from './media.repository';
import { isWebVtt, sniffImage } from './utils/media-sniff.util';
import { MEDIA_STORAGE, MediaStorage } from './storage/media-storage';
import { fallbackUrl, mediaUrl, srcSetOf } from './utils/media-urls.util';

export interface UploadedImage {
  id: string;
  url: string;
  width: number;
  height: number;
  srcSet: string;
  avifSrcSet: string;
  sizes: string;
}

export interface UploadedCaptions {
  id: string;
  url: string;
}

/** A media item an article wants to use, and the input field that named it (for the error). */
export interface MediaReference {
  id: string;
  kind: MediaKind;
  field: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Who may place an uploaded file: whoever uploaded it, and editors and admins (they curate everyone's). */
export const canUseMedia = (actor: Pick<Person, 'id' | 'role'>, ownerId: string): boolean =>
  ownerId === actor.id || isEditorRole(actor.role);

/**
 * Uploads and their rules. An upload is checked and fully re-encoded in memory first; only then are
 * the files written and the row inserted, in one transaction whose failure removes the files again,
 * so a refused or failed upload leaves neither a row nor a file.
 */
@Injectable()
export class MediaService implements OnModuleDestroy {
  private readonly logger = new Logger(MediaService.name);

  constructor(
    private readonly repo: MediaRepository,
    private readonly audit: AuditService,
    private readonly images: ImageProcessor,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
  ) {}

  onModuleDestroy(): void {
    this.storage.destroy?.();
  }

  async uploadImage(actor: Person, data: Buffer | undefined): Promise<UploadedImage> {
    if (!data)
      throw new MediaRejection(400, 'FILE_REQUIRED', 'Send the image as the multipart field "file".');
    await this.assertWithinRate(actor);
    if (data.length > MEDIA_MAX_IMAGE_BYTES) {
      throw new MediaRejection(
        413,
        'TOO_LARGE',
        `Images may be at most ${MEDIA_MAX_IMAGE_BYTES / 1024 / 1024} MB.`,
      );
    }
    const sniffed = sniffImage(data);
    if (!sniffed.ok && sniffed.reason === 'EMPTY')
      throw new MediaRejection(400, 'EMPTY_FILE', 'The file is empty.');
    if (!sniffed.ok) {
      throw new MediaRejection(
        415,
        sniffed.reason,
        sniffed.reason === 'SVG_NOT_ALLOWED'
          ? 'SVG images are not accepted (they can carry scripts); export a PNG instead.'
          : 'Only JPEG, PNG, WebP, GIF and AVIF images are accepted.',
      );
    }
    const processed = await this.images.process(data, sniffed.format);
    const variants = processed.variants.map(({ data: _bytes, ...variant }) => variant);
    const storageKey = randomUUID();
    const id = await this.store(actor, {
      kind: 'IMAGE',
      // What it really was; the declared type was never trusted.
      contentType: sniffed.contentType,
      byteSize: data.length,
      width: processed.width,
      height: processed.height,
      storageKey,
      files: processed.variants,
      variants,
    });
    return {
      id,
      url: fallbackUrl(storageKey, variants),
      width: processed.width,
      height: processed.height,
      srcSet: srcSetOf(storageKey, variants, 'webp'),
      avifSrcSet: srcSetOf(storageKey, variants, 'avif'),
      sizes: MEDIA_DEFAULT_SIZES,
    };
  }

  async uploadCaptions(actor: Person, data: Buffer | undefined): Promise<UploadedCaptions> {
    if (!data)
      throw new MediaRejection(400, 'FILE_REQUIRED', 'Send the captions as the multipart field "file".');
    await this.assertWithinRate(actor);
    if (data.length > MEDIA_MAX_CAPTIONS_BYTES) {
      throw new MediaRejection(
        413,
        'TOO_LARGE',
        `Captions files may be at most ${MEDIA_MAX_CAPTIONS_BYTES / 1024} KB.`,
      );
    }
    if (!isWebVtt(data)) {
      throw new MediaRejection(
        415,
        'NOT_WEBVTT',
        'Captions must be a WebVTT file (UTF-8 text starting with "WEBVTT").',
      );
    }
    const storageKey = randomUUID();
    const variant: MediaVariant = {
      file: 'captions.vtt',
      contentType: 'text/vtt; charset=utf-8',
      format: 'vtt',
      bytes: data.length,
      etag: etagOf(data),
    };
    const id = await this.store(actor, {
      kind: 'CAPTIONS',
      contentType: 'text/vtt',
      byteSize: data.length,
      width: null,
      height: null,
      storageKey,
      files: [{ ...variant, data }],
      variants: [variant],
    });
    return { id, url: mediaUrl(storageKey, variant.file) };
  }

  /** Counted from the table (uses media_owner_idx), so the limit holds across replicas and restarts. */
  private async assertWithinRate(actor: Person): Promise<void> {
    if ((await this.repo.uploadsInLastHour(actor.id)) >= MEDIA_UPLOADS_PER_HOUR) {
      throw new MediaRejection(
        429,
        'RATE_LIMITED',
        `At most ${MEDIA_UPLOADS_PER_HOUR} uploads an hour; try again later.`,
      );
    }
  }

  private async store(
    actor: Person,
    item: Omit<NewMedia, 'ownerId'> & { files: (MediaVariant & { data: Buffer })[] },
  ): Promise<string> {
    const written: string[] = [];
    try {
      return await this.repo.transaction(async (manager) => {
        const { files: _files, ...row } = item;
        const id = await this.repo.insert({ ...row, ownerId: actor.id }, manager);
        await this.audit.record(manager, {
          actorId: actor.id,
          action: 'media.upload',
          targetType: 'media',
          targetId: id,
          details: {
            kind: item.kind,
            contentType: item.contentType,
            bytes: item.byteSize,
            files: item.variants.length,
          },
        });
        // Files before the commit: a committed row always has its files.
        for (const file of item.files) {
          const key = `${item.storageKey}/${file.file}`;
          written.push(key);
          await this.storage.put(key, file.data, file.contentType);
        }
        return id;
      });
    } catch (error) {
      await Promise.all(
        written.map((key) =>
          this.storage
            .delete(key)
            .catch((e: Error) =>
              this.logger.warn(
                { key, err: e.message },
                'could not remove a media file after a failed upload',
              ),
            ),
        ),
      );
      throw error;
    }
  }

  /** The row of a storage key and the variant named `file`, or null: only recorded files are ever served. */
  async findServable(
    storageKey: string,
    file: string,
  ): Promise<{ row: MediaRow; variant: MediaVariant } | null> {
    if (!UUID.test(storageKey)) return null;
    const row = await this.repo.byStorageKey(storageKey.toLowerCase());
    const variant = row?.variants.find((v) => v.file === file);
    return row && variant ? { row, variant } : null;
  }

  openStream(storageKey: string, file: string) {
    return this.storage.stream(`${storageKey}/${file}`);
  }

  /**
   * For articles: every referenced media item exists, is of the kind the field needs, and the actor may
   * place it: their own upload, any upload if they are an editor or admin, or one already placed on
   * `articleId` (so an author can keep the cover an editor chose). Call inside the article's
   * transaction. Anything else is BAD_USER_INPUT on the field that named it, reason UNKNOWN_MEDIA:
   * someone else's upload is reported like a missing one (ids do not leak), and so is one of the wrong
   * kind (the articles contract), told apart by the message only. One statement.
   */
  async assertUsable(
    manager: EntityManager,
    actor: Pick<Person, 'id' | 'role'>,
    refs: MediaReference[],
    options: { articleId?: string } = {},
  ): Promise<void> {
    if (refs.length === 0) return;
    for (const ref of refs) {
      if (!UUID.test(ref.id)) throw badInput(ref.field, 'UNKNOWN_MEDIA', 'No such upload.');
    }
    const ids = [...new Set(refs.map((r) => r.id.toLowerCase()))];
    const articleId = options.articleId && UUID.test(options.articleId) ? options.articleId : null;
    const rows = await this.repo.forPlacing(ids, articleId, manager);
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const ref of refs) {
      const row = byId.get(ref.id.toLowerCase());
      if (!row || !(row.placed || canUseMedia(actor, row.owner_id)))
        throw badInput(ref.field, 'UNKNOWN_MEDIA', 'No such upload.');
      if (row.kind !== ref.kind) {
        throw badInput(
          ref.field,
          'UNKNOWN_MEDIA',
          ref.kind === 'IMAGE' ? 'This upload is not an image.' : 'This upload is not a captions file.',
        );
      }
    }
  }
}
