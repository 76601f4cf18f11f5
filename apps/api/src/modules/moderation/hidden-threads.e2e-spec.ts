import { DEMO_ACCOUNTS } from '../../database/seed/demo-seed.data';
import {
  Actor,
  actor,
  countOf,
  errorOf,
  insertPeople,
  spaceOf,
} from '../../test-support/conversation-fixtures';
import { createTestApp, TestApp } from '../../test-support/test-app';

const FIELDS = `id bodyHtml removed withheld editedAt hidden { reason } viewerCanEdit viewerCanDelete
  myReaction reactionCounts { kind count } reactors(first: 1) { edges { kind } }`;
const THREAD = `query T($id: ID!) { post(id: $id) {
  commentCount
  latestComments { id }
  comments(first: 10) { edges { node { ${FIELDS} author { id } replies { id bodyHtml removed withheld } } } }
} }`;
const ADD = `mutation A($targetId: ID!, $body: String!, $parentId: ID) { addComment(targetId: $targetId, body: $body, parentId: $parentId) { id } }`;
const REACT = `mutation R($id: ID!) { react(targetId: $id, kind: LOVE) { myReaction } }`;
const REPORT = `mutation R($targetId: ID!, $reason: String!) { report(targetId: $targetId, reason: $reason) { id } }`;
const MODERATE = `mutation M($reportId: ID!, $reason: String!) { moderate(reportId: $reportId, action: HIDE, reason: $reason) { status } }`;

type Node = {
  id: string;
  withheld: boolean;
  removed: boolean;
  bodyHtml: string;
  replies: { id: string; removed: boolean; withheld: boolean }[];
} & Record<string, unknown>;

/**
 * A hidden (moderated) top-level comment must not take the replies others can see with it: to
 * anyone but its author and moderators it stays as a withheld placeholder, empty and inert.
 */
