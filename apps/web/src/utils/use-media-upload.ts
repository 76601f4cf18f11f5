import { useState } from 'react';
import { UploadError, uploadMedia } from './upload-media.util';

/** The image types POST /api/media takes, for a file input's `accept`. */
export const IMAGE_TYPES = 'image/jpeg,image/png,image/webp,image/gif,image/avif';

/** Why an upload failed, in the words a form shows: each feature words it in its own translations. */
export type UploadProblem = 'wrongType' | 'tooLarge' | 'uploadFailed';

export function uploadProblemOf(error: unknown): UploadProblem {
  const status = error instanceof UploadError ? error.status : 0;
  const reason = error instanceof UploadError ? error.reason : '';
  if (status === 415 || reason === 'UNREADABLE_IMAGE') return 'wrongType';
  if (status === 413 || reason.startsWith('TOO_')) return 'tooLarge';
  return 'uploadFailed';
}

/**
 * One upload at a time through POST /api/media (see uploadMedia): `busy` while it runs, and `error`,
 * the problem as `describe` words it, until the next try. `run` resolves to null when it failed.
 */
export function useMediaUpload(describe: (problem: UploadProblem) => string) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async <T>(file: File, path?: string): Promise<T | null> => {
    setBusy(true);
    setError(null);
    try {
      return await uploadMedia<T>(file, path);
    } catch (e) {
      setError(describe(uploadProblemOf(e)));
      return null;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}
