import { HttpException } from '@nestjs/common';

/**
 * An upload or download refused for a reason the client can act on. The body is
 * `{ statusCode, code, reason, message }`, like the GraphQL errors' `extensions.code`/`reason`.
 */
export class MediaRejection extends HttpException {
  constructor(status: number, reason: string, message: string) {
    super({ statusCode: status, code: codeFor(status), reason, message }, status);
  }
}

export function codeFor(status: number): string {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 415) return 'UNSUPPORTED_MEDIA_TYPE';
  if (status === 429) return 'TOO_MANY_REQUESTS';
  if (status >= 500) return 'INTERNAL_SERVER_ERROR';
  return 'BAD_USER_INPUT';
}
