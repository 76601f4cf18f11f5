import type { MediaKind, MediaVariant } from './media.constants';

/** A `media` row as read with MEDIA_COLUMNS. */
export interface MediaRow {
  id: string;
  owner_id: string;
  kind: MediaKind;
  content_type: string;
  byte_size: string; // bigint
  width: number | null;
  height: number | null;
  storage_key: string;
  variants: MediaVariant[];
  created_at: Date;
}

export const MEDIA_COLUMNS =
  'id, owner_id, kind, content_type, byte_size, width, height, storage_key, variants, created_at';
