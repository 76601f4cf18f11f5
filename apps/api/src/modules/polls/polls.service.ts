import { Injectable } from '@nestjs/common';
import {
  POLL_OPTION_MAX_LENGTH,
  POLL_OPTIONS_MAX,
  POLL_OPTIONS_MIN,
  POLL_QUESTION_MAX_LENGTH,
  PollChoice,
} from '@commons/shared';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { badInput, notFound } from '../../common/errors/app-error';
import { plainText } from '../../common/sanitising/plain-text';
import { ContentAccess } from '../content/content-access';
import type { Person } from '../people/person.entity';
import { PollInput } from './dto/poll.input';
import { Poll } from './poll.model';

/** A poll as checked, ready to store. */
export interface CheckedPoll {
  question: string;
  options: string[];
  choice: PollInput['choice'];
  ballot: PollInput['ballot'];
  closesAt: Date | null;
}

export interface PollRow {
  id: string;
  post_id: string;
  question: string;
  choice: Poll['choice'];
  ballot: Poll['ballot'];
  closes_at: Date | null;
  options: { id: string; label: string; position: number }[];
}

/** One statement for polls with their options (as JSON, in order). */
export const POLL_SELECT = `SELECT p.id, p.post_id, p.question, p.choice, p.ballot, p.closes_at,
  (SELECT json_agg(json_build_object('id', o.id, 'label', o.label, 'position', o.position) ORDER BY o.position)
     FROM poll_option o WHERE o.poll_id = p.id) AS options
  FROM poll p`;

export function toPoll(row: PollRow): Poll {
  return Object.assign(new Poll(), {
    id: row.id,
    postId: row.post_id,
    question: row.question,
    choice: row.choice,
    ballot: row.ballot,
    closesAt: row.closes_at,
    options: row.options ?? [],
  });
}

export const isClosed = (poll: Pick<Poll, 'closesAt'>, now = new Date()): boolean =>
  poll.closesAt !== null && poll.closesAt <= now;

/**
 * Polls on posts: checking and storing one with its post, and voting. One ballot per person and
 * poll (poll_ballot's key): changing a vote locks only the voter's own ballot row, so concurrent
 * voters never wait on each other, and counts are plain counts of poll_vote rows, always exact.
 * Who may vote: whoever may see the post (ContentAccess), until the poll closes. Votes are not
 * audited: an anonymous poll's ballots must not be readable elsewhere.
 */
@Injectable()
export class PollsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ContentAccess,
  ) {}

  /** Plain-text question and options (markup stripped), 2–10 different options, a closing time in the future. */
  check(input: PollInput, field = 'poll'): CheckedPoll {
    const question = plainText(input.question);
    if (question === '') throw badInput(`${field}.question`, 'REQUIRED', 'A poll needs a question.');
    if (question.length > POLL_QUESTION_MAX_LENGTH)
      throw badInput(`${field}.question`, 'TOO_LONG', `At most ${POLL_QUESTION_MAX_LENGTH} characters.`);
    const options = input.options.map((o) => plainText(o));
    if (options.some((o) => o === ''))
      throw badInput(`${field}.options`, 'REQUIRED', 'An option cannot be empty.');
    if (options.some((o) => o.length > POLL_OPTION_MAX_LENGTH))
      throw badInput(
        `${field}.options`,
        'TOO_LONG',
        `At most ${POLL_OPTION_MAX_LENGTH} characters per option.`,
      );
    if (options.length < POLL_OPTIONS_MIN)
      throw badInput(`${field}.options`, 'TOO_FEW', `Give at least ${POLL_OPTIONS_MIN} options.`);
    if (options.length > POLL_OPTIONS_MAX)
      throw badInput(`${field}.options`, 'TOO_MANY', `Give at most ${POLL_OPTIONS_MAX} options.`);
    if (new Set(options.map((o) => o.toLowerCase())).size !== options.length) {
      throw badInput(`${field}.options`, 'DUPLICATE', 'Each option must be different.');
    }
    const closesAt = input.closesAt ?? null;
    if (closesAt && closesAt.getTime() <= Date.now())
      throw badInput(`${field}.closesAt`, 'IN_PAST', 'Choose a closing time in the future.');
    return { question, options, choice: input.choice, ballot: input.ballot, closesAt };
  }

  /** Stores a checked poll for a post, inside the post's transaction. */
  async insert(manager: EntityManager, postId: string, poll: CheckedPoll): Promise<void> {
    const [{ id }] = await manager.query(
      `INSERT INTO poll (post_id, question, choice, ballot, closes_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [postId, poll.question, poll.choice, poll.ballot, poll.closesAt],
    );
    await manager.query(
      `INSERT INTO poll_option (poll_id, position, label) SELECT $1, o.ord - 1, o.label FROM unnest($2::text[]) WITH ORDINALITY AS o(label, ord)`,
      [id, poll.options],
    );
  }

  /**
   * Casts or replaces the actor's ballot. NOT_FOUND for a poll the actor cannot see; BAD_USER_INPUT
   * for a closed poll (POLL_CLOSED), an option of another poll (UNKNOWN_OPTION), none (REQUIRED) or
   * several on a single-choice poll (SINGLE_CHOICE). Nothing is written unless the whole vote is valid.
   */
  async vote(actor: Person, pollId: string, optionIds: string[]): Promise<Poll> {
    if (!isUUID(pollId)) throw notFound('Poll');
    const chosen = [...new Set(optionIds)];
    return this.dataSource.transaction(async (manager) => {
      const [row]: PollRow[] = await manager.query(`${POLL_SELECT} WHERE p.id = $1`, [pollId]);
      if (!row) throw notFound('Poll');
      await this.access.requireVisible(actor, row.post_id, 'Poll', manager);
      const poll = toPoll(row);
      // The database's clock decides, the same for every voter.
      const [{ closed }] = await manager.query(
        `SELECT ($1::timestamptz IS NOT NULL AND $1::timestamptz <= now()) AS closed`,
        [poll.closesAt],
      );
      if (closed) throw badInput('pollId', 'POLL_CLOSED', 'This poll has closed.');
      if (chosen.length === 0) throw badInput('optionIds', 'REQUIRED', 'Choose an option.');
      const known = new Set(poll.options.map((o) => o.id));
      if (chosen.some((id) => !known.has(id)))
        throw badInput('optionIds', 'UNKNOWN_OPTION', 'No such option in this poll.');
      if (poll.choice === PollChoice.SINGLE && chosen.length > 1)
        throw badInput('optionIds', 'SINGLE_CHOICE', 'Choose one option.');

      await manager.query(
        `INSERT INTO poll_ballot (poll_id, person_id) VALUES ($1, $2)
         ON CONFLICT (poll_id, person_id) DO UPDATE SET voted_at = now()`,
        [pollId, actor.id],
      );
      await manager.query(`DELETE FROM poll_vote WHERE poll_id = $1 AND person_id = $2`, [pollId, actor.id]);
      await manager.query(
        `INSERT INTO poll_vote (poll_id, person_id, option_id) SELECT $1, $2, unnest($3::uuid[])`,
        [pollId, actor.id, chosen],
      );
      return poll;
    });
  }
}
