import { Module } from '@nestjs/common';
import { ArticleMediaResolver } from './article-media.resolver';
import { ImageProcessor } from './services/image-processor.service';
import { MediaLoader } from './media.loader';
import { MediaServeController } from './controllers/media-serve.controller';
import { mediaStorageProvider } from './storage/media-storage.provider';
import { MediaUploadController } from './controllers/media-upload.controller';
import { MediaRepository } from './media.repository';
import { MediaService } from './media.service';
import { MediaUploadGuard } from './controllers/media-upload.guard';

/**
 * Image and captions uploads (checked by content, re-encoded), their storage (disk or S3), serving,
 * and the media fields of articles. Articles call MediaService.assertUsable when they place media.
 */
@Module({
  controllers: [MediaUploadController, MediaServeController],
  providers: [
    ImageProcessor,
    MediaService,
    MediaRepository,
    MediaLoader,
    MediaUploadGuard,
    mediaStorageProvider,
    ArticleMediaResolver,
  ],
  exports: [MediaService, MediaLoader],
})
export class MediaModule {}
