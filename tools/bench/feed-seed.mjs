// The feed benchmark's data set, written with generate_series in a handful of statements (seconds,
// not minutes): an agency of 8 departments × 4 units, 6 locations, PEOPLE people and ARTICLES
// articles over about four years with a realistic audience spread, topics, covers, a few pinned
// and must-read ones, some views and acknowledgements by the person the benchmark signs in as,
// reactions and comments on the newest (2,000 on one popular article).
//
// Audience spread (by a hash of the article number): 50 % everyone, 30 % one department,
// 10 % one unit, 7 % one location, 3 % a unit at a location. 5 % are archived, 2 % drafts.

/** The person the benchmark signs in as: in a unit of department 1, at location 1. */
export const BENCH_VIEWER = { email: 'viewer@bench.commons', password: 'bench-feed-password-1' };

/**
 * @param {import('pg').Client} client connected to the freshly migrated database
 * @param {{ people: number, articles: number, posts?: number, passwordHash: string }} options
 */
export async function seedFeedData(client, { people, articles, posts = 0, passwordHash }) {
  const q = (sql, params) => client.query(sql, params);
  await q('BEGIN');
  await q(`INSERT INTO org_unit (kind, name) VALUES ('AGENCY', 'Benchmarkverket')`);
  await q(`
    INSERT INTO org_unit (parent_id, kind, name)
    SELECT (SELECT id FROM org_unit WHERE kind = 'AGENCY'), 'DEPARTMENT', 'Avdelning ' || d FROM generate_series(1, 8) d`);
  await q(`
    INSERT INTO org_unit (parent_id, kind, name)
    SELECT dep.id, 'UNIT', dep.name || ', enhet ' || u FROM org_unit dep CROSS JOIN generate_series(1, 4) u WHERE dep.kind = 'DEPARTMENT'`);
  await q(`INSERT INTO location (name) SELECT 'Ort ' || l FROM generate_series(1, 6) l`);

  // Numbered lookups, so generate_series rows can pick a department, unit or location by number.
  await q(
    `CREATE TEMP TABLE b_dep AS SELECT row_number() OVER (ORDER BY name) - 1 AS n, id FROM org_unit WHERE kind = 'DEPARTMENT'`,
  );
  await q(
    `CREATE TEMP TABLE b_unit AS SELECT row_number() OVER (ORDER BY name) - 1 AS n, id FROM org_unit WHERE kind = 'UNIT'`,
  );
  await q(`CREATE TEMP TABLE b_loc AS SELECT row_number() OVER (ORDER BY name) - 1 AS n, id FROM location`);

  // People: nine in ten in a unit, the rest directly in a department; one in 100 an editor.
  await q(
    `INSERT INTO person (email, display_name, title, org_unit_id, location_id, role, language)
     SELECT 'person' || g || '@bench.commons', 'Person ' || g, 'Handläggare',
            CASE WHEN g % 10 = 0 THEN (SELECT id FROM b_dep WHERE n = g % 8) ELSE (SELECT id FROM b_unit WHERE n = g % 32) END,
            (SELECT id FROM b_loc WHERE n = g % 6),
            CASE WHEN g % 100 = 0 THEN 'EDITOR' ELSE 'EMPLOYEE' END,
            CASE WHEN g % 3 = 0 THEN 'en' ELSE 'sv' END
       FROM generate_series(1, $1::int) g`,
    [people - 1],
  );
  // Unit n = 1 is "Avdelning 1, enhet 2" (sorted by name); location n = 1 is "Ort 2".
  const viewer = await q(
    `INSERT INTO person (email, display_name, title, org_unit_id, location_id, role, language)
     VALUES ($1, 'Vera Viewer', 'Handläggare', (SELECT id FROM b_unit WHERE n = 1), (SELECT id FROM b_loc WHERE n = 1), 'EMPLOYEE', 'sv')
     RETURNING id`,
    [BENCH_VIEWER.email],
  );
  const viewerId = viewer.rows[0].id;
  await q(`INSERT INTO credential (person_id, password_hash) VALUES ($1, $2)`, [viewerId, passwordHash]);
  await q(
    `CREATE TEMP TABLE b_editor AS SELECT row_number() OVER (ORDER BY email) - 1 AS n, id FROM person WHERE role = 'EDITOR'`,
  );
  const editors = (await q(`SELECT count(*)::int AS n FROM b_editor`)).rows[0].n;

  await q(
    `INSERT INTO topic (slug, name_sv, name_en) SELECT 'amne-' || t, 'Ämne ' || t, 'Topic ' || t FROM generate_series(1, 12) t`,
  );
  await q(`CREATE TEMP TABLE b_topic AS SELECT row_number() OVER (ORDER BY slug) - 1 AS n, id FROM topic`);
  await q(
    `INSERT INTO media (owner_id, kind, content_type, byte_size, width, height, storage_key, variants)
     SELECT (SELECT id FROM b_editor WHERE n = m % $1), 'IMAGE', 'image/webp', 120000, 1600, 900, 'bench/' || m,
            jsonb_build_array(jsonb_build_object('file', '640.webp', 'contentType', 'image/webp', 'width', 640, 'height', 360,
              'format', 'webp', 'bytes', 30000, 'etag', '"bench-' || m || '"'))
       FROM generate_series(1, 2000) m`,
    [editors],
  );
  await q(
    `CREATE TEMP TABLE b_media AS SELECT row_number() OVER (ORDER BY storage_key) - 1 AS n, id FROM media`,
  );

  // The articles, numbered 1 (newest) … ARTICLES (oldest), ten minutes apart.
  await q(
    `CREATE TEMP TABLE b_article AS
     SELECT g, gen_random_uuid() AS id, (hashtext(g::text) & 2147483647) % 100 AS spread,
            now() - make_interval(mins => g * 10) - make_interval(secs => g % 60) AS at,
            (SELECT id FROM b_editor WHERE n = g % $2) AS author_id
       FROM generate_series(1, $1::int) g`,
    [articles, editors],
  );
  await q(
    `INSERT INTO content_item (id, kind, author_id, created_at) SELECT id, 'ARTICLE', author_id, at FROM b_article`,
  );
  const hasAuthorColumn =
    (
      await q(
        `SELECT 1 FROM information_schema.columns WHERE table_name = 'article' AND column_name = 'author_id'`,
      )
    ).rowCount > 0;
  await q(`
    INSERT INTO article (id, ${hasAuthorColumn ? 'author_id,' : ''} status, format, language, title, summary, body_html,
                         cover_media_id, cover_alt, audience_org_unit_ids, audience_location_ids,
                         publish_at, published_at, archived_at, pinned_until, must_read, must_read_due, created_at, updated_at)
    SELECT b.id, ${hasAuthorColumn ? 'b.author_id,' : ''}
           CASE WHEN b.g % 20 = 7 THEN 'ARCHIVED' WHEN b.g % 50 = 3 THEN 'DRAFT' ELSE 'PUBLISHED' END,
           (ARRAY['ARTICLE', 'ARTICLE', 'ARTICLE', 'ARTICLE', 'VIDEO', 'GALLERY', 'INFOGRAPHIC'])[1 + b.g % 7],
           CASE WHEN b.g % 5 = 0 THEN 'en' ELSE 'sv' END,
           'Nyhet nummer ' || b.g,
           'En kort sammanfattning av nyhet ' || b.g || ' för alla som berörs.',
           '<p>Brödtext för nyhet ' || b.g || '.</p>',
           CASE WHEN b.g % 5 < 2 THEN (SELECT id FROM b_media WHERE n = b.g % 2000) END,
           CASE WHEN b.g % 5 < 2 THEN 'Bild till nyhet ' || b.g END,
           CASE WHEN b.spread < 50 OR (b.spread >= 90 AND b.spread < 97) THEN '{}'::uuid[]
                WHEN b.spread < 80 THEN ARRAY[(SELECT id FROM b_dep WHERE n = b.g % 8)]
                ELSE ARRAY[(SELECT id FROM b_unit WHERE n = b.g % 32)] END,
           CASE WHEN b.spread >= 90 THEN ARRAY[(SELECT id FROM b_loc WHERE n = b.g % 6)] ELSE '{}'::uuid[] END,
           CASE WHEN b.g % 50 = 3 THEN NULL ELSE b.at END,
           CASE WHEN b.g % 50 = 3 THEN NULL ELSE b.at END,
           CASE WHEN b.g % 20 = 7 THEN b.at + interval '30 days' END,
           -- A few recent ones pinned for another week (everyone or a department).
           CASE WHEN b.g <= 400 AND b.g % 40 = 1 THEN now() + interval '7 days' END,
           b.g % 200 = 11,
           CASE WHEN b.g % 200 = 11 THEN (b.at + interval '14 days')::date END,
           b.at, b.at
      FROM b_article b`);
  // One topic each, a second for three in ten.
  await q(`
    INSERT INTO article_topic (article_id, topic_id)
    SELECT b.id, t.id FROM b_article b JOIN b_topic t ON t.n = b.g % 12
    UNION ALL
    SELECT b.id, t.id FROM b_article b JOIN b_topic t ON t.n = (b.g + 5) % 12 WHERE b.g % 10 < 3`);
  // The viewer has read every third of the newest 3,000 and acknowledged half the must-reads among them.
  await q(
    `INSERT INTO content_view (person_id, content_id, day) SELECT $1, id, current_date FROM b_article WHERE g <= 3000 AND g % 3 = 0`,
    [viewerId],
  );
  await q(
    `INSERT INTO article_acknowledgement (article_id, person_id, version)
     SELECT a.id, $1, a.ack_version FROM article a JOIN b_article b ON b.id = a.id WHERE a.must_read AND b.g % 400 = 11`,
    [viewerId],
  );
  // Conversation on the newest 6,000 articles (those the measured pages show): up to 24 reactions on
  // two in three, up to three comments on one in three, by people picked by number. The counter
  // triggers keep content_counter exact as in production.
  await q(`CREATE TEMP TABLE b_people AS SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM person`);
  await q(
    `
    INSERT INTO reaction (content_id, person_id, kind, created_at)
    SELECT b.id, p.id, (ARRAY['LIKE', 'LOVE', 'CELEBRATE', 'INSIGHTFUL', 'CURIOUS'])[1 + (b.g + r) % 5], b.at + make_interval(mins => r)
      FROM b_article b CROSS JOIN generate_series(0, 23) r JOIN b_people p ON p.n = (b.g * 31 + r * 977) % $1
     WHERE b.g <= 6000 AND b.g % 3 <> 2 AND r < b.g % 25`,
    [people],
  );
  await q(
    `
    CREATE TEMP TABLE b_comment AS
    SELECT gen_random_uuid() AS id, b.id AS target_id, p.id AS author_id, b.at + make_interval(mins => 10 + c) AS at, c
      FROM b_article b CROSS JOIN generate_series(0, 2) c JOIN b_people p ON p.n = (b.g * 17 + c * 1231) % $1
     WHERE b.g <= 6000 AND b.g % 3 = 0 AND c <= b.g % 4`,
    [people],
  );
  // And one popular item, as a big announcement gets: the newest article for everyone has 2,000
  // comments (a card shows two; reading all of them for it must not be what a page costs).
  await q(
    `
    INSERT INTO b_comment (id, target_id, author_id, at, c)
    SELECT gen_random_uuid(), b.id, p.id, b.at + make_interval(secs => k), 0
      FROM (SELECT id, at FROM b_article WHERE spread < 50 AND g % 20 <> 7 AND g % 50 <> 3 ORDER BY g LIMIT 1) b
      CROSS JOIN generate_series(1, 2000) k JOIN b_people p ON p.n = (k * 7919) % $1`,
    [people],
  );
  await q(
    `INSERT INTO content_item (id, kind, author_id, created_at) SELECT id, 'COMMENT', author_id, at FROM b_comment`,
  );
  await q(`
    INSERT INTO comment (id, target_id, author_id, body_html, created_at)
    SELECT id, target_id, author_id, '<p>Kommentar ' || (c + 1) || ' om nyheten, med några ord till.</p>', at FROM b_comment`);
  // Spaces: 200 open ones, each person a member of two, the viewer of ten; POSTS posts two minutes
  // apart (number 1 newest: staff write more often than the news desk), a few deleted; reactions on
  // the newest. The viewer's home feed gets a post every forty minutes or so among the news.
  await q(
    `
    CREATE TEMP TABLE b_space AS
    SELECT s - 1 AS n, gen_random_uuid() AS id, (SELECT id FROM b_editor WHERE n = s % $1) AS owner FROM generate_series(1, 200) s`,
    [editors],
  );
  await q(
    `INSERT INTO space (id, name, visibility, created_by) SELECT id, 'Grupp ' || (n + 1), 'OPEN', owner FROM b_space`,
  );
  await q(
    `
    INSERT INTO space_member (space_id, person_id, role, status, joined_at)
    SELECT DISTINCT ON (s.id, p.id) s.id, p.id, 'MEMBER', 'ACTIVE', now()
      FROM b_people p CROSS JOIN generate_series(0, 1) k JOIN b_space s ON s.n = (p.n * 7 + k * 101) % 200
     WHERE p.id <> $1`,
    [viewerId],
  );
  await q(
    `INSERT INTO space_member (space_id, person_id, role, status, joined_at) SELECT id, $1, 'MEMBER', 'ACTIVE', now() FROM b_space WHERE n % 20 = 3`,
    [viewerId],
  );
  await q(
    `CREATE TEMP TABLE b_post AS
     SELECT g, gen_random_uuid() AS id, (SELECT id FROM b_space WHERE n = g % 200) AS space_id,
            (SELECT id FROM b_people WHERE n = (g * 13) % $2) AS author_id,
            now() - make_interval(mins => g * 2) - make_interval(secs => g % 59) AS at
       FROM generate_series(1, $1::int) g`,
    [posts, people],
  );
  await q(
    `INSERT INTO content_item (id, kind, author_id, space_id, created_at) SELECT id, 'POST', author_id, space_id, at FROM b_post`,
  );
  await q(`
    INSERT INTO post (id, space_id, author_id, body_html, created_at, deleted_at, deleted_by)
    SELECT id, space_id, author_id, CASE WHEN g % 97 = 5 THEN '' ELSE '<p>Inlägg ' || g || ' i gruppen, med några rader text om veckan.</p>' END, at,
           CASE WHEN g % 97 = 5 THEN at END, CASE WHEN g % 97 = 5 THEN author_id END
      FROM b_post`);
  await q(
    `
    INSERT INTO reaction (content_id, person_id, kind, created_at)
    SELECT b.id, p.id, (ARRAY['LIKE', 'LOVE', 'CELEBRATE', 'INSIGHTFUL', 'CURIOUS'])[1 + (b.g + r) % 5], b.at + make_interval(mins => r)
      FROM b_post b CROSS JOIN generate_series(0, 11) r JOIN b_people p ON p.n = (b.g * 29 + r * 613) % $1
     WHERE b.g <= 3000 AND r < b.g % 13`,
    [people],
  );
  await q('COMMIT');
  await q('ANALYZE');
  const counts = (
    await q(`SELECT (SELECT count(*) FROM person)::int AS people, (SELECT count(*) FROM article)::int AS articles,
                    (SELECT count(*) FROM article WHERE status = 'PUBLISHED')::int AS published, (SELECT count(*) FROM post)::int AS posts`)
  ).rows[0];
  return { viewerId, ...counts };
}
