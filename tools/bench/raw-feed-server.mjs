#!/usr/bin/env node
// The benchmark's baseline: the same feed page as the GraphQL API, fetched by ONE hand-written SQL
// statement through pg behind a bare node:http server — no framework, no auth, no validation, the
// viewer fixed by VIEWER_ID. POST /feed (news) or /home (news and posts) { first, after }
// → { items, hasNextPage, endCursor }. PREPARED=1: the statement runs as a named prepared statement
// on a generic plan, as the API runs its own (a reference: what planning per run costs the baseline).
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import pg from 'pg';
import { decodeCursor, encodeCursor } from './feed-queries.mjs';

const prepared = process.env.PREPARED === '1';
const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.POOL_MAX ?? 10),
  // The API's session settings (data-source-options.ts); plan_cache_mode touches named statements only.
  options:
    '-c plan_cache_mode=force_generic_plan -c jit=off -c max_parallel_workers_per_gather=0 -c random_page_cost=1.1',
});
const viewerId = process.env.VIEWER_ID;

const AUDIENCE = `(cardinality(a.audience_org_unit_ids) = 0 OR a.audience_org_unit_ids && k.units)
  AND (cardinality(a.audience_location_ids) = 0 OR a.audience_location_ids @> ARRAY[k.location])
  AND (a.expire_at IS NULL OR a.expire_at > now())`;

function statement(cursor, withPosts, first) {
  // $1 viewer, $2 as-of, $3/$4 cursor (published_at text, id); the page size in the text, as the API has it
  const limit = `LIMIT ${first + 1}`;
  const after = (at, alias = 'a') => `(${at}, ${alias}.id) < ($3::timestamptz, $4::uuid)`;
  const pinnedNow = 'coalesce(a.pinned_until > $2, false)';
  const branches = [];
  if (!cursor || cursor.pinned) {
    branches.push(`(SELECT 'ARTICLE' AS kind, a.id, true AS pinned, a.published_at AS at FROM article a, keys k
       WHERE a.status = 'PUBLISHED' AND a.pinned_until IS NOT NULL AND a.pinned_until > $2 AND ${AUDIENCE} AND ${cursor ? after('a.published_at') : 'TRUE'}
       ORDER BY a.published_at DESC, a.id DESC ${limit})`);
  }
  branches.push(`(SELECT 'ARTICLE' AS kind, a.id, false AS pinned, a.published_at AS at FROM article a, keys k
     WHERE a.status = 'PUBLISHED' AND NOT ${pinnedNow} AND ${AUDIENCE} AND ${cursor && !cursor.pinned ? after('a.published_at') : 'TRUE'}
     ORDER BY a.published_at DESC, a.id DESC ${limit})`);
  const dueAfter = !cursor
    ? 'TRUE'
    : cursor.pinned
      ? `(NOT ${pinnedNow} OR ${after('a.publish_at')})`
      : `(NOT ${pinnedNow} AND ${after('a.publish_at')})`;
  branches.push(`(SELECT 'ARTICLE' AS kind, a.id, ${pinnedNow} AS pinned, a.publish_at AS at FROM article a, keys k
     WHERE a.status = 'SCHEDULED' AND a.publish_at <= now() AND ${AUDIENCE} AND ${dueAfter}
     ORDER BY pinned DESC, a.publish_at DESC, a.id DESC ${limit})`);
  if (withPosts) {
    branches.push(`(SELECT 'POST' AS kind, p.id, false AS pinned, p.created_at AS at
       FROM (SELECT space_id FROM space_member WHERE person_id = $1 AND status = 'ACTIVE') ms
       CROSS JOIN LATERAL (
         SELECT p.id, p.created_at FROM post p
          WHERE p.space_id = ms.space_id AND p.deleted_at IS NULL
            AND NOT EXISTS (SELECT 1 FROM content_item h WHERE h.id = p.id AND h.hidden_at IS NOT NULL)
            AND ${cursor && !cursor.pinned ? after('p.created_at', 'p') : 'TRUE'}
          ORDER BY p.created_at DESC, p.id DESC ${limit}) p
       ORDER BY p.created_at DESC, p.id DESC ${limit})`);
  }
  return `WITH RECURSIVE me AS (SELECT org_unit_id, location_id FROM person WHERE id = $1),
    up AS (SELECT o.id, o.parent_id, 0 AS depth FROM org_unit o JOIN me ON o.id = me.org_unit_id
           UNION ALL SELECT o.id, o.parent_id, up.depth + 1 FROM org_unit o JOIN up ON o.id = up.parent_id WHERE up.depth < 50),
    keys AS (SELECT array_agg(up.id) AS units, (SELECT location_id FROM me) AS location FROM up),
    page AS (${branches.join(' UNION ALL ')} ORDER BY pinned DESC, at DESC, id DESC ${limit})
  SELECT pg.kind, pg.id, pg.pinned, a.title, a.summary, a.format, a.published_at, a.must_read, a.must_read_due, po.body_html, po.created_at,
         to_char(pg.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at_text,
         json_build_object('id', au.id, 'displayName', au.display_name) AS author,
         (SELECT coalesce(json_agg(json_build_object('id', t.id, 'name', t.name_sv) ORDER BY t.name_sv), '[]')
            FROM article_topic x JOIN topic t ON t.id = x.topic_id WHERE x.article_id = a.id) AS topics,
         CASE WHEN m.id IS NULL THEN NULL ELSE json_build_object('key', m.storage_key, 'variants', m.variants, 'alt', a.cover_alt,
              'width', m.width, 'height', m.height) END AS cover,
         EXISTS (SELECT 1 FROM article_acknowledgement k WHERE k.article_id = a.id AND k.version = a.ack_version AND k.person_id = $1) AS acknowledged,
         NOT EXISTS (SELECT 1 FROM content_view v WHERE v.person_id = $1 AND v.content_id = pg.id) AS unread,
         (SELECT coalesce(json_object_agg(metric, total), '{}') FROM (
            SELECT metric, sum(value)::int AS total FROM content_counter WHERE content_id = pg.id GROUP BY metric) c) AS counts,
         (SELECT r.kind FROM reaction r WHERE r.content_id = pg.id AND r.person_id = $1) AS my_reaction,
         (SELECT coalesce(json_agg(json_build_object('id', l.id, 'bodyHtml', l.body_html, 'createdAt', l.created_at,
                   'author', json_build_object('id', ca.id, 'displayName', ca.display_name)) ORDER BY l.created_at, l.id), '[]')
            FROM (SELECT c.id, c.body_html, c.created_at, c.author_id FROM comment c JOIN content_item ci ON ci.id = c.id
                   WHERE c.target_id = pg.id AND c.parent_id IS NULL AND c.deleted_at IS NULL AND (ci.hidden_at IS NULL OR c.author_id = $1)
                   ORDER BY c.created_at DESC, c.id DESC LIMIT 2) l
            JOIN person ca ON ca.id = l.author_id) AS latest_comments
    FROM page pg
    LEFT JOIN article a ON pg.kind = 'ARTICLE' AND a.id = pg.id
    LEFT JOIN post po ON pg.kind = 'POST' AND po.id = pg.id
    JOIN person au ON au.id = coalesce(a.author_id, po.author_id)
    LEFT JOIN media m ON m.id = a.cover_media_id
   ORDER BY pg.pinned DESC, pg.at DESC, pg.id DESC`;
}

