import { MigrationInterface, QueryRunner } from 'typeorm';

/** The names people read in lists, sorted as a Swedish reader expects. */
const COLUMNS: [table: string, column: string][] = [
  ['person', 'display_name'],
  ['org_unit', 'name'],
  ['location', 'name'],
  ['space', 'name'],
  ['topic', 'name_sv'],
];

/**
 * Names sort in Swedish alphabetical order (… X, Y, Z, Å, Ä, Ö; case does not split the list),
 * whatever the database's own locale: the directory, member lists, the org tree, topics and
 * spaces. A column collation (ICU's `sv-x-icu`, in every PostgreSQL built with ICU, as Debian's and
 * the official images are) so every ORDER BY and keyset comparison on these columns follows it
 * without each query having to say so. Indexes on the columns are rebuilt by the ALTER.
 */
export class SwedishCollation1764040000000 implements MigrationInterface {
  name = 'SwedishCollation1764040000000';

  async up(q: QueryRunner): Promise<void> {
    for (const [table, column] of COLUMNS) {
      await q.query(`ALTER TABLE ${table} ALTER COLUMN ${column} TYPE text COLLATE "sv-x-icu"`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, column] of COLUMNS) {
      await q.query(`ALTER TABLE ${table} ALTER COLUMN ${column} TYPE text COLLATE "default"`);
    }
  }
}
