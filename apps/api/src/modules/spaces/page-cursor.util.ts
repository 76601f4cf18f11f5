import { decodeCursor as decode, encodeCursor as encode } from '../../common/graphql/cursor.util';

/**
 * @deprecated Spaces' lists use the shared codec (common/graphql/cursor.util.ts) now. Kept only while
 * posts.service.ts imports these; same format and refusals as before (every key part a string).
 * Delete once posts uses the codec itself.
 */
export function encodeCursor(tag: string, key: readonly string[]): string {
  return encode(tag, key);
}

/** @deprecated See encodeCursor. */
export function decodeCursor(tag: string, value: string, size: number): string[] {
  return decode(tag, value, Array<'text'>(size).fill('text'));
}
