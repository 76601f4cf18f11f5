import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { byKey, groupedByKey, RequestLoaders } from '../../common/dataloader/request-loaders';
import type { SessionRequest } from '../auth/auth-request.util';
import { Poll, PollResults, toPoll } from './poll.model';
import { PollsRepository } from './polls.repository';

/** Per-request DataLoaders for polls: a page of posts costs one statement per kind of poll field. */
@Injectable()
export class PollsLoader {
  constructor(
    private readonly loaders: RequestLoaders,
    private readonly repo: PollsRepository,
  ) {}

  /** The poll of a post (with its options), by post id. */
  byPost(request: object): DataLoader<string, Poll | null> {
    return this.loaders.get(request, 'polls.byPost', async (postIds: readonly string[]) =>
      byKey(postIds, (await this.repo.byPosts(postIds)).map(toPoll), (p) => p.postId),
    );
  }

  /** The signed-in viewer's chosen option ids, by poll id (empty: not voted). */
  viewerVote(request: object): DataLoader<string, string[]> {
    const viewerId = (request as SessionRequest).person?.id ?? null;
    return this.loaders.get(request, 'polls.viewerVote', async (pollIds: readonly string[]) => {
      if (!viewerId) return pollIds.map(() => []);
      const rows = await this.repo.votesOf(viewerId, pollIds);
      return groupedByKey(pollIds, rows, (r) => r.poll_id).map((votes) => votes.map((v) => v.option_id));
    });
  }

  /** Counts per option, total voters and (NAMED polls) who chose what, by poll id. */
  results(request: object): DataLoader<string, PollResults> {
    return this.loaders.get(request, 'polls.results', async (pollIds: readonly string[]) => {
      const byPoll = new Map<string, PollResults>();
      for (const r of await this.repo.results(pollIds)) {
        const results =
          byPoll.get(r.poll_id) ??
          Object.assign(new PollResults(), { pollId: r.poll_id, totalVoters: r.total, options: [] });
        results.options.push({ optionId: r.option_id, count: r.n, voterIds: r.voters });
        byPoll.set(r.poll_id, results);
      }
      return pollIds.map(
        (id) =>
          byPoll.get(id) ?? Object.assign(new PollResults(), { pollId: id, totalVoters: 0, options: [] }),
      );
    });
  }
}
