import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What every piece of conversation shares, on content_item: the space it lives in (posts, and
 * comments on them; null for news) and its moderation state. Hidden content is visible only to its
 * author and to those who may moderate it (modules/content/content-access.ts decides).
 * The foreign key from space_id to space comes with the spaces migration.
 */
export class ConversationCore1764000000000 implements MigrationInterface {
  name = 'ConversationCore1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE content_item
        ADD COLUMN space_id uuid,
        ADD COLUMN hidden_at timestamptz,
        ADD COLUMN hidden_by uuid REFERENCES person(id),
        ADD COLUMN hidden_reason text CHECK (char_length(hidden_reason) <= 1000),
        ADD CONSTRAINT content_item_hidden_ck CHECK ((hidden_at IS NULL) = (hidden_by IS NULL))`);
    await q.query(
      `CREATE INDEX content_item_space_idx ON content_item (space_id, created_at DESC) WHERE space_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX content_item_space_idx`);
    await q.query(`
      ALTER TABLE content_item
        DROP CONSTRAINT content_item_hidden_ck,
        DROP COLUMN hidden_reason,
        DROP COLUMN hidden_by,
        DROP COLUMN hidden_at,
        DROP COLUMN space_id`);
  }
}
