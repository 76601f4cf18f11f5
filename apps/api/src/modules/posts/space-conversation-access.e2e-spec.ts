import { DEMO_ACCOUNTS } from '../../database/seed/demo-seed.data';
import {
  Actor,
  actor,
  countOf,
  errorOf,
  insertArticle,
  insertPeople,
  spaceOf,
  statementsOf,
} from '../../test-support/conversation-fixtures';
import { INVITE, JOIN } from '../../test-support/space-operations';
import { createTestApp, TestApp } from '../../test-support/test-app';

const ADD = `mutation A($targetId: ID!, $body: String!, $parentId: ID) { addComment(targetId: $targetId, body: $body, parentId: $parentId) { id } }`;
const REACT = `mutation R($id: ID!) { react(targetId: $id, kind: LIKE) { myReaction } }`;
const CANDIDATES = `query M($search: String!, $targetId: ID) { mentionCandidates(search: $search, targetId: $targetId, first: 20) { id } }`;

const mention = (id: string) => `<a data-mention="${id}">@someone</a>`;

/**
 * The conversation under posts in CLOSED and SECRET spaces is for members: outsiders (an editor
 * included) can neither react nor comment, mentions do not reach them, and the @ list under such a
 * post offers the members only.
 */
describe('conversation in closed and secret spaces (e2e)', () => {
  let t: TestApp;
  let anna: Actor; // owner of both spaces
  let bo: Actor; // member of both
  let erik: Actor; // editor, member of neither
  let carl: Actor; // employee, member of neither
  let invited: Actor; // invited to the secret space, not yet joined
  let member: Actor; // employee, member of both
  let posts: Record<'OPEN' | 'CLOSED' | 'SECRET', string>;
  let comments: Record<'CLOSED' | 'SECRET', string>;

  const ok = async (who: Actor, query: string, variables: object) => {
    const body = await who.gql(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data;
  };
  const postIn = async (who: Actor, spaceId: string): Promise<string> =>
    (
      await ok(who, `mutation P($s: ID!, $i: PostInput!) { createPost(spaceId: $s, input: $i) { id } }`, {
        s: spaceId,
        i: { bodyHtml: '<p>Inside</p>' },
      })
    ).createPost.id;
  const candidates = async (who: Actor, search: string, targetId?: string): Promise<string[]> =>
    (await ok(who, CANDIDATES, { search, targetId })).mentionCandidates.map((p: { id: string }) => p.id);

  beforeAll(async () => {
    t = await createTestApp({ seed: true });
    [anna, bo, erik] = await Promise.all(
      [DEMO_ACCOUNTS.employee, DEMO_ACCOUNTS.itEmployee, DEMO_ACCOUNTS.editor].map((e) => actor(t, e)),
    );
    // Named "Person space-talk1..3", so one search finds all three.
    const [c, i, m] = await insertPeople(t.dataSource, 3, 'space-talk');
    [carl, invited, member] = await Promise.all([c, i, m].map((person) => actor(t, person.email)));
    const open = await spaceOf(anna, { name: 'Öppet samtal', visibility: 'OPEN' });
    const closed = await spaceOf(anna, { name: 'Stängt samtal', visibility: 'CLOSED' });
    const secret = await spaceOf(anna, { name: 'Hemligt samtal', visibility: 'SECRET' });
    for (const space of [closed, secret]) {
      await ok(anna, INVITE, { spaceId: space, personIds: [bo.id, member.id] });
      for (const who of [bo, member]) await ok(who, JOIN, { id: space });
    }
    await ok(anna, INVITE, { spaceId: secret, personIds: [invited.id] });
    posts = {
      OPEN: await postIn(anna, open),
      CLOSED: await postIn(anna, closed),
      SECRET: await postIn(anna, secret),
    };
    comments = {
      CLOSED: (await ok(bo, ADD, { targetId: posts.CLOSED, body: 'Members talk' })).addComment.id,
      SECRET: (await ok(bo, ADD, { targetId: posts.SECRET, body: 'Members talk' })).addComment.id,
    };
  });
  afterAll(() => t?.close());

  it.each(['CLOSED', 'SECRET'] as const)(
    'answers NOT_FOUND to a non-member reacting or commenting under a post in a %s space, writing nothing',
    async (kind) => {
      const written = () =>
        Promise.all(['reaction', 'comment', 'content_item', 'mention'].map((table) => countOf(t, table)));
      const before = await written();
      for (const outsider of [carl, erik, invited]) {
        const attempts: [string, object][] = [
          [REACT, { id: posts[kind] }],
          [REACT, { id: comments[kind] }],
          [`mutation U($id: ID!) { unreact(targetId: $id) { myReaction } }`, { id: posts[kind] }],
          [ADD, { targetId: posts[kind], body: 'Let me in' }],
          [ADD, { targetId: posts[kind], body: 'Let me in', parentId: comments[kind] }],
        ];
        for (const [query, variables] of attempts) {
          expect(errorOf(await outsider.gql(query, variables))).toMatchObject({ code: 'NOT_FOUND' });
        }
      }
      expect(await written()).toEqual(before);
      // Members still may.
      expect((await ok(bo, REACT, { id: posts[kind] })).react.myReaction).toBe('LIKE');
    },
  );

  it('records a mention in a secret space only for its members', async () => {
    const body = `<p>${mention(bo.id)} ${mention(carl.id)} ${mention(erik.id)} ${mention(invited.id)}</p>`;
    const { id } = (await ok(anna, ADD, { targetId: posts.SECRET, body })).addComment;
    const rows = await t.dataSource.query(`SELECT person_id FROM mention WHERE content_id = $1`, [id]);
    expect(rows).toEqual([{ person_id: bo.id }]);
    // An edit that names them again records them no more than the first time.
    await ok(anna, `mutation E($id: ID!, $body: String!) { editComment(id: $id, body: $body) { id } }`, {
      id,
      body: `<p>Again ${mention(carl.id)}</p>`,
    });
    expect(await t.dataSource.query(`SELECT person_id FROM mention WHERE content_id = $1`, [id])).toEqual([]);
  });

  it('offers only the members under a post in a closed or secret space, for a fixed number of statements', async () => {
    const all = [carl.id, invited.id, member.id].sort();
    const found = async (who: Actor, targetId?: string) =>
      (await candidates(who, 'space-talk', targetId)).sort();
    // No target, news, or a post in an open space: everyone, as before.
    const article = await insertArticle(t.dataSource, erik.id);
    for (const targetId of [undefined, article, posts.OPEN]) expect(await found(anna, targetId)).toEqual(all);
    // Under a post (or a comment on it) in a closed or secret space: its active members only (not the invited).
    for (const kind of ['CLOSED', 'SECRET'] as const) {
      for (const targetId of [posts[kind], comments[kind]]) {
        expect(await found(anna, targetId)).toEqual([member.id]);
        expect(await found(bo, targetId)).toEqual([member.id]);
      }
      expect(await candidates(anna, 'Bo', posts[kind])).toContain(bo.id);
    }

    // The list under a post is no way to learn a space's members: NOT_FOUND for whoever cannot see the post.
    for (const kind of ['CLOSED', 'SECRET'] as const) {
      for (const outsider of [carl, erik, invited]) {
        expect(
          errorOf(await outsider.gql(CANDIDATES, { search: 'space-talk', targetId: posts[kind] })),
        ).toMatchObject({ code: 'NOT_FOUND' });
      }
    }
    expect(errorOf(await anna.gql(CANDIDATES, { search: 'space-talk', targetId: 'nope' }))).toMatchObject({
      code: 'NOT_FOUND',
    });

    // As many statements for one person found as for three, under a closed space's post as under an open one's.
    await found(anna, posts.CLOSED); // warm-up: the session's last_seen_at touch
    const closedOne = await statementsOf(() => found(anna, posts.CLOSED));
    const openThree = await statementsOf(() => found(anna, posts.OPEN));
    const openOne = await statementsOf(() => candidates(anna, 'space-talk1', posts.OPEN));
    expect([openThree, openOne]).toEqual([closedOne, closedOne]);
  });
});
