import { Provider } from '@nestjs/common';
import { join } from 'node:path';
import { AppConfig } from '../../../config/app-config';
import { DiskMediaStorage } from './disk-media-storage';
import { MEDIA_STORAGE, MediaStorage } from './media-storage';
import { S3MediaStorage } from './s3-media-storage';

/** The storage MEDIA_STORAGE names: the data folder by default, an S3-compatible bucket when configured. */
export function createMediaStorage(config: AppConfig): MediaStorage {
  if (config.MEDIA_STORAGE === 's3') {
    return new S3MediaStorage({
      bucket: config.S3_BUCKET as string, // required by the config's validation when s3
      region: config.S3_REGION,
      endpoint: config.S3_ENDPOINT,
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
      credentials:
        config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY
          ? { accessKeyId: config.S3_ACCESS_KEY_ID, secretAccessKey: config.S3_SECRET_ACCESS_KEY }
          : undefined,
    });
  }
  return new DiskMediaStorage(join(config.DATA_DIR, 'media'));
}

export const mediaStorageProvider: Provider = {
  provide: MEDIA_STORAGE,
  inject: [AppConfig],
  useFactory: createMediaStorage,
};
