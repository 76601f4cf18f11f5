import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import type { SessionRequest } from '../auth/auth-request.util';
import { PollResults } from './poll.model';
import { Poll } from './poll.model';
import { POLL_SELECT, PollRow, toPoll } from './polls.service';

export interface PollLoaders {
  /** The poll of a post (with its options), by post id. */
  byPost: DataLoader<string, Poll | null>;
  /** The signed-in viewer's chosen option ids, by poll id (empty: not voted). */
  viewerVote: DataLoader<string, string[]>;
  /** Counts per option, total voters and (NAMED polls) who chose what, by poll id. */
  results: DataLoader<string, PollResults>;
}

/** Per-request DataLoaders for polls: a page of posts costs one statement per kind of poll field. */
@Injectable()
export class PollLoaderFactory {
  private readonly byRequest = new WeakMap<object, PollLoaders>();

  constructor(private readonly dataSource: DataSource) {}

  for(request: object): PollLoaders {
    let loaders = this.byRequest.get(request);
    if (!loaders) {
      const viewerId = (request as SessionRequest).person?.id ?? null;
      loaders = {
        byPost: new DataLoader((ids) => this.loadByPost(ids)),
        viewerVote: new DataLoader((ids) => this.loadViewerVotes(viewerId, ids)),
        results: new DataLoader((ids) => this.loadResults(ids)),
      };
      this.byRequest.set(request, loaders);
    }
    return loaders;
  }

  private async loadByPost(postIds: readonly string[]): Promise<(Poll | null)[]> {
    const rows: PollRow[] = await this.dataSource.query(`${POLL_SELECT} WHERE p.post_id = ANY($1::uuid[])`, [
      postIds,
    ]);
    const byPost = new Map(rows.map((r) => [r.post_id, toPoll(r)]));
    return postIds.map((id) => byPost.get(id) ?? null);
  }

  private async loadViewerVotes(viewerId: string | null, pollIds: readonly string[]): Promise<string[][]> {
    if (!viewerId) return pollIds.map(() => []);
    const rows: { poll_id: string; option_id: string }[] = await this.dataSource.query(
      `SELECT v.poll_id, v.option_id FROM poll_vote v JOIN poll_option o ON o.id = v.option_id
        WHERE v.person_id = $1 AND v.poll_id = ANY($2::uuid[]) ORDER BY o.position`,
      [viewerId, pollIds],
    );
    const byPoll = new Map<string, string[]>();
    for (const r of rows) byPoll.set(r.poll_id, [...(byPoll.get(r.poll_id) ?? []), r.option_id]);
    return pollIds.map((id) => byPoll.get(id) ?? []);
  }

  private async loadResults(pollIds: readonly string[]): Promise<PollResults[]> {
    const rows: { poll_id: string; option_id: string; n: number; voters: string[] | null; total: number }[] =
      await this.dataSource.query(
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
    const byPoll = new Map<string, PollResults>();
    for (const r of rows) {
      const results =
        byPoll.get(r.poll_id) ??
        Object.assign(new PollResults(), { pollId: r.poll_id, totalVoters: r.total, options: [] });
      results.options.push({ optionId: r.option_id, count: r.n, voterIds: r.voters });
      byPoll.set(r.poll_id, results);
    }
    return pollIds.map(
      (id) => byPoll.get(id) ?? Object.assign(new PollResults(), { pollId: id, totalVoters: 0, options: [] }),
    );
  }
}
