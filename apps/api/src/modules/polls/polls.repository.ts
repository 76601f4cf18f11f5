import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { BaseRepository } from '../../database/base.repository';
import type { PollRow } from './poll.model';
import type { CheckedPoll } from './polls.service';

/** One row per option of each poll: its count, its voters (NAMED polls) and the poll's total voters. */
export interface PollResultRow {
  poll_id: string;
  option_id: string;
  n: number;
  voters: string[] | null;
  total: number;
}

/** One statement for polls with their options (as JSON, in order). */
const POLL_SELECT = `SELECT p.id, p.post_id, p.question, p.choice, p.ballot, p.closes_at,
  (SELECT json_agg(json_build_object('id', o.id, 'label', o.label, 'position', o.position) ORDER BY o.position)
     FROM poll_option o WHERE o.poll_id = p.id) AS options
  FROM poll p`;

/** Where polls reach PostgreSQL. */
@Injectable()
export class PollsRepository extends BaseRepository {
  /** The polls of these posts, with their options. */
  byPosts(postIds: readonly string[]): Promise<PollRow[]> {
    return this.db().query(`${POLL_SELECT} WHERE p.post_id = ANY($1::uuid[])`, [postIds]);
  }

  async byId(id: string, manager?: EntityManager): Promise<PollRow | undefined> {
    const [row]: PollRow[] = await this.db(manager).query(`${POLL_SELECT} WHERE p.id = $1`, [id]);
    return row;
  }

  /** Whether `closesAt` has passed by the database's clock (the same for every voter). */
  async hasPassed(closesAt: Date | null, manager?: EntityManager): Promise<boolean> {
    const [{ closed }]: { closed: boolean }[] = await this.db(manager).query(
      `SELECT ($1::timestamptz IS NOT NULL AND $1::timestamptz <= now()) AS closed`,
      [closesAt],
    );
    return closed;
  }

  /** A checked poll and its options, for a post (inside the post's transaction). */
  async insert(manager: EntityManager, postId: string, poll: CheckedPoll): Promise<void> {
    const [{ id }]: { id: string }[] = await manager.query(
      `INSERT INTO poll (post_id, question, choice, ballot, closes_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [postId, poll.question, poll.choice, poll.ballot, poll.closesAt],
    );
    await manager.query(
      `INSERT INTO poll_option (poll_id, position, label) SELECT $1, o.ord - 1, o.label FROM unnest($2::text[]) WITH ORDINALITY AS o(label, ord)`,
      [id, poll.options],
    );
  }

  /** Casts or replaces the person's ballot: only their own ballot row is locked. */
  async replaceVote(
    manager: EntityManager,
    pollId: string,
    personId: string,
    optionIds: readonly string[],
  ): Promise<void> {
    await manager.query(
      `INSERT INTO poll_ballot (poll_id, person_id) VALUES ($1, $2)
         ON CONFLICT (poll_id, person_id) DO UPDATE SET voted_at = now()`,
      [pollId, personId],
    );
    await manager.query(`DELETE FROM poll_vote WHERE poll_id = $1 AND person_id = $2`, [pollId, personId]);
    await manager.query(
      `INSERT INTO poll_vote (poll_id, person_id, option_id) SELECT $1, $2, unnest($3::uuid[])`,
      [pollId, personId, optionIds],
    );
  }

  /** The person's chosen options in these polls, in option order. */
  votesOf(personId: string, pollIds: readonly string[]): Promise<{ poll_id: string; option_id: string }[]> {
    return this.db().query(
      `SELECT v.poll_id, v.option_id FROM poll_vote v JOIN poll_option o ON o.id = v.option_id
        WHERE v.person_id = $1 AND v.poll_id = ANY($2::uuid[]) ORDER BY o.position`,
      [personId, pollIds],
    );
  }

  /** Counts per option, in order, with voters for NAMED polls and each poll's total voters. */
  results(pollIds: readonly string[]): Promise<PollResultRow[]> {
    return this.db().query(
      `SELECT o.poll_id, o.id AS option_id, count(v.person_id)::int AS n,
              CASE WHEN p.ballot = 'NAMED' THEN array_remove(array_agg(v.person_id ORDER BY v.person_id), NULL) END AS voters,
              (SELECT count(*)::int FROM poll_ballot b WHERE b.poll_id = o.poll_id) AS total
         FROM poll_option o
         JOIN poll p ON p.id = o.poll_id
         LEFT JOIN poll_vote v ON v.poll_id = o.poll_id AND v.option_id = o.id
        WHERE o.poll_id = ANY($1::uuid[])
        GROUP BY o.poll_id, o.id, o.position, p.ballot
        ORDER BY o.poll_id, o.position`,
      [pollIds],
    );
  }
}
