import { DEMO_ACCOUNTS, DEMO_PEOPLE } from '../../database/seed/demo-seed.data';
import { Actor, actor, countOf, errorOf, spaceOf } from '../../test-support/conversation-fixtures';
import { createTestApp, TestApp } from '../../test-support/test-app';

const POLL_FIELDS = `id question choice ballot closesAt closed viewerVote options { id label position }
  results { totalVoters options { optionId count voters { email } } }`;
const CREATE = `mutation C($spaceId: ID!, $input: PostInput!) { createPost(spaceId: $spaceId, input: $input) { id poll { ${POLL_FIELDS} } } }`;
const GET = `query P($id: ID!) { post(id: $id) { poll { ${POLL_FIELDS} } } }`;
const VOTE = `mutation V($pollId: ID!, $optionIds: [ID!]!) { vote(pollId: $pollId, optionIds: $optionIds) { ${POLL_FIELDS} } }`;

interface PollView {
  question: string;
  id: string;
  options: { id: string; label: string }[];
  results: {
    totalVoters: number;
    options: { optionId: string; count: number; voters: { email: string }[] | null }[];
  } | null;
  viewerVote: string[];
}

/** Polls: one ballot per person, changeable until closing, results after voting or closing, exact under concurrency. */
describe('polls (e2e)', () => {
  let t: TestApp;
  let anna: Actor;
  let bo: Actor;
  let erik: Actor;
  let karin: Actor;
  let open: string;
  let closed: string;
  let secret: string;

  const space = (name: string, visibility: 'OPEN' | 'CLOSED' | 'SECRET') =>
    spaceOf(anna, { name, visibility });

  async function poll(
    spaceId: string,
    poll: object,
    who: Actor = anna,
  ): Promise<PollView & { postId: string }> {
    const body = await who.gql(CREATE, { spaceId, input: { poll } });
    expect(body.errors).toBeUndefined();
    return { ...body.data.createPost.poll, postId: body.data.createPost.id };
  }
  const counts = (p: PollView) => p.results?.options.map((o) => o.count);

  beforeAll(async () => {
    t = await createTestApp({ seed: true });
    [anna, bo, erik, karin] = await Promise.all(
      [DEMO_ACCOUNTS.employee, DEMO_ACCOUNTS.itEmployee, DEMO_ACCOUNTS.editor, 'karin.holm@demo.commons'].map(
        (e) => actor(t, e),
      ),
    );
    open = await space('Omröstningar', 'OPEN');
    closed = await space('Stängda omröstningar', 'CLOSED');
    secret = await space('Hemliga omröstningar', 'SECRET');
  });
  afterAll(() => t?.close());

  it('creates a poll with a post: plain-text question and options in order', async () => {
    const created = await poll(open, {
      question: ' Vilken dag? ',
      options: ['Måndag', ' Tisdag '],
      choice: 'SINGLE',
      ballot: 'NAMED',
    });
    expect(created).toMatchObject({
      question: 'Vilken dag?',
      choice: 'SINGLE',
      ballot: 'NAMED',
      closesAt: null,
      closed: false,
      viewerVote: [],
      results: null,
      options: [
        { label: 'Måndag', position: 0 },
        { label: 'Tisdag', position: 1 },
      ],
    });
  });

  it('refuses bad polls with a clear error and writes nothing', async () => {
    const before = [await countOf(t, 'post'), await countOf(t, 'poll'), await countOf(t, 'poll_option')];
    const cases: [object, string, string][] = [
      [{ question: 'Q', options: ['only one'] }, 'poll.options', 'TOO_FEW'],
      [{ question: 'Q', options: [...Array(11).keys()].map(String) }, 'poll.options', 'TOO_MANY'],
      [{ question: 'Q', options: ['Ja', ' ja '] }, 'poll.options', 'DUPLICATE'],
      [{ question: 'Q', options: ['Ja', '<b></b>'] }, 'poll.options', 'REQUIRED'],
      [{ question: 'Q', options: ['Ja', 'x'.repeat(201)] }, 'poll.options', 'TOO_LONG'],
      [{ question: '  ', options: ['Ja', 'Nej'] }, 'poll.question', 'REQUIRED'],
      [
        { question: 'Q', options: ['Ja', 'Nej'], closesAt: new Date(Date.now() - 60_000).toISOString() },
        'poll.closesAt',
        'IN_PAST',
      ],
    ];
    for (const [input, field, reason] of cases) {
      expect({
        input,
        error: errorOf(await anna.gql(CREATE, { spaceId: open, input: { poll: input } })),
      }).toEqual({
        input,
        error: expect.objectContaining({ code: 'BAD_USER_INPUT', field, reason }),
      });
    }
    expect(
      errorOf(
        await anna.gql(CREATE, {
          spaceId: open,
          input: { poll: { question: 'Q', options: ['a', 'b'], choice: 'SOME' } },
        }),
      )?.code,
    ).toBe('BAD_USER_INPUT');
    expect([await countOf(t, 'post'), await countOf(t, 'poll'), await countOf(t, 'poll_option')]).toEqual(
      before,
    );
  });

  it('neutralises script and event-handler payloads in poll questions and options', async () => {
    const created = await poll(open, {
      question: '<script>alert(1)</script>Lunch?',
      options: [
        '<img src=x onerror=alert(1)>Pizza',
        '<a href="javascript:alert(1)" onclick="x()">Sallad</a>',
        'Soppa<svg onload=alert(1)>',
      ],
    });
    expect(created.question).toBe('alert(1)Lunch?');
    expect(created.options.map((o) => o.label)).toEqual(['Pizza', 'Sallad', 'Soppa']);
    const stored = await t.dataSource.query(
      `SELECT label FROM poll_option WHERE poll_id = $1 ORDER BY position`,
      [created.id],
    );
    expect(stored.map((r: { label: string }) => r.label).join(' ')).not.toMatch(
      /<|onerror|onclick|onload|javascript:/,
    );
  });

  it('single choice: results only after voting; one ballot per person, changeable', async () => {
    const p = await poll(open, { question: 'Kaffe eller te?', options: ['Kaffe', 'Te', 'Vatten'] });
    const [kaffe, te] = p.options.map((o) => o.id);
    // Before voting: no results, whoever asks.
    expect((await bo.gql(GET, { id: p.postId })).data.post.poll.results).toBeNull();
    const voted: PollView = (await bo.gql(VOTE, { pollId: p.id, optionIds: [kaffe] })).data.vote;
    expect(voted.viewerVote).toEqual([kaffe]);
    expect(voted.results).toMatchObject({ totalVoters: 1 });
    expect(counts(voted)).toEqual([1, 0, 0]);
    // Anonymous: no names.
    expect(voted.results?.options.every((o) => o.voters === null)).toBe(true);
    // Others still see no results until they vote.
    expect((await karin.gql(GET, { id: p.postId })).data.post.poll.results).toBeNull();
    const changed: PollView = (await bo.gql(VOTE, { pollId: p.id, optionIds: [te] })).data.vote;
    expect(counts(changed)).toEqual([0, 1, 0]);
    expect(changed.results?.totalVoters).toBe(1);
    expect(await countOf(t, 'poll_ballot', 'poll_id = $1', [p.id])).toBe(1);
    expect(await countOf(t, 'poll_vote', 'poll_id = $1', [p.id])).toBe(1);
  });

  it('multiple choice and named: several options, one voter, names per option', async () => {
    const p = await poll(open, {
      question: 'Vilka dagar?',
      options: ['Mån', 'Tis', 'Ons'],
      choice: 'MULTIPLE',
      ballot: 'NAMED',
    });
    const [mon, tue, wed] = p.options.map((o) => o.id);
    await bo.gql(VOTE, { pollId: p.id, optionIds: [mon, wed, mon] });
    const view: PollView = (await karin.gql(VOTE, { pollId: p.id, optionIds: [wed] })).data.vote;
    expect(view.results?.totalVoters).toBe(2);
    expect(
      view.results?.options.map((o) => [o.optionId, o.count, o.voters?.map((v) => v.email).sort()]),
    ).toEqual([
      [mon, 1, [bo.email]],
      [tue, 0, []],
      [wed, 2, [bo.email, karin.email].sort()],
    ]);
  });

  it('refuses bad votes with a clear error and leaves the ballot as it was', async () => {
    const p = await poll(open, { question: 'En?', options: ['A', 'B'] });
    const other = await poll(open, { question: 'Annan?', options: ['X', 'Y'] });
    const [a, b] = p.options.map((o) => o.id);
    await bo.gql(VOTE, { pollId: p.id, optionIds: [a] });
    const cases: [object, string, string][] = [
      [{ pollId: p.id, optionIds: [a, b] }, 'optionIds', 'SINGLE_CHOICE'],
      [{ pollId: p.id, optionIds: [other.options[0].id] }, 'optionIds', 'UNKNOWN_OPTION'],
      [{ pollId: p.id, optionIds: ['not-an-id'] }, 'optionIds', 'UNKNOWN_OPTION'],
      [{ pollId: p.id, optionIds: [] }, 'optionIds', 'REQUIRED'],
    ];
    for (const [variables, field, reason] of cases) {
      expect({ variables, error: errorOf(await bo.gql(VOTE, variables)) }).toEqual({
        variables,
        error: expect.objectContaining({ code: 'BAD_USER_INPUT', field, reason }),
      });
    }
    for (const pollId of ['00000000-0000-4000-8000-000000000000', 'nope']) {
      expect(errorOf(await bo.gql(VOTE, { pollId, optionIds: [a] }))).toMatchObject({ code: 'NOT_FOUND' });
    }
    expect(
      await t.dataSource.query(`SELECT person_id, option_id FROM poll_vote WHERE poll_id = $1`, [p.id]),
    ).toEqual([{ person_id: bo.id, option_id: a }]);
    expect(await countOf(t, 'poll_vote', 'poll_id = $1', [other.id])).toBe(0);
  });

  it('a poll one cannot see is NOT_FOUND (CLOSED and SECRET spaces, deleted posts); nothing written', async () => {
    const inClosed = await poll(closed, { question: 'Stängd?', options: ['A', 'B'] });
    const inSecret = await poll(secret, { question: 'Hemlig?', options: ['A', 'B'] });
    const deleted = await poll(open, { question: 'Borta?', options: ['A', 'B'] });
    await anna.gql(`mutation D($id: ID!) { deletePost(id: $id) }`, { id: deleted.postId });
    for (const p of [inClosed, inSecret, deleted]) {
      for (const who of [bo, erik])
        expect(errorOf(await who.gql(VOTE, { pollId: p.id, optionIds: [p.options[0].id] }))).toMatchObject({
          code: 'NOT_FOUND',
        });
    }
    expect(
      await countOf(t, 'poll_ballot', 'poll_id = ANY($1::uuid[])', [[inClosed.id, inSecret.id, deleted.id]]),
    ).toBe(0);
    // Members vote in their space.
    expect(
      (await anna.gql(VOTE, { pollId: inSecret.id, optionIds: [inSecret.options[1].id] })).data.vote.results
        .totalVoters,
    ).toBe(1);
  });

  it('after closing: votes are refused (nothing written) and results show to everyone who can see the poll', async () => {
    const p = await poll(open, {
      question: 'Stänger snart?',
      options: ['A', 'B'],
      closesAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    await bo.gql(VOTE, { pollId: p.id, optionIds: [p.options[1].id] });
    expect((await karin.gql(GET, { id: p.postId })).data.post.poll).toMatchObject({
      closed: false,
      results: null,
    });
    await t.dataSource.query(`UPDATE poll SET closes_at = now() - interval '1 second' WHERE id = $1`, [p.id]);
    expect(errorOf(await karin.gql(VOTE, { pollId: p.id, optionIds: [p.options[0].id] }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'POLL_CLOSED',
    });
    expect(errorOf(await bo.gql(VOTE, { pollId: p.id, optionIds: [p.options[0].id] }))).toMatchObject({
      reason: 'POLL_CLOSED',
    });
    const view: PollView & { closed: boolean } = (await karin.gql(GET, { id: p.postId })).data.post.poll;
    expect(view.closed).toBe(true);
    expect(view.viewerVote).toEqual([]);
    expect(counts(view)).toEqual([0, 1]);
    expect(
      await t.dataSource.query(`SELECT person_id, option_id FROM poll_vote WHERE poll_id = $1`, [p.id]),
    ).toEqual([{ person_id: bo.id, option_id: p.options[1].id }]);
  });

  it('counts exactly under 30 concurrent voters, and one person voting many times at once keeps one ballot', async () => {
    const p = await poll(open, { question: 'Trettio?', options: ['A', 'B', 'C'], choice: 'MULTIPLE' });
    const voters = await Promise.all(DEMO_PEOPLE.slice(4, 34).map((person) => actor(t, person.email)));
    expect(voters).toHaveLength(30);
    const results = await Promise.all(
      voters.map((v, i) =>
        v.gql(VOTE, {
          pollId: p.id,
          optionIds: i % 3 === 2 ? [p.options[2].id, p.options[0].id] : [p.options[i % 3].id],
        }),
      ),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    const view: PollView = (await voters[0].gql(GET, { id: p.postId })).data.post.poll;
    expect(view.results?.totalVoters).toBe(30);
    expect(counts(view)).toEqual([20, 10, 10]);

    const again = await Promise.all(
      p.options.flatMap((o) => [
        bo.gql(VOTE, { pollId: p.id, optionIds: [o.id] }),
        bo.gql(VOTE, { pollId: p.id, optionIds: [o.id] }),
      ]),
    );
    expect(again.filter((r) => r.errors)).toEqual([]);
    expect(await countOf(t, 'poll_ballot', 'poll_id = $1 AND person_id = $2', [p.id, bo.id])).toBe(1);
    expect(await countOf(t, 'poll_vote', 'poll_id = $1 AND person_id = $2', [p.id, bo.id])).toBe(1);
    const final: PollView = (await bo.gql(GET, { id: p.postId })).data.post.poll;
    expect(final.results?.totalVoters).toBe(31);
    expect(final.results?.options.reduce((n, o) => n + o.count, 0)).toBe(41);
  });
});