// A handful of statement texts in all (news or home; no cursor, or after a pinned or an unpinned
// item; per page size), each named once, not hashed again per request.
const names = new Map();
function statementName(text) {
  let name = names.get(text);
  if (!name) names.set(text, (name = `feed_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`));
  return name;
}

async function feed(body, withPosts) {
  const first = Math.min(Math.max(Math.trunc(Number(body.first)) || 10, 1), 100);
  const cursor = body.after ? decodeCursor(body.after) : null;
  const asOf = cursor?.asOf ?? new Date();
  const params = [viewerId, asOf];
  if (cursor) params.push(cursor.publishedAt, cursor.id);
  const text = statement(cursor, withPosts, first);
  const { rows } = await pool.query(
    prepared ? { name: statementName(text), text, values: params } : { text, values: params },
  );
  const items = rows.slice(0, first);
  const last = items.at(-1);
  return {
    items,
    hasNextPage: rows.length > first,
    endCursor: last
      ? encodeCursor({ asOf, pinned: last.pinned, publishedAt: last.at_text, id: last.id })
      : null,
  };
}

const server = createServer((req, res) => {
  if (req.url === '/ready') {
    res.writeHead(200).end('ok');
    return;
  }
  let raw = '';
  req.on('data', (chunk) => (raw += chunk));
  req.on('end', () => {
    // POST /feed: the news feed; POST /home: the home feed (news and the posts of the viewer's spaces).
    feed(raw ? JSON.parse(raw) : {}, req.url === '/home')
      .then((result) => {
        const json = JSON.stringify(result);
        res
          .writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) })
          .end(json);
      })
      .catch((error) => {
        process.stderr.write(`${error.stack}\n`);
        res.writeHead(500).end();
      });
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1');
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => pool.end().then(() => process.exit(0)));
    server.closeAllConnections();
  });
}
