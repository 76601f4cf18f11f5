import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Statistics on how many audience units and locations articles have. Without them PostgreSQL
 * guesses that `cardinality(audience_org_unit_ids) = 0` (everyone) is rare, expects the feed's
 * audience filter to keep almost nothing, and sorts every published article instead of walking
 * article_feed_idx newest first and stopping after one page (measured: 85 ms → 1 ms on 200,000).
 */
export class FeedStatistics1763935000000 implements MigrationInterface {
  name = 'FeedStatistics1763935000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE STATISTICS article_audience_stats ON (cardinality(audience_org_unit_ids)), (cardinality(audience_location_ids)) FROM article`,
    );
    await q.query(`ANALYZE article`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP STATISTICS article_audience_stats`);
  }
}
