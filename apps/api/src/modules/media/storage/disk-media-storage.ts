import { mkdir, open, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { assertSafeKey, MediaStorage } from './media-storage';

/** Nothing there: no such file, or a path part is not a folder. */
const isMissing = (error: unknown) =>
  ['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException)?.code ?? '');

/** Media in a folder (DATA_DIR/media by default). Writes go to a temporary name first, so a reader never sees half a file. */
export class DiskMediaStorage implements MediaStorage {
  readonly kind = 'disk' as const;
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  private pathOf(key: string): string {
    assertSafeKey(key);
    const path = resolve(this.root, ...key.split('/'));
    // Belt and braces: the pattern already forbids anything that could leave the root.
    if (!path.startsWith(this.root + sep)) throw new Error('media key outside the storage root');
    return path;
  }

  async put(key: string, data: Buffer): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    const temporary = join(dirname(path), `.${randomUUID()}.tmp`);
    try {
      await writeFile(temporary, data, { flag: 'wx', mode: 0o640 });
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathOf(key));
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async stream(key: string): Promise<Readable | null> {
    try {
      // Opened first, so a missing file is known before any header is sent.
      const handle = await open(this.pathOf(key), 'r');
      return handle.createReadStream(); // closes the handle at the end (autoClose)
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    const path = this.pathOf(key);
    try {
      await rm(path, { force: true });
    } catch (error) {
      if (isMissing(error)) return;
      throw error;
    }
    // Leave no empty folder behind for a media item whose last file went.
    await rmdir(dirname(path)).catch(() => undefined);
  }
}
