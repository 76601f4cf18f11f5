/**
 * The counts of the item whose id is the SQL expression `idSql`, as a JSON object built inside a
 * statement that lists items (a feed page), so they cost no statement of their own; read it back
 * with countsFromJson.
 */
export function countsJsonSql(idSql: string): string {
  return `(SELECT coalesce(json_object_agg(metric, total), '{}') FROM (
    SELECT metric, sum(value)::int AS total FROM content_counter WHERE content_id = ${idSql} GROUP BY metric) counted)`;
}
