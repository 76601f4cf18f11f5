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

/** MEDIA_COLUMNS of the media table under `alias`, for a statement that joins it (`m.id, m.kind, …`). */
export function mediaColumnsSql(alias: string): string {
  return MEDIA_COLUMNS.split(', ')
    .map((c) => `${alias}.${c}`)
    .join(', ');
}

/** A media row as a JSON object built in SQL (to read it in the statement of what it belongs to). */
export function mediaRowJsonSql(alias: string): string {
  return `json_build_object(${MEDIA_COLUMNS.split(', ')
    .map((c) => `'${c}', ${alias}.${c}${c === 'byte_size' ? '::text' : ''}`)
    .join(', ')})`;
}

/** The object mediaRowJsonSql built, as the MediaRow a `SELECT MEDIA_COLUMNS` would have given. */
export function mediaRowFromJson(json: Omit<MediaRow, 'created_at'> & { created_at: string }): MediaRow {
  return { ...json, created_at: new Date(json.created_at) };
}
