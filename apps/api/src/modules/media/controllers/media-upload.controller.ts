import {
  Controller,
  HttpCode,
  Post,
  UploadedFile,
  UseFilters,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { memoryStorage } from 'multer';
import { CurrentPerson } from '../../../common/decorators/current-person.decorator';
import type { Person } from '../../people/person.entity';
import { MEDIA_MAX_CAPTIONS_BYTES, MEDIA_MAX_IMAGE_BYTES } from '../media.constants';
import { MediaHttpExceptionFilter } from './media-http-exception.filter';
import { MaxUploadBytes, MediaUploadGuard } from './media-upload.guard';
import { MediaService, UploadedCaptions, UploadedImage } from '../media.service';

/** Multer keeps the file in memory (it is re-encoded, never stored as sent) and stops reading past the limit. */
const fileField = (maxBytes: number) =>
  FileInterceptor('file', {
    storage: memoryStorage(),
    limits: { fileSize: maxBytes, files: 1, fields: 0, parts: 1, headerPairs: 20 },
  });

/** Uploads: session required (global guard), the CSRF header and a size limit (MediaUploadGuard). */
@Controller('api/media')
@UseFilters(MediaHttpExceptionFilter)
@UseGuards(MediaUploadGuard)
export class MediaUploadController {
  constructor(private readonly media: MediaService) {}

  /** An image: JPEG, PNG, WebP, GIF or AVIF by content; re-encoded into responsive WebP/AVIF and a JPEG. */
  @Post()
  @HttpCode(201)
  @MaxUploadBytes(MEDIA_MAX_IMAGE_BYTES)
  @UseInterceptors(fileField(MEDIA_MAX_IMAGE_BYTES))
  uploadImage(
    @CurrentPerson() person: Person,
    @UploadedFile() file: Express.Multer.File | undefined,
  ): Promise<UploadedImage> {
    return this.media.uploadImage(person, file?.buffer);
  }

  /** Captions for a video: a WebVTT file. */
  @Post('captions')
  @HttpCode(201)
  @MaxUploadBytes(MEDIA_MAX_CAPTIONS_BYTES)
  @UseInterceptors(fileField(MEDIA_MAX_CAPTIONS_BYTES))
  uploadCaptions(
    @CurrentPerson() person: Person,
    @UploadedFile() file: Express.Multer.File | undefined,
  ): Promise<UploadedCaptions> {
    return this.media.uploadCaptions(person, file?.buffer);
  }
}
