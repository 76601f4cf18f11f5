import type { Readable } from 'node:stream';

/**
 * Where media files live. Keys are `<storage key>/<file>` with only lower-case letters, digits, `-`
 * and `.` in each part (checked by every implementation, so a key can never escape its root).
 * Objects are written once and never change under their key.
 */
export interface MediaStorage {
  /** Which backend, for logs and tests. */
  readonly kind: 'disk' | 's3';
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  /** The whole object, or null when there is none. */
  get(key: string): Promise<Buffer | null>;
  /** A stream of the object, or null when there is none (checked before the first byte is sent). */
  stream(key: string): Promise<Readable | null>;
  /** Removes the object; removing a missing one is not an error. */
  delete(key: string): Promise<void>;
  /** Releases connections, if any (module shutdown). */
  destroy?(): void;
}

/** Nest injection token for the configured MediaStorage. */
export const MEDIA_STORAGE = Symbol('MediaStorage');

const KEY_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}(\/[a-z0-9][a-z0-9.-]{0,62})*$/;

/** Throws on any key that is not made of safe parts (no `..`, no leading `/`, no backslashes). */
export function assertSafeKey(key: string): void {
  if (!KEY_PATTERN.test(key) || key.split('/').some((part) => part.includes('..'))) {
    throw new Error(`unsafe media storage key: ${JSON.stringify(key).slice(0, 100)}`);
  }
}
