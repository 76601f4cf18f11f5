import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reactions, comments (one reply level, edit history), mentions, and the counters behind
 * `reactionCounts` and `commentCount`.
 *
 * Counters: a burst on one popular item must not queue every writer on one row lock, and counts
 * must stay exact. So each (item, metric) is split over 16 rows (`content_counter.shard`); a trigger
 * on reaction and comment adds ±1 to one shard picked at random, in the writer's own transaction
 * (exact: it commits or rolls back with the write). Readers sum the shards. A transaction that
 * touches two counters (a reaction changing kind) writes them in one statement in metric order,
 * so two such writers cannot deadlock.
 */
export class ReactionsComments1764010000000 implements MigrationInterface {
  name = 'ReactionsComments1764010000000';

  async up(q: QueryRunner): Promise<void> {
    // Who may close comments, and when they did (editors on news; space moderators on posts).
    await q.query(`
      ALTER TABLE content_item
        ADD COLUMN comments_closed_at timestamptz,
        ADD COLUMN comments_closed_by uuid REFERENCES person(id)`);

    await q.query(`
      CREATE TABLE reaction (
        content_id uuid NOT NULL REFERENCES content_item(id),
        person_id uuid NOT NULL REFERENCES person(id),
        kind text NOT NULL CHECK (kind IN ('LIKE', 'LOVE', 'CELEBRATE', 'INSIGHTFUL', 'CURIOUS')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (content_id, person_id)
      )`);
    // "Who reacted", newest first, optionally by kind.
    await q.query(
      `CREATE INDEX reaction_content_recent_idx ON reaction (content_id, created_at DESC, person_id DESC)`,
    );
    await q.query(`CREATE INDEX reaction_person_idx ON reaction (person_id)`);

    await q.query(`
      CREATE TABLE comment (
        id uuid PRIMARY KEY REFERENCES content_item(id),
        target_id uuid NOT NULL REFERENCES content_item(id),
        -- One reply level: a reply's parent is a top-level comment on the same target (the service checks).
        parent_id uuid REFERENCES comment(id),
        author_id uuid NOT NULL REFERENCES person(id),
        body_html text NOT NULL CHECK (char_length(body_html) <= 40000),
        created_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz,
        -- Removed: the body is gone, the row stays so replies keep their place.
        deleted_at timestamptz,
        deleted_by uuid REFERENCES person(id),
        CONSTRAINT comment_deleted_ck CHECK ((deleted_at IS NULL) = (deleted_by IS NULL) AND (deleted_at IS NULL OR body_html = '')),
        CONSTRAINT comment_not_own_parent_ck CHECK (parent_id IS DISTINCT FROM id)
      )`);
    await q.query(
      `CREATE INDEX comment_target_top_idx ON comment (target_id, created_at, id) WHERE parent_id IS NULL`,
    );
    await q.query(
      `CREATE INDEX comment_parent_idx ON comment (parent_id, created_at, id) WHERE parent_id IS NOT NULL`,
    );

    // The text before each edit (history kept; the current text is on the comment).
    await q.query(`
      CREATE TABLE comment_revision (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        comment_id uuid NOT NULL REFERENCES comment(id),
        body_html text NOT NULL,
        written_at timestamptz NOT NULL,
        replaced_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX comment_revision_comment_idx ON comment_revision (comment_id, id)`);

    // Who a piece of content mentions, for notifications: only people who may see it.
    await q.query(`
      CREATE TABLE mention (
        content_id uuid NOT NULL REFERENCES content_item(id),
        person_id uuid NOT NULL REFERENCES person(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (content_id, person_id)
      )`);
    await q.query(`CREATE INDEX mention_person_idx ON mention (person_id, created_at DESC)`);

    await q.query(`
      CREATE TABLE content_counter (
        content_id uuid NOT NULL REFERENCES content_item(id),
        metric text NOT NULL CHECK (metric IN ('LIKE', 'LOVE', 'CELEBRATE', 'INSIGHTFUL', 'CURIOUS', 'COMMENTS')),
        shard smallint NOT NULL CHECK (shard BETWEEN 0 AND 15),
        value bigint NOT NULL,
        PRIMARY KEY (content_id, metric, shard)
      )`);

    // Adds the deltas (metric, delta) to one random shard each, in metric order (see above).
    await q.query(`
      CREATE FUNCTION content_counter_add(target uuid, metrics text[], deltas int[]) RETURNS void
      LANGUAGE sql AS $$
        INSERT INTO content_counter AS c (content_id, metric, shard, value)
        SELECT target, m.metric, floor(random() * 16)::smallint, m.delta
          FROM unnest(metrics, deltas) AS m(metric, delta)
         WHERE m.delta <> 0
         ORDER BY m.metric
        ON CONFLICT (content_id, metric, shard) DO UPDATE SET value = c.value + EXCLUDED.value
      $$`);

    await q.query(`
      CREATE FUNCTION reaction_count() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM content_counter_add(NEW.content_id, ARRAY[NEW.kind], ARRAY[1]);
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM content_counter_add(OLD.content_id, ARRAY[OLD.kind], ARRAY[-1]);
        ELSIF NEW.kind <> OLD.kind THEN
          PERFORM content_counter_add(NEW.content_id, ARRAY[OLD.kind, NEW.kind], ARRAY[-1, 1]);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER reaction_count AFTER INSERT OR UPDATE OF kind OR DELETE ON reaction FOR EACH ROW EXECUTE FUNCTION reaction_count()`,
    );

    // Comments count on their target (article or post): every comment and reply neither removed nor
    // hidden by a moderator (hidden content is gone for everyone but its author and moderators).
    await q.query(`
      CREATE FUNCTION comment_count() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' AND NEW.deleted_at IS NULL THEN
          PERFORM content_counter_add(NEW.target_id, ARRAY['COMMENTS'], ARRAY[1]);
        ELSIF TG_OP = 'UPDATE' AND (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL)
              AND NOT EXISTS (SELECT 1 FROM content_item WHERE id = NEW.id AND hidden_at IS NOT NULL) THEN
          PERFORM content_counter_add(NEW.target_id, ARRAY['COMMENTS'], ARRAY[CASE WHEN NEW.deleted_at IS NULL THEN 1 ELSE -1 END]);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER comment_count AFTER INSERT OR UPDATE OF deleted_at ON comment FOR EACH ROW EXECUTE FUNCTION comment_count()`,
    );
    // Hiding or restoring a (not removed) comment moves its target's count too.
    await q.query(`
      CREATE FUNCTION comment_hidden_count() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE target uuid;
      BEGIN
        IF NEW.kind = 'COMMENT' AND (OLD.hidden_at IS NULL) <> (NEW.hidden_at IS NULL) THEN
          SELECT target_id INTO target FROM comment WHERE id = NEW.id AND deleted_at IS NULL;
          IF target IS NOT NULL THEN
            PERFORM content_counter_add(target, ARRAY['COMMENTS'], ARRAY[CASE WHEN NEW.hidden_at IS NULL THEN 1 ELSE -1 END]);
          END IF;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER comment_hidden_count AFTER UPDATE OF hidden_at ON content_item FOR EACH ROW EXECUTE FUNCTION comment_hidden_count()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER comment_hidden_count ON content_item`);
    for (const table of ['content_counter', 'mention', 'comment_revision', 'comment', 'reaction'])
      await q.query(`DROP TABLE ${table}`);
    await q.query(`DROP FUNCTION comment_hidden_count()`);
    await q.query(`DROP FUNCTION comment_count()`);
    await q.query(`DROP FUNCTION reaction_count()`);
    await q.query(`DROP FUNCTION content_counter_add(uuid, text[], int[])`);
    await q.query(`ALTER TABLE content_item DROP COLUMN comments_closed_by, DROP COLUMN comments_closed_at`);
  }
}
