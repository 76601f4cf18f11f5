import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * News: the content table every conversation points at, topics, media, articles with their audience,
 * lifecycle dates, revisions, must-read acknowledgements and view events.
 */
export class News1763920000000 implements MigrationInterface {
  name = 'News1763920000000';

  async up(q: QueryRunner): Promise<void> {
    // One row per article, staff post or comment, so reactions, reports, views and analytics have a
    // single foreign-key target. The kind-specific table shares its id.
    await q.query(`
      CREATE TABLE content_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('ARTICLE', 'POST', 'COMMENT')),
        author_id uuid NOT NULL REFERENCES person(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX content_item_author_idx ON content_item (author_id, created_at DESC)`);

    await q.query(`
      CREATE TABLE topic (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND char_length(slug) <= 60),
        name_sv text NOT NULL CHECK (char_length(name_sv) BETWEEN 1 AND 60),
        name_en text NOT NULL CHECK (char_length(name_en) BETWEEN 1 AND 60),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX topic_slug_uq ON topic (slug)`);

    // An uploaded file after validation and re-encoding; its variants (sizes, formats) live in storage
    // under storage_key.
    await q.query(`
      CREATE TABLE media (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_id uuid NOT NULL REFERENCES person(id),
        kind text NOT NULL CHECK (kind IN ('IMAGE', 'CAPTIONS')),
        content_type text NOT NULL,
        byte_size bigint NOT NULL CHECK (byte_size >= 0),
        width int CHECK (width > 0),
        height int CHECK (height > 0),
        storage_key text NOT NULL,
        variants jsonb NOT NULL DEFAULT '[]'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX media_storage_key_uq ON media (storage_key)`);
    await q.query(`CREATE INDEX media_owner_idx ON media (owner_id, created_at DESC)`);

    await q.query(`
      CREATE TABLE article (
        id uuid PRIMARY KEY REFERENCES content_item(id),
        status text NOT NULL DEFAULT 'DRAFT'
          CHECK (status IN ('DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED')),
        format text NOT NULL DEFAULT 'ARTICLE' CHECK (format IN ('ARTICLE', 'VIDEO', 'GALLERY', 'INFOGRAPHIC')),
        language text NOT NULL DEFAULT 'sv' CHECK (language IN ('sv', 'en')),
        -- Language versions of one piece of news share a group.
        translation_group_id uuid NOT NULL DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
        summary text NOT NULL DEFAULT '' CHECK (char_length(summary) <= 500),
        body_html text NOT NULL DEFAULT '' CHECK (octet_length(body_html) <= 500000),
        byline text CHECK (char_length(byline) <= 200),
        cover_media_id uuid REFERENCES media(id),
        cover_alt text CHECK (char_length(cover_alt) <= 500),
        video_url text CHECK (char_length(video_url) <= 2000),
        captions_media_id uuid REFERENCES media(id),
        text_alternative text CHECK (char_length(text_alternative) <= 20000),
        -- Audience: empty arrays mean everyone. A person is reached when they are in (or under) one of the
        -- units AND at one of the locations, each condition applying only when its list is non-empty.
        audience_org_unit_ids uuid[] NOT NULL DEFAULT '{}',
        audience_location_ids uuid[] NOT NULL DEFAULT '{}',
        publish_at timestamptz,
        published_at timestamptz,
        expire_at timestamptz,
        archived_at timestamptz,
        review_by date,
        pinned_until timestamptz,
        must_read boolean NOT NULL DEFAULT false,
        must_read_due date,
        -- Acknowledgements count for this version; an editor raises it after a substantive edit.
        ack_version int NOT NULL DEFAULT 1 CHECK (ack_version >= 1),
        review_comment text CHECK (char_length(review_comment) <= 2000),
        revision int NOT NULL DEFAULT 1,
        readability_score real,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (status <> 'SCHEDULED' OR publish_at IS NOT NULL),
        CHECK (status NOT IN ('PUBLISHED', 'ARCHIVED') OR published_at IS NOT NULL),
        CHECK (cover_media_id IS NULL OR char_length(btrim(cover_alt)) > 0)
      )`);
    // The home feed walks published articles newest first; pinned and due ones have their own small indexes.
    await q.query(
      `CREATE INDEX article_feed_idx ON article (published_at DESC, id DESC) WHERE status = 'PUBLISHED'`,
    );
    await q.query(
      `CREATE INDEX article_pinned_idx ON article (pinned_until) WHERE status = 'PUBLISHED' AND pinned_until IS NOT NULL`,
    );
    await q.query(`CREATE INDEX article_scheduled_idx ON article (publish_at) WHERE status = 'SCHEDULED'`);
    await q.query(
      `CREATE INDEX article_expiry_idx ON article (expire_at) WHERE status = 'PUBLISHED' AND expire_at IS NOT NULL`,
    );
    await q.query(`CREATE INDEX article_studio_idx ON article (status, updated_at DESC, id DESC)`);
    await q.query(`CREATE INDEX article_review_by_idx ON article (review_by) WHERE review_by IS NOT NULL`);
    await q.query(`CREATE INDEX article_translation_idx ON article (translation_group_id)`);

    await q.query(`
      CREATE TABLE article_gallery_image (
        article_id uuid NOT NULL REFERENCES article(id) ON DELETE CASCADE,
        position int NOT NULL CHECK (position >= 0),
        media_id uuid NOT NULL REFERENCES media(id),
        alt text NOT NULL CHECK (char_length(btrim(alt)) BETWEEN 1 AND 500),
        PRIMARY KEY (article_id, position)
      )`);

    await q.query(`
      CREATE TABLE article_topic (
        article_id uuid NOT NULL REFERENCES article(id) ON DELETE CASCADE,
        topic_id uuid NOT NULL REFERENCES topic(id),
        PRIMARY KEY (article_id, topic_id)
      )`);
    await q.query(`CREATE INDEX article_topic_topic_idx ON article_topic (topic_id, article_id)`);

    // Who changed what, when; with the plain-language report of that revision.
    await q.query(`
      CREATE TABLE article_revision (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        article_id uuid NOT NULL REFERENCES article(id),
        revision int NOT NULL,
        editor_id uuid NOT NULL REFERENCES person(id),
        at timestamptz NOT NULL DEFAULT now(),
        changed_fields text[] NOT NULL,
        title text NOT NULL,
        summary text NOT NULL,
        body_html text NOT NULL,
        readability jsonb,
        UNIQUE (article_id, revision)
      )`);

    await q.query(`
      CREATE TABLE article_acknowledgement (
        article_id uuid NOT NULL REFERENCES article(id),
        person_id uuid NOT NULL REFERENCES person(id),
        version int NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (article_id, version, person_id)
      )`);
    await q.query(
      `CREATE INDEX article_acknowledgement_person_idx ON article_acknowledgement (person_id, article_id)`,
    );

    // One row per person, item and day: enough for unread markers and reach, without a click stream.
    await q.query(`
      CREATE TABLE content_view (
        person_id uuid NOT NULL REFERENCES person(id),
        content_id uuid NOT NULL REFERENCES content_item(id),
        day date NOT NULL DEFAULT current_date,
        PRIMARY KEY (person_id, content_id, day)
      )`);
    await q.query(`CREATE INDEX content_view_content_idx ON content_view (content_id, day)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'content_view',
      'article_acknowledgement',
      'article_revision',
      'article_topic',
      'article_gallery_image',
      'article',
      'media',
      'topic',
      'content_item',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
