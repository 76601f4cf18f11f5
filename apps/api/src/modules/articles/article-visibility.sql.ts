import { EDITOR_ROLES, isEditorRole } from '@commons/shared';
import type { ArticleViewer, VisibilityOptions } from './article-visibility';

/**
 * Who may see an article, as SQL fragments that statements compose into their own (the feed,
 * must-reads, mentions, content access): pure functions, no statement runs here. The rule itself,
 * and the same check in memory, are article-visibility.ts.
 */

/** Deeper than any real organisation; stops a corrupt tree from recursing forever. */
export const MAX_UNIT_DEPTH = 50;

/**
 * Effective status, as SQL: a SCHEDULED article whose time has come is PUBLISHED, a PUBLISHED one
 * past expire_at is ARCHIVED — so reads are right between two ticks of the scheduler.
 */
export function effectiveStatusSql(alias: string): string {
  const a = alias;
  return `(CASE
    WHEN ${a}.status IN ('SCHEDULED', 'PUBLISHED') AND ${a}.expire_at IS NOT NULL AND ${a}.expire_at <= now()
         AND (${a}.status = 'PUBLISHED' OR ${a}.publish_at <= now()) THEN 'ARCHIVED'
    WHEN ${a}.status = 'SCHEDULED' AND ${a}.publish_at <= now() THEN 'PUBLISHED'
    ELSE ${a}.status END)`;
}

/** True (as SQL) when the article is live now: published, or scheduled and due, and not expired. */
export function isLiveSql(alias: string): string {
  const a = alias;
  return `((${a}.status = 'PUBLISHED' OR (${a}.status = 'SCHEDULED' AND ${a}.publish_at <= now()))
    AND (${a}.expire_at IS NULL OR ${a}.expire_at > now()))`;
}

/**
 * The audience condition, as SQL, with placeholders chosen by the caller (`$2`, `:units` …):
 * `units` must be a uuid[] of the viewer's unit and ancestors, `location` the viewer's location (or null).
 */
export function audienceReachesSql(alias: string, units: string, location: string): string {
  const a = alias;
  return `((cardinality(${a}.audience_org_unit_ids) = 0 OR ${a}.audience_org_unit_ids && ${units}::uuid[])
    AND (cardinality(${a}.audience_location_ids) = 0 OR ${a}.audience_location_ids @> ARRAY[${location}::uuid]))`;
}

/** Readable by a reader: live, and the audience reaches the viewer whose keys are the SQL expressions given. */
export function readerVisibleSql(alias: string, units: string, location: string): string {
  return `(${isLiveSql(alias)} AND ${audienceReachesSql(alias, units, location)})`;
}

/**
 * The ids of the units `unitIdsSql` (a uuid[] expression that does not refer to the outer row) and all
 * units under them, as a sub-select: PostgreSQL runs it once per statement.
 */
export function unitsAndDescendantsSql(unitIdsSql: string): string {
  return `WITH RECURSIVE down AS (
      SELECT id, 0 AS depth FROM org_unit WHERE id = ANY(${unitIdsSql})
      UNION
      SELECT o.id, down.depth + 1 FROM org_unit o JOIN down ON o.parent_id = down.id WHERE down.depth < ${MAX_UNIT_DEPTH}
    ) SELECT id FROM down`;
}

/**
 * Whether the person row `p` may see the article whose id is `articleIdSql` (a placeholder or an
 * uncorrelated expression), as canSeeArticle decides: for lists of people, such as who a mention
 * under the article can reach. The audience is turned into the units it covers once, not per person.
 */
export function personSeesArticleSql(articleIdSql: string, p: string): string {
  // The cast makes ANY() take the array, not treat the sub-select as a set of rows.
  const audienceUnits = `CAST((SELECT audience_org_unit_ids FROM article WHERE id = ${articleIdSql}) AS uuid[])`;
  return `EXISTS (SELECT 1 FROM article a WHERE a.id = ${articleIdSql} AND (
      ${p}.role IN (${EDITOR_ROLES.map((r) => `'${r}'`).join(', ')}) OR ${p}.id = a.author_id
      OR (${isLiveSql('a')}
          AND (cardinality(a.audience_org_unit_ids) = 0 OR ${p}.org_unit_id = ANY(ARRAY(${unitsAndDescendantsSql(audienceUnits)})))
          AND (cardinality(a.audience_location_ids) = 0 OR ${p}.location_id = ANY(a.audience_location_ids)))))`;
}

/**
 * The viewer's audience keys worked out inside the statement that needs them, for hot paths that
 * must not spend a statement of their own on them: CTEs (the statement must start `WITH RECURSIVE`)
 * ending in `viewer_keys(units, location)` for the person whose id is `personParam`; pair with
 * `readerVisibleSql(alias, 'k.units', 'k.location')` over `viewer_keys k`.
 */
export function viewerKeysCte(personParam: string): string {
  return `viewer_person AS (SELECT org_unit_id, location_id FROM person WHERE id = ${personParam}::uuid),
    viewer_units AS (
      SELECT o.id, o.parent_id, 0 AS depth FROM org_unit o JOIN viewer_person p ON o.id = p.org_unit_id
      UNION ALL
      SELECT o.id, o.parent_id, u.depth + 1 FROM org_unit o JOIN viewer_units u ON o.id = u.parent_id WHERE u.depth < ${MAX_UNIT_DEPTH}
    ),
    viewer_keys AS (SELECT array_agg(id) AS units, (SELECT location_id FROM viewer_person) AS location FROM viewer_units)`;
}

/**
 * For TypeORM query builders: `qb.andWhere(p.sql, p.parameters)`. Parameter names are prefixed
 * with `av_` so they do not clash with the caller's.
 */
export function visibleArticlesPredicate(
  alias: string,
  viewer: ArticleViewer,
  options: VisibilityOptions = {},
): { sql: string; parameters: Record<string, unknown> } {
  const reader = readerVisibleSql(alias, ':av_units', ':av_location');
  const parameters: Record<string, unknown> = { av_units: viewer.orgUnitIds, av_location: viewer.locationId };
  if (options.asReader) return { sql: reader, parameters };
  if (isEditorRole(viewer.role)) return { sql: 'TRUE', parameters: {} };
  return {
    sql: `(${reader} OR ${alias}.author_id = :av_person)`,
    parameters: { ...parameters, av_person: viewer.personId },
  };
}

/**
 * For raw SQL: the predicate with positional parameters starting at `$firstIndex`; append `params`
 * to the statement's own, in order.
 */
export function visibleArticlesRawPredicate(
  alias: string,
  viewer: ArticleViewer,
  firstIndex: number,
  options: VisibilityOptions = {},
): { sql: string; params: unknown[] } {
  const [u, l, p] = [firstIndex, firstIndex + 1, firstIndex + 2].map((i) => `$${i}`);
  const reader = readerVisibleSql(alias, u, l);
  if (options.asReader) return { sql: reader, params: [viewer.orgUnitIds, viewer.locationId] };
  if (isEditorRole(viewer.role)) return { sql: 'TRUE', params: [] };
  return {
    sql: `(${reader} OR ${alias}.author_id = ${p}::uuid)`,
    params: [viewer.orgUnitIds, viewer.locationId, viewer.personId],
  };
}
