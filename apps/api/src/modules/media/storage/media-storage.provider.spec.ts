import { join, resolve } from 'node:path';
import { ConfigError, loadConfig } from '../../../config/load-config';
import { DiskMediaStorage } from './disk-media-storage';
import { createMediaStorage } from './media-storage.provider';
import { S3MediaStorage } from './s3-media-storage';

describe('media storage from configuration', () => {
  it('defaults to the disk under DATA_DIR/media', () => {
    const storage = createMediaStorage(loadConfig({ DATA_DIR: '/srv/commons' }));
    expect(storage).toBeInstanceOf(DiskMediaStorage);
    expect((storage as unknown as { root: string }).root).toBe(resolve(join('/srv/commons', 'media')));
  });

  it('uses an S3-compatible bucket when MEDIA_STORAGE=s3', () => {
    const storage = createMediaStorage(
      loadConfig({
        MEDIA_STORAGE: 's3',
        S3_BUCKET: 'commons-media',
        S3_ENDPOINT: 'http://127.0.0.1:9000',
        S3_FORCE_PATH_STYLE: 'true',
      }),
    );
    expect(storage).toBeInstanceOf(S3MediaStorage);
    storage.destroy?.();
  });

  it.each([
    [{ MEDIA_STORAGE: 's3' }, /S3_BUCKET is required when MEDIA_STORAGE=s3/],
    [
      { MEDIA_STORAGE: 's3', S3_BUCKET: 'Not_A_Bucket' },
      /S3_BUCKET is required when MEDIA_STORAGE=s3 and must be a valid bucket name/,
    ],
    [{ MEDIA_STORAGE: 'ftp' }, /MEDIA_STORAGE must be one of disk, s3/],
    [{ MEDIA_STORAGE: 's3', S3_BUCKET: 'b-1', S3_ENDPOINT: 'minio:9000' }, /S3_ENDPOINT must be an http/],
    [
      { MEDIA_STORAGE: 's3', S3_BUCKET: 'b-1', S3_ACCESS_KEY_ID: 'key' },
      /S3_SECRET_ACCESS_KEY must be set together with S3_ACCESS_KEY_ID/,
    ],
    [{ S3_FORCE_PATH_STYLE: 'maybe' }, /S3_FORCE_PATH_STYLE must be true or false/],
  ])('refuses %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
