import { Injectable } from '@nestjs/common';
import {
  POLL_OPTION_MAX_LENGTH,
  POLL_OPTIONS_MAX,
  POLL_OPTIONS_MIN,
  POLL_QUESTION_MAX_LENGTH,
  PollChoice,
} from '@commons/shared';
import { isUUID } from 'class-validator';
import { EntityManager } from 'typeorm';
import { badInput, notFound } from '../../common/errors/app-error';
import { plainText } from '../../common/sanitising/plain-text';
import { ContentAccess } from '../content/content-access';
import type { Person } from '../people/person.entity';
import { PollInput } from './dto/poll.input';
import { Poll, toPoll } from './poll.model';
import { PollsRepository } from './polls.repository';

/** A poll as checked, ready to store. */
export interface CheckedPoll {
  question: string;
  options: string[];
  choice: PollInput['choice'];
  ballot: PollInput['ballot'];
  closesAt: Date | null;
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
    private readonly repo: PollsRepository,
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
  insert(manager: EntityManager, postId: string, poll: CheckedPoll): Promise<void> {
    return this.repo.insert(manager, postId, poll);
  }

  /**
   * Casts or replaces the actor's ballot. NOT_FOUND for a poll the actor cannot see; BAD_USER_INPUT
   * for a closed poll (POLL_CLOSED), an option of another poll (UNKNOWN_OPTION), none (REQUIRED) or
   * several on a single-choice poll (SINGLE_CHOICE). Nothing is written unless the whole vote is valid.
   */
  async vote(actor: Person, pollId: string, optionIds: string[]): Promise<Poll> {
    if (!isUUID(pollId)) throw notFound('Poll');
    const chosen = [...new Set(optionIds)];
    return this.repo.transaction(async (manager) => {
      const row = await this.repo.byId(pollId, manager);
      if (!row) throw notFound('Poll');
      await this.access.requireVisible(actor, row.post_id, 'Poll', manager);
      const poll = toPoll(row);
      // The database's clock decides, the same for every voter.
      if (await this.repo.hasPassed(poll.closesAt, manager))
        throw badInput('pollId', 'POLL_CLOSED', 'This poll has closed.');
      if (chosen.length === 0) throw badInput('optionIds', 'REQUIRED', 'Choose an option.');
      const known = new Set(poll.options.map((o) => o.id));
      if (chosen.some((id) => !known.has(id)))
        throw badInput('optionIds', 'UNKNOWN_OPTION', 'No such option in this poll.');
      if (poll.choice === PollChoice.SINGLE && chosen.length > 1)
        throw badInput('optionIds', 'SINGLE_CHOICE', 'Choose one option.');

      await this.repo.replaceVote(manager, pollId, actor.id, chosen);
      return poll;
    });
  }
}