describe('hidden comments in threads (e2e)', () => {
  let t: TestApp;
  let anna: Actor;
  let bo: Actor;
  let erik: Actor;
  let carl: Actor;
  let dana: Actor;
  let post: string;

  const ok = async (who: Actor, query: string, variables: object) => {
    const body = await who.gql(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data;
  };
  const comment = async (who: Actor, body: string, parentId?: string): Promise<string> =>
    (await ok(who, ADD, { targetId: post, body, parentId })).addComment.id;
  /** Hidden the way moderators hide: a report, then HIDE by dana (the space's owner). */
  const hide = async (id: string, reason: string) => {
    const { report } = await ok(bo, REPORT, { targetId: id, reason: 'Please look' });
    expect((await ok(dana, MODERATE, { reportId: report.id, reason })).moderate.status).toBe('HIDDEN');
  };
  const thread = async (who: Actor) => (await ok(who, THREAD, { id: post })).post;
  const nodes = async (who: Actor): Promise<Node[]> =>
    (await thread(who)).comments.edges.map((e: { node: Node }) => e.node);

  beforeAll(async () => {
    t = await createTestApp({ seed: true });
    [anna, bo, erik] = await Promise.all(
      [DEMO_ACCOUNTS.employee, DEMO_ACCOUNTS.itEmployee, DEMO_ACCOUNTS.editor].map((e) => actor(t, e)),
    );
    const [c, d] = await insertPeople(t.dataSource, 2, 'hidden-threads');
    [carl, dana] = await Promise.all([actor(t, c.email), actor(t, d.email)]);
    // dana owns an open space (so moderates it) and posts there; carl and bo are neither authors nor moderators.
    const space = await spaceOf(dana, { name: 'Trådar', visibility: 'OPEN' });
    post = (
      await ok(dana, `mutation P($s: ID!, $i: PostInput!) { createPost(spaceId: $s, input: $i) { id } }`, {
        s: space,
        i: { bodyHtml: '<p>Fika?</p>' },
      })
    ).createPost.id;
  });
  afterAll(() => t?.close());

  it('keeps the visible replies of a hidden comment under a withheld placeholder for others, and counts only real comments', async () => {
    const rude = await comment(anna, '<p>Rude words</p>');
    const answer = await comment(bo, 'Calm down', rude);
    const alsoRude = await comment(carl, 'Me too', rude);
    const lonely = await comment(anna, 'Hidden, no replies');
    const onlyRemoved = await comment(anna, 'Hidden, its reply removed');
    await ok(bo, `mutation D($id: ID!) { deleteComment(id: $id) { id } }`, {
      id: await comment(bo, 'Gone', onlyRemoved),
    });
    const fine = await comment(bo, 'Fine');
    await ok(bo, REACT, { id: rude });
    await hide(rude, 'Personal attack');
    await hide(alsoRude, 'Piling on');
    await hide(lonely, 'Spam');
    await hide(onlyRemoved, 'Spam');

    // bo (replied) and carl: the hidden comment is an empty placeholder holding the replies they see.
    for (const [who, replies] of [
      [bo, [{ id: answer, bodyHtml: 'Calm down', removed: false, withheld: false }]],
      [
        carl,
        [
          { id: answer, bodyHtml: 'Calm down', removed: false, withheld: false },
          { id: alsoRude, bodyHtml: 'Me too', removed: false, withheld: false },
        ],
      ], // carl wrote the hidden reply
    ] as const) {
      const seen = await nodes(who);
      expect(seen.map((n) => n.id)).toEqual([rude, fine]);
      expect(seen[0]).toEqual({
        id: rude,
        bodyHtml: '',
        removed: false,
        withheld: true,
        editedAt: null,
        hidden: null,
        viewerCanEdit: false,
        viewerCanDelete: false,
        myReaction: null,
        reactionCounts: expect.arrayContaining([{ kind: 'LOVE', count: 0 }]),
        reactors: { edges: [] },
        author: null, // who wrote hidden content is not shown
        replies,
      });
      expect(seen[0].reactionCounts).toEqual(
        expect.not.arrayContaining([expect.objectContaining({ count: 1 })]),
      );
    }
    // The count is the comments a non-moderator sees for real: the answer and "fine", not the placeholder.
    const seenByBo = await thread(bo);
    expect(seenByBo.commentCount).toBe(2);
    const real = (await nodes(bo)).flatMap((n) => [n, ...n.replies]).filter((n) => !n.withheld && !n.removed);
    expect(real).toHaveLength(seenByBo.commentCount);
    expect(seenByBo.latestComments).toEqual([{ id: fine }]);

    // Its author and the moderators (the space's owner, an editor) see it in full, with why.
    for (const who of [anna, dana, erik]) {
      const seen = await nodes(who);
      expect(seen.map((n) => n.id)).toEqual([rude, lonely, onlyRemoved, fine]);
      expect(seen[0]).toMatchObject({
        bodyHtml: '<p>Rude words</p>',
        withheld: false,
        hidden: { reason: 'Personal attack' },
        author: { id: anna.id },
      });
      expect(seen[0].reactionCounts).toContainEqual({ kind: 'LOVE', count: 1 });
      expect(seen[0].replies.map((r) => r.id)).toEqual(who === anna ? [answer] : [answer, alsoRude]);
    }
  });

  it('answers NOT_FOUND to replying to, reacting to, editing, reporting, removing or reading a placeholder, writing nothing', async () => {
    const rude = await comment(anna, 'Rude again');
    await comment(bo, 'Still here', rude);
    await hide(rude, 'Personal attack');
    expect((await nodes(carl)).find((n) => n.id === rude)).toMatchObject({ withheld: true });
    const before = await Promise.all(
      ['comment', 'reaction', 'report', 'comment_revision', 'audit_entry'].map((table) => countOf(t, table)),
    );

    const attempts: [Actor, string, object][] = [
      [carl, ADD, { targetId: post, body: 'Answer', parentId: rude }],
      [carl, REACT, { id: rude }],
      [carl, `mutation U($id: ID!) { unreact(targetId: $id) { myReaction } }`, { id: rude }],
      [carl, `mutation E($id: ID!) { editComment(id: $id, body: "Mine now") { id } }`, { id: rude }],
      [carl, REPORT, { targetId: rude, reason: 'Again' }],
      [carl, `mutation D($id: ID!) { deleteComment(id: $id, reason: "No") { id } }`, { id: rude }],
      [carl, `query Q($id: ID!) { comment(id: $id) { id bodyHtml } }`, { id: rude }],
      [bo, ADD, { targetId: post, body: 'Answer', parentId: rude }],
    ];
    for (const [who, query, variables] of attempts) {
      expect(errorOf(await who.gql(query, variables))).toMatchObject({ code: 'NOT_FOUND' });
    }
    expect(
      await Promise.all(
        ['comment', 'reaction', 'report', 'comment_revision', 'audit_entry'].map((table) =>
          countOf(t, table),
        ),
      ),
    ).toEqual(before);
    // Its author may still reply under it.
    await comment(anna, 'Sorry', rude);
  });

  it('shows no reactions of a removed comment', async () => {
    const gone = await comment(anna, 'Soon gone');
    await ok(bo, REACT, { id: gone });
    await ok(anna, `mutation D($id: ID!) { deleteComment(id: $id) { id } }`, { id: gone });
    for (const who of [bo, anna, erik]) {
      const node = (await nodes(who)).find((n) => n.id === gone);
      expect(node).toMatchObject({
        removed: true,
        withheld: false,
        bodyHtml: '',
        myReaction: null,
        reactors: { edges: [] },
      });
      expect(node?.reactionCounts).toContainEqual({ kind: 'LOVE', count: 0 });
    }
  });
});
