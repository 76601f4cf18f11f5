import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Spaces (with members, requests and invitations), staff posts (images, link, a share of another
 * item), polls with one ballot per person, and curation (featured posts, posts promoted to news).
 * A post's id is its content_item id; content_item.space_id now refers to its space.
 * Deleted posts are kept as rows with deleted_at (shares of them then show "no longer available",
 * and reactions or comments elsewhere keep a valid target); their text and images are removed.
 */
export class SpacesPosts1764020000000 implements MigrationInterface {
  name = 'SpacesPosts1764020000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE space (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 80),
        description text NOT NULL DEFAULT '' CHECK (char_length(description) <= 1000),
        visibility text NOT NULL CHECK (visibility IN ('OPEN', 'CLOSED', 'SECRET')),
        cover_media_id uuid REFERENCES media(id),
        cover_alt text CHECK (char_length(cover_alt) <= 500),
        created_by uuid NOT NULL REFERENCES person(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT space_cover_alt_ck CHECK (cover_media_id IS NULL OR char_length(cover_alt) > 0)
      )`);
    await q.query(`CREATE INDEX space_name_idx ON space (lower(name), id)`);

    await q.query(`
      CREATE TABLE space_member (
        space_id uuid NOT NULL REFERENCES space(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person(id),
        role text NOT NULL DEFAULT 'MEMBER' CHECK (role IN ('MEMBER', 'MODERATOR', 'OWNER')),
        status text NOT NULL CHECK (status IN ('ACTIVE', 'REQUESTED', 'INVITED')),
        invited_by uuid REFERENCES person(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        joined_at timestamptz,
        PRIMARY KEY (space_id, person_id),
        -- Only active members hold a role above MEMBER.
        CONSTRAINT space_member_role_ck CHECK (status = 'ACTIVE' OR role = 'MEMBER')
      )`);
    await q.query(`CREATE INDEX space_member_person_idx ON space_member (person_id, status)`);
    await q.query(
      `CREATE INDEX space_member_list_idx ON space_member (space_id, status, created_at, person_id)`,
    );

    await q.query(
      `ALTER TABLE content_item ADD CONSTRAINT content_item_space_fk FOREIGN KEY (space_id) REFERENCES space(id)`,
    );

    await q.query(`
      CREATE TABLE post (
        id uuid PRIMARY KEY REFERENCES content_item(id),
        space_id uuid NOT NULL REFERENCES space(id),
        author_id uuid NOT NULL REFERENCES person(id),
        body_html text NOT NULL DEFAULT '' CHECK (char_length(body_html) <= 40000),
        link_url text CHECK (char_length(link_url) <= 2000 AND link_url ~ '^https?://'),
        shared_item_id uuid REFERENCES content_item(id),
        featured_at timestamptz,
        featured_by uuid REFERENCES person(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz,
        deleted_at timestamptz,
        deleted_by uuid REFERENCES person(id),
        CONSTRAINT post_featured_ck CHECK ((featured_at IS NULL) = (featured_by IS NULL))
      )`);
    await q.query(
      `CREATE INDEX post_space_feed_idx ON post (space_id, created_at DESC, id DESC) WHERE deleted_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX post_featured_idx ON post (featured_at DESC, id DESC) WHERE featured_at IS NOT NULL AND deleted_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX post_shared_item_idx ON post (shared_item_id) WHERE shared_item_id IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE post_image (
        post_id uuid NOT NULL REFERENCES post(id) ON DELETE CASCADE,
        position int NOT NULL CHECK (position >= 0),
        media_id uuid NOT NULL REFERENCES media(id),
        alt text NOT NULL CHECK (char_length(alt) BETWEEN 1 AND 500),
        PRIMARY KEY (post_id, position)
      )`);

    await q.query(`
      CREATE TABLE poll (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        post_id uuid NOT NULL UNIQUE REFERENCES post(id) ON DELETE CASCADE,
        question text NOT NULL CHECK (char_length(question) BETWEEN 1 AND 300),
        choice text NOT NULL CHECK (choice IN ('SINGLE', 'MULTIPLE')),
        ballot text NOT NULL CHECK (ballot IN ('ANONYMOUS', 'NAMED')),
        closes_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE poll_option (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        poll_id uuid NOT NULL REFERENCES poll(id) ON DELETE CASCADE,
        position int NOT NULL CHECK (position BETWEEN 0 AND 9),
        label text NOT NULL CHECK (char_length(label) BETWEEN 1 AND 200),
        UNIQUE (poll_id, position),
        UNIQUE (poll_id, id)
      )`);
    // One ballot row per person and poll: changing a vote locks only that person's row, never the poll.
    await q.query(`
      CREATE TABLE poll_ballot (
        poll_id uuid NOT NULL REFERENCES poll(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person(id),
        voted_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (poll_id, person_id)
      )`);
    // The option must belong to the ballot's poll (composite keys): a foreign option cannot be stored.
    await q.query(`
      CREATE TABLE poll_vote (
        poll_id uuid NOT NULL,
        person_id uuid NOT NULL,
        option_id uuid NOT NULL,
        PRIMARY KEY (poll_id, person_id, option_id),
        FOREIGN KEY (poll_id, person_id) REFERENCES poll_ballot(poll_id, person_id) ON DELETE CASCADE,
        FOREIGN KEY (poll_id, option_id) REFERENCES poll_option(poll_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX poll_vote_option_idx ON poll_vote (poll_id, option_id)`);

    await q.query(`
      CREATE TABLE post_promotion (
        article_id uuid PRIMARY KEY REFERENCES article(id),
        post_id uuid NOT NULL REFERENCES post(id),
        original_author_id uuid NOT NULL REFERENCES person(id),
        promoted_by uuid NOT NULL REFERENCES person(id),
        promoted_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX post_promotion_post_idx ON post_promotion (post_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE post_promotion`);
    await q.query(`DROP TABLE poll_vote`);
    await q.query(`DROP TABLE poll_ballot`);
    await q.query(`DROP TABLE poll_option`);
    await q.query(`DROP TABLE poll`);
    await q.query(`DROP TABLE post_image`);
    await q.query(`DROP TABLE post`);
    await q.query(`ALTER TABLE content_item DROP CONSTRAINT content_item_space_fk`);
    await q.query(`DROP TABLE space_member`);
    await q.query(`DROP TABLE space`);
  }
}
