import { MigrationInterface, QueryRunner } from 'typeorm';

/** The directory searches titles as well as names and e-mails; give titles the same trigram index. */
export class PersonTitleSearch1763910000000 implements MigrationInterface {
  name = 'PersonTitleSearch1763910000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX person_title_trgm_idx ON person USING gin (title gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX person_title_trgm_idx`);
  }
}
