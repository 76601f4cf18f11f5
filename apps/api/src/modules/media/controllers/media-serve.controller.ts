import { Controller, Get, Logger, Param, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { Public } from '../../../common/decorators/public.decorator';
import { MEDIA_CACHE_CONTROL } from '../media.constants';
import { MediaHttpExceptionFilter } from './media-http-exception.filter';
import { MediaRejection } from './media-rejection';
import { MediaService } from '../media.service';

/**
 * GET /media/<storage key>/<file>. Public on purpose: the storage key is a random UUID (122 bits)
 * made on upload, separate from the media id, never derived from a name, and nothing lists keys; so
 * a URL is a capability that only people who were shown the image have, and an `<img>` works in
 * e-mail notifications and through caching proxies. Only files recorded on a media row are served
 * (the key and file name are looked up, never joined into a path), so there is nothing to traverse.
 */
@Public()
@Controller('media')
@UseFilters(MediaHttpExceptionFilter)
export class MediaServeController {
  private readonly logger = new Logger('Media');

  constructor(private readonly media: MediaService) {}

  @Get(':key/:file')
  async serve(
    @Param('key') key: string,
    @Param('file') file: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const found = await this.media.findServable(key, file);
    if (!found) throw new MediaRejection(404, 'UNKNOWN_MEDIA', 'No such file.');
    const { variant, row } = found;

    res.setHeader('Cache-Control', MEDIA_CACHE_CONTROL);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('ETag', variant.etag);
    if (req.headers['if-none-match']?.split(',').some((tag) => tag.trim() === variant.etag)) {
      res.status(304).end();
      return;
    }
    const stream = await this.media.openStream(row.storage_key, variant.file);
    if (!stream) {
      this.logger.warn(
        { mediaId: row.id, file: variant.file },
        'a recorded media file is missing from storage',
      );
      throw new MediaRejection(404, 'UNKNOWN_MEDIA', 'No such file.');
    }
    res.status(200);
    res.setHeader('Content-Type', variant.contentType);
    res.setHeader('Content-Length', String(variant.bytes));
    res.setHeader('Content-Disposition', 'inline');
    if (req.method === 'HEAD') {
      stream.destroy();
      res.end();
      return;
    }
    try {
      await pipeline(stream, res);
    } catch (error) {
      // The client went away, or storage failed mid-file; headers are out, so all we can do is stop.
      if (!res.writableFinished)
        this.logger.warn({ mediaId: row.id, err: (error as Error).message }, 'media stream ended early');
    }
  }
}
