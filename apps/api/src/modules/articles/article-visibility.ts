import { Injectable } from '@nestjs/common';
import { EDITOR_ROLES, isEditorRole, Role } from '@commons/shared';
import { DataSource, EntityManager } from 'typeorm';
import type { Person } from '../people/person.entity';
import { ArticleStatus } from './article.enums';
import type { Article } from './article.entity';

/**
 * Who may see an article — the one place that says so. Used by article(id), the feed, must-reads,
 * the acknowledgement report and CSV, and later search and notifications.
 *
 * A PUBLISHED article (or a SCHEDULED one whose publish_at has passed, not yet expired) is visible to
 * a person the audience reaches: `audience_org_unit_ids` empty OR holding their unit or one of its
 * ancestors, AND `audience_location_ids` empty OR holding their location. Anything not published is
 * visible to its author and to editors/admins only. Everyone else gets NOT_FOUND.
 */

/** What visibility needs to know about the viewer, computed once per request. */
export interface ArticleViewer {
  personId: string;
  role: Role;
  /** The viewer's org unit and all its ancestors. */
  orgUnitIds: string[];
  locationId: string | null;
}

/** Deeper than any real organisation; stops a corrupt tree from recursing forever. */
const MAX_DEPTH = 50;

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
function unitsAndDescendantsSql(unitIdsSql: string): string {
  return `WITH RECURSIVE down AS (
      SELECT id, 0 AS depth FROM org_unit WHERE id = ANY(${unitIdsSql})
      UNION
      SELECT o.id, down.depth + 1 FROM org_unit o JOIN down ON o.parent_id = down.id WHERE down.depth < ${MAX_DEPTH}
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
      SELECT o.id, o.parent_id, u.depth + 1 FROM org_unit o JOIN viewer_units u ON o.id = u.parent_id WHERE u.depth < ${MAX_DEPTH}
    ),
    viewer_keys AS (SELECT array_agg(id) AS units, (SELECT location_id FROM viewer_person) AS location FROM viewer_units)`;
}

export interface VisibilityOptions {
  /**
   * true: only live articles whose audience reaches the viewer, whatever their role (the feed,
   * must-reads: what an editor would see as a reader). false (default): also what the viewer may
   * see as author or editor (article(id), search).
   */
  asReader?: boolean;
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

/** The status the article has now, even if the scheduler has not ticked yet. */
export function effectiveStatus(
  article: Pick<Article, 'status' | 'publishAt' | 'expireAt'>,
  now = new Date(),
): ArticleStatus {
  const due =
    article.status === ArticleStatus.SCHEDULED && article.publishAt !== null && article.publishAt <= now;
  const live = article.status === ArticleStatus.PUBLISHED || due;
  if (live && article.expireAt !== null && article.expireAt <= now) return ArticleStatus.ARCHIVED;
  return due ? ArticleStatus.PUBLISHED : article.status;
}

/**
 * Brings a loaded article up to now in memory (status, published_at, archived_at) without writing:
 * the scheduler writes it within seconds.
 */
export function withEffectiveStatus<T extends Article>(article: T, now = new Date()): T {
  const status = effectiveStatus(article, now);
  if (status === article.status) return article;
  if (article.status === ArticleStatus.SCHEDULED) article.publishedAt = article.publishAt;
  if (status === ArticleStatus.ARCHIVED) article.archivedAt = article.expireAt;
  article.status = status;
  return article;
}

/** Whether the audience reaches the viewer (ignoring status). */
export function audienceReaches(
  article: Pick<Article, 'audienceOrgUnitIds' | 'audienceLocationIds'>,
  viewer: ArticleViewer,
): boolean {
  const units = article.audienceOrgUnitIds;
  const locations = article.audienceLocationIds;
  const unitOk = units.length === 0 || units.some((id) => viewer.orgUnitIds.includes(id));
  const locationOk =
    locations.length === 0 || (viewer.locationId !== null && locations.includes(viewer.locationId));
  return unitOk && locationOk;
}

/** The check for one article (after withEffectiveStatus), mirroring visibleArticlesPredicate. */
export function canSeeArticle(
  article: Article,
  viewer: ArticleViewer,
  options: VisibilityOptions = {},
): boolean {
  const readable = effectiveStatus(article) === ArticleStatus.PUBLISHED && audienceReaches(article, viewer);
  if (readable || options.asReader) return readable;
  return isEditorRole(viewer.role) || article.authorId === viewer.personId;
}

/**
 * Builds ArticleViewers: the viewer's unit ancestry is read once per request (cached on the Person
 * object the session guard put on the request, so nothing is shared between requests).
 */
@Injectable()
export class ArticleVisibility {
  private readonly byPerson = new WeakMap<Person, Promise<ArticleViewer>>();

  constructor(private readonly dataSource: DataSource) {}

  viewer(person: Person, manager?: EntityManager): Promise<ArticleViewer> {
    let viewer = this.byPerson.get(person);
    if (!viewer) {
      viewer = this.load(person, manager ?? this.dataSource.manager);
      this.byPerson.set(person, viewer);
      // A failed read must not stay cached for the rest of the request.
      viewer.catch(() => this.byPerson.delete(person));
    }
    return viewer;
  }

  private async load(person: Person, manager: EntityManager): Promise<ArticleViewer> {
    const rows: { id: string }[] = await manager.query(
      `WITH RECURSIVE up AS (
         SELECT id, parent_id, 0 AS depth FROM org_unit WHERE id = $1
         UNION ALL
         SELECT o.id, o.parent_id, up.depth + 1 FROM org_unit o JOIN up ON o.id = up.parent_id WHERE up.depth < $2
       )
       SELECT id FROM up`,
      [person.orgUnitId, MAX_DEPTH],
    );
    return {
      personId: person.id,
      role: person.role,
      orgUnitIds: rows.map((r) => r.id),
      locationId: person.locationId,
    };
  }

  /** Active people the audience reaches (the studio's "reaches N people"). */
  async reach(
    orgUnitIds: string[],
    locationIds: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number> {
    const [row] = await manager.query(
      `SELECT count(*)::int AS n FROM person p
        WHERE p.deactivated_at IS NULL
          AND (cardinality($1::uuid[]) = 0 OR p.org_unit_id IN (${unitsAndDescendantsSql('$1::uuid[]')}))
          AND (cardinality($2::uuid[]) = 0 OR p.location_id = ANY($2::uuid[]))`,
      [orgUnitIds, locationIds],
    );
    return row.n;
  }
}
