/** What POST /api/media answers for an image (see docs/graphql-contract-news.md). */
export interface UploadedImage {
  id: string;
  url: string;
  width: number;
  height: number;
  srcSet: string;
}

export interface UploadedFile {
  id: string;
  url: string;
}

/** A failed upload: the HTTP status and the API's reason (UNSUPPORTED_TYPE, TOO_LARGE, UNREADABLE_IMAGE…). */
export class UploadError extends Error {
  constructor(
    readonly reason: string,
    readonly status: number,
  ) {
    super(reason);
  }
}

/**
 * Multipart upload with the session cookie. The X-Requested-With header is the API's CSRF check:
 * a cross-site form cannot set it.
 */
export async function uploadMedia<T = UploadedImage>(file: File, path = '/api/media'): Promise<T> {
  const body = new FormData();
  body.append('file', file);
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: { 'X-Requested-With': 'commons' },
    });
  } catch {
    throw new UploadError('NETWORK', 0);
  }
  const payload = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if (!response.ok) {
    const reason = typeof payload?.['reason'] === 'string' ? (payload['reason'] as string) : 'UNKNOWN';
    throw new UploadError(reason, response.status);
  }
  return payload as T;
}
