import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { MEDIA_CSRF_HEADER, MEDIA_CSRF_VALUE } from '../media.constants';
import { MediaRejection } from './media-rejection';

const MAX_BYTES = 'commons:media:maxBytes';
/** Room for the multipart boundaries and part headers around the file itself. */
const MULTIPART_OVERHEAD = 64 * 1024;

/** The largest file an upload route takes; the guard refuses a larger declared body before reading it. */
export const MaxUploadBytes = (bytes: number) => SetMetadata(MAX_BYTES, bytes);

/**
 * Runs after the global session guard and before the body is read.
 * CSRF: a multipart POST is a "simple" request that any site's form can send with the person's
 * cookie; a custom header cannot be set cross-site without a CORS preflight, which we never grant.
 * Size: a declared Content-Length over the limit is refused at once; a body without one (chunked)
 * is cut off by multer's byte limit while streaming.
 */
@Injectable()
export class MediaUploadGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    if (req.headers[MEDIA_CSRF_HEADER]?.toString().toLowerCase() !== MEDIA_CSRF_VALUE) {
      throw new MediaRejection(
        403,
        'CSRF_HEADER_REQUIRED',
        `Uploads need the header X-Requested-With: ${MEDIA_CSRF_VALUE}.`,
      );
    }
    const max = this.reflector.get<number | undefined>(MAX_BYTES, context.getHandler());
    const declared = Number(req.headers['content-length']);
    if (max !== undefined && Number.isFinite(declared) && declared > max + MULTIPART_OVERHEAD) {
      throw new MediaRejection(413, 'TOO_LARGE', `The file may be at most ${Math.round(max / 1024)} KB.`);
    }
    return true;
  }
}
