import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reports and the moderation queue. Anyone who may see a post or comment reports it with a reason;
 * editors (everything) and a space's moderators (its content) hide or dismiss. Hiding writes
 * content_item.hidden_*; every act is also written to the audit log.
 */
export class Moderation1764030000000 implements MigrationInterface {
  name = 'Moderation1764030000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        content_id uuid NOT NULL REFERENCES content_item(id),
        reporter_id uuid NOT NULL REFERENCES person(id),
        reason text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 1000),
        created_at timestamptz NOT NULL DEFAULT now(),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'HIDDEN', 'DISMISSED')),
        handled_by uuid REFERENCES person(id),
        handled_at timestamptz,
        handled_reason text CHECK (char_length(handled_reason) <= 1000),
        CONSTRAINT report_handled_ck CHECK ((status = 'OPEN') = (handled_at IS NULL) AND (handled_at IS NULL) = (handled_by IS NULL))
      )`);
    // One open report per person and item: reporting again adds nothing for the moderators.
    await q.query(
      `CREATE UNIQUE INDEX report_open_uq ON report (content_id, reporter_id) WHERE status = 'OPEN'`,
    );
    await q.query(`CREATE INDEX report_queue_idx ON report (created_at, id) WHERE status = 'OPEN'`);
    await q.query(`CREATE INDEX report_content_idx ON report (content_id)`);
    await q.query(`CREATE INDEX report_reporter_idx ON report (reporter_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE report`);
  }
}
