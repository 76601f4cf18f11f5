import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The author on the article row itself (a copy of content_item.author_id, which never changes):
 * feeds and studio lists then know each author without a join, and "my drafts" has an index.
 */
export class ArticleAuthor1763930000000 implements MigrationInterface {
  name = 'ArticleAuthor1763930000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE article ADD COLUMN author_id uuid REFERENCES person(id)`);
    await q.query(`UPDATE article a SET author_id = c.author_id FROM content_item c WHERE c.id = a.id`);
    await q.query(`ALTER TABLE article ALTER COLUMN author_id SET NOT NULL`);
    await q.query(`CREATE INDEX article_author_idx ON article (author_id, updated_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE article DROP COLUMN author_id`);
  }
}
