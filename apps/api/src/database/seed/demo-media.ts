import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditRepository } from '../../modules/audit/audit.repository';
import { AuditService } from '../../modules/audit/audit.service';
import { etagOf, ImageProcessor } from '../../modules/media/services/image-processor.service';
import type { MediaVariant } from '../../modules/media/media.constants';
import type { MediaStorage } from '../../modules/media/storage/media-storage';
import { MediaRepository } from '../../modules/media/media.repository';
import { MediaService } from '../../modules/media/media.service';
import { mediaUrl } from '../../modules/media/utils/media-urls.util';
import type { Person } from '../../modules/people/person.entity';

/**
 * Where the demo's pictures and video are (see assets/README.md): beside this file when run from
 * source (tests), under the workspace when run from the built bundle (`npm start` runs in the clone).
 */
const ASSET_FOLDERS = [
  join(__dirname, 'assets'),
  resolve(process.cwd(), 'apps/api/src/database/seed/assets'),
];

export const DEMO_VIDEO_FILE = 'e-service.mp4';
/** The name the video is stored and served under, next to its poster image's variants. */
const VIDEO_VARIANT = 'video.mp4';

/**
 * The demo's uploads, through the app's own upload code: MediaService checks each file by its
 * content, re-encodes a picture into its responsive WebP/AVIF/JPEG variants, writes the files to the
 * configured storage and records the `media` row and its audit entry, exactly as for an editor's
 * upload. Its writes run in the seed's transaction (as a savepoint each: the people named as owners
 * exist only there until it commits); `discard()` removes the written files if the seed fails after all.
 */
export class DemoMedia {
  private readonly uploads: MediaService;
  private readonly storage: MediaStorage;
  private readonly written: string[] = [];
  /** One upload per picture, whoever places it again (a translation shares its original's cover). */
  private readonly pictures = new Map<string, Promise<string>>();
  /** The video's address per poster (a translation shares its original's video). */
  private readonly videos = new Map<string, Promise<string>>();

  private constructor(
    private readonly manager: EntityManager,
    storage: MediaStorage,
    private readonly folder: string,
  ) {
    // Every file put is remembered, so a seed that fails later leaves no file without a row.
    this.storage = {
      kind: storage.kind,
      put: async (key, data, contentType) => {
        this.written.push(key);
        await storage.put(key, data, contentType);
      },
      get: (key) => storage.get(key),
      stream: (key) => storage.stream(key),
      delete: (key) => storage.delete(key),
    };
    // Pictures are re-encoded two at a time (ImageProcessor's limit), but their rows and files are
    // written one upload after the other: savepoints on the seed's one connection must not interleave.
    let writing: Promise<unknown> = Promise.resolve();
    const inSeedTransaction = {
      transaction: <T>(work: (m: EntityManager) => Promise<T>): Promise<T> => {
        const next = writing.then(() => manager.transaction(work));
        writing = next.catch(() => undefined);
        return next;
      },
      query: (sql: string, parameters?: unknown[]) => manager.query(sql, parameters),
    } as unknown as DataSource;
    this.uploads = new MediaService(
      new MediaRepository(inSeedTransaction),
      new AuditService(new AuditRepository(manager.connection)),
      new ImageProcessor(),
      this.storage,
    );
  }

  /** The demo's media, or null when its files are not there (a build copied without the source). */
  static open(manager: EntityManager, storage: MediaStorage): DemoMedia | null {
    const folder = ASSET_FOLDERS.find((dir) => existsSync(join(dir, DEMO_VIDEO_FILE)));
    return folder ? new DemoMedia(manager, storage, folder) : null;
  }

  /**
   * Uploads these pictures (owner id, picture name) at once, before anything else is written, so
   * the slow part — encoding — uses both of a small machine's cores; `picture()` then finds them done.
   */
  async preload(uses: readonly (readonly [string | undefined, string])[]): Promise<void> {
    await Promise.all(uses.flatMap(([ownerId, name]) => (ownerId ? [this.picture(ownerId, name)] : [])));
  }

  /** Uploads the picture `name` (assets/<name>.png) as `ownerId`, once per seed run; its media id. */
  picture(ownerId: string, name: string): Promise<string> {
    let upload = this.pictures.get(name);
    if (!upload) {
      upload = readFile(join(this.folder, `${name}.png`)).then(
        async (data) => (await this.uploads.uploadImage(asActor(ownerId), data)).id,
      );
      this.pictures.set(name, upload);
    }
    return upload;
  }

  /** Uploads WebVTT captions as `ownerId` through the captions upload; their media id. */
  async captions(ownerId: string, webVtt: string): Promise<string> {
    return (await this.uploads.uploadCaptions(asActor(ownerId), Buffer.from(webVtt, 'utf8'))).id;
  }

  /**
   * The demo video, stored beside the variants of its poster picture (`posterId`) and served like
   * them at /media/<key>/video.mp4; its address, relative like every media URL. Commons has no video
   * upload yet (editors link YouTube, Vimeo or a file on the organisation's own address), so the seed
   * records the file on the poster's row, which is what lets the media route serve it.
   */
  video(posterId: string): Promise<string> {
    let stored = this.videos.get(posterId);
    if (!stored) {
      stored = this.storeVideo(posterId);
      this.videos.set(posterId, stored);
    }
    return stored;
  }

  private async storeVideo(posterId: string): Promise<string> {
    const data = await readFile(join(this.folder, DEMO_VIDEO_FILE));
    const [row]: { storage_key: string }[] = await this.manager.query(
      `SELECT storage_key FROM media WHERE id = $1`,
      [posterId],
    );
    const variant: MediaVariant = {
      file: VIDEO_VARIANT,
      contentType: 'video/mp4',
      bytes: data.length,
      etag: etagOf(data),
    };
    await this.storage.put(`${row.storage_key}/${VIDEO_VARIANT}`, data, variant.contentType);
    await this.manager.query(`UPDATE media SET variants = variants || $2::jsonb WHERE id = $1`, [
      posterId,
      JSON.stringify([variant]),
    ]);
    return mediaUrl(row.storage_key, VIDEO_VARIANT);
  }

  /** Removes every file this run wrote (the seed's transaction rolled back, so their rows are gone). */
  async discard(): Promise<void> {
    await Promise.all(this.written.map((key) => this.storage.delete(key).catch(() => undefined)));
  }
}

/** MediaService reads only the actor's id (owner, rate limit, audit). */
const asActor = (id: string) => ({ id }) as Person;
