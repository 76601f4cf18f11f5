import { Injectable } from '@nestjs/common';
import type { ReactionKind } from '@commons/shared';
import { BaseRepository } from '../../database/base.repository';

/** One row of "who reacted". */
export interface ReactorRow {
  target_id: string;
  person_id: string;
  kind: ReactionKind;
  created_at: Date;
}

/** Where reactions reach PostgreSQL. react and unreact are hot writes: one statement each, no transaction. */
@Injectable()
export class ReactionsRepository extends BaseRepository {
  /**
   * The toggle in one statement: the person's current reaction, locked so their own concurrent
   * clicks take turns; removed when it is this kind, else this kind is written (a concurrent first
   * reaction by the same person lands as an update, not a duplicate). Answers the person's reaction
   * now: the kind written, or null when it was removed.
   */
  async toggle(targetId: string, personId: string, kind: ReactionKind): Promise<ReactionKind | null> {
    const written: { kind: ReactionKind }[] = await this.db().query(
      `WITH current AS (
         SELECT kind FROM reaction WHERE content_id = $1 AND person_id = $2 FOR UPDATE
       ), removed AS (
         DELETE FROM reaction WHERE content_id = $1 AND person_id = $2 AND EXISTS (SELECT 1 FROM current WHERE kind = $3)
       )
       INSERT INTO reaction (content_id, person_id, kind)
       SELECT $1, $2, $3 WHERE NOT EXISTS (SELECT 1 FROM current WHERE kind = $3)
       ON CONFLICT (content_id, person_id) DO UPDATE SET kind = EXCLUDED.kind, created_at = now()
       RETURNING kind`,
      [targetId, personId, kind],
    );
    return written[0]?.kind ?? null;
  }

  async remove(targetId: string, personId: string): Promise<void> {
    await this.db().query(`DELETE FROM reaction WHERE content_id = $1 AND person_id = $2`, [
      targetId,
      personId,
    ]);
  }

  /** The person's reactions on these items (none: absent). */
  mine(personId: string, ids: readonly string[]): Promise<{ content_id: string; kind: ReactionKind }[]> {
    return this.db().query(
      `SELECT content_id, kind FROM reaction WHERE person_id = $1 AND content_id = ANY($2::uuid[])`,
      [personId, ids],
    );
  }

  /**
   * Up to `limit` reactors of each item, newest first, after the reaction of `afterPersonId` on that
   * item (keyset by (created_at, person_id)); one statement for every item.
   */
  reactors(
    targetIds: readonly string[],
    kind: ReactionKind | null,
    afterPersonId: string | null,
    limit: number,
  ): Promise<ReactorRow[]> {
    return this.db().query(
      `SELECT t.id AS target_id, r.person_id, r.kind, r.created_at
           FROM unnest($1::uuid[]) AS t(id)
           CROSS JOIN LATERAL (
             SELECT person_id, kind, created_at FROM reaction
              WHERE content_id = t.id AND ($2::text IS NULL OR kind = $2)
                AND ($3::uuid IS NULL OR (created_at, person_id) < (SELECT created_at, person_id FROM reaction WHERE content_id = t.id AND person_id = $3))
              ORDER BY created_at DESC, person_id DESC
              LIMIT $4
           ) r`,
      [targetIds, kind, afterPersonId, limit],
    );
  }
}
