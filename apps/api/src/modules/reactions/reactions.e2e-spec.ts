import { ReactionKind } from '@commons/shared';
import {
  ConversationPeople,
  errorOf,
  insertArticle,
  insertPeople,
  signInDemoPeople,
} from '../../test-support/conversation-fixtures';
import { createTestApp, TestApp } from '../../test-support/test-app';
import { ReactionsService } from './reactions.service';

const REACT = `mutation R($targetId: ID!, $kind: ReactionKind!) { react(targetId: $targetId, kind: $kind) { targetId counts { kind count } myReaction } }`;
const UNREACT = `mutation U($targetId: ID!) { unreact(targetId: $targetId) { counts { kind count } myReaction } }`;
const ITEM = `query A($id: ID!) { article(id: $id) { reactionCounts { kind count } myReaction
  reactors(first: 2) { edges { kind node { displayName } } pageInfo { hasNextPage endCursor } } } }`;

const counts = (summary: { counts: { kind: string; count: number }[] }) =>
  Object.fromEntries(summary.counts.map((c) => [c.kind, c.count]));
const zero = { LIKE: 0, LOVE: 0, CELEBRATE: 0, INSIGHTFUL: 0, CURIOUS: 0 };

describe('reactions (e2e)', () => {
  let t: TestApp;
  let p: ConversationPeople;

  beforeAll(async () => {
    t = await createTestApp({ seed: true });
    p = await signInDemoPeople(t);
  });
  afterAll(() => t?.close());

  const react = async (cookie: string, targetId: string, kind: string) =>
    t.gql(REACT, { targetId, kind }, { cookie });
  const reactionRows = (id: string) =>
    t.dataSource.query(`SELECT person_id, kind FROM reaction WHERE content_id = $1 ORDER BY person_id`, [id]);

  it('adds, replaces and, with the same kind again, removes the reaction; lists every kind in fixed order', async () => {
    const id = await insertArticle(t.dataSource, p.people.erik.id);
    let res = await react(p.cookies.anna, id, 'LIKE');
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.react.counts.map((c: { kind: string }) => c.kind)).toEqual([
      'LIKE',
      'LOVE',
      'CELEBRATE',
      'INSIGHTFUL',
      'CURIOUS',
    ]);
    expect(res.body.data.react).toMatchObject({ targetId: id, myReaction: 'LIKE' });
    expect(counts(res.body.data.react)).toEqual({ ...zero, LIKE: 1 });

    res = await react(p.cookies.bo, id, 'LIKE');
    expect(counts(res.body.data.react)).toEqual({ ...zero, LIKE: 2 });
    res = await react(p.cookies.anna, id, 'CELEBRATE');
    expect(res.body.data.react.myReaction).toBe('CELEBRATE');
    expect(counts(res.body.data.react)).toEqual({ ...zero, LIKE: 1, CELEBRATE: 1 });
    res = await react(p.cookies.anna, id, 'CELEBRATE');
    expect(res.body.data.react.myReaction).toBeNull();
    expect(counts(res.body.data.react)).toEqual({ ...zero, LIKE: 1 });
    expect(await reactionRows(id)).toEqual([{ person_id: p.people.bo.id, kind: 'LIKE' }]);

    res = await t.gql(UNREACT, { targetId: id }, { cookie: p.cookies.bo });
    expect(res.body.data.unreact).toEqual({ counts: expect.any(Array), myReaction: null });
    expect(counts(res.body.data.unreact)).toEqual(zero);
    // Unreacting with nothing to remove is fine and changes nothing.
    res = await t.gql(UNREACT, { targetId: id }, { cookie: p.cookies.bo });
    expect(counts(res.body.data.unreact)).toEqual(zero);
  });

  it('shows counts, my reaction and who reacted on the article (newest first, paged)', async () => {
    const id = await insertArticle(t.dataSource, p.people.erik.id);
    await react(p.cookies.anna, id, 'LOVE');
    await react(p.cookies.bo, id, 'INSIGHTFUL');
    await react(p.cookies.erik, id, 'LOVE');
    const res = await t.gql(ITEM, { id }, { cookie: p.cookies.bo });
    expect(res.body.errors).toBeUndefined();
    const article = res.body.data.article;
    expect(counts({ counts: article.reactionCounts })).toEqual({ ...zero, LOVE: 2, INSIGHTFUL: 1 });
    expect(article.myReaction).toBe('INSIGHTFUL');
    expect(article.reactors.edges).toEqual([
      { kind: 'LOVE', node: { displayName: 'Erik Sandberg' } },
      { kind: 'INSIGHTFUL', node: { displayName: 'Bo Ekström' } },
    ]);
    expect(article.reactors.pageInfo.hasNextPage).toBe(true);
    const next = await t.gql(
      `query A($id: ID!, $after: String) { article(id: $id) { reactors(first: 2, after: $after) { edges { node { displayName } } pageInfo { hasNextPage } } } }`,
      { id, after: article.reactors.pageInfo.endCursor },
      { cookie: p.cookies.bo },
    );
    expect(next.body.data.article.reactors).toEqual({
      edges: [{ node: { displayName: 'Anna Lindqvist' } }],
      pageInfo: { hasNextPage: false },
    });
    const loves = await t.gql(
      `query A($id: ID!) { article(id: $id) { reactors(kind: LOVE) { edges { node { displayName } } } } }`,
      { id },
      { cookie: p.cookies.bo },
    );
    expect(
      loves.body.data.article.reactors.edges.map(
        (e: { node: { displayName: string } }) => e.node.displayName,
      ),
    ).toEqual(['Erik Sandberg', 'Anna Lindqvist']);
  });

  it('gives NOT_FOUND for what the viewer cannot see, BAD_USER_INPUT for an unknown kind, and writes nothing', async () => {
    const forAnna = await insertArticle(t.dataSource, p.people.erik.id, { units: [p.caseHandlingUnitId] });
    const draft = await insertArticle(t.dataSource, p.people.anna.id, { status: 'DRAFT' });
    for (const [cookie, id] of [
      [p.cookies.bo, forAnna],
      [p.cookies.bo, draft],
      [p.cookies.anna, '00000000-0000-4000-8000-000000000000'],
      [p.cookies.anna, 'not-an-id'],
    ]) {
      expect(errorOf((await react(cookie, id, 'LIKE')).body)).toMatchObject({ code: 'NOT_FOUND' });
      expect(errorOf((await t.gql(UNREACT, { targetId: id }, { cookie })).body)).toMatchObject({
        code: 'NOT_FOUND',
      });
    }
    const unknown = await react(p.cookies.anna, forAnna, 'ANGRY');
    expect(errorOf(unknown.body)).toMatchObject({ code: 'BAD_USER_INPUT' });
    // The service refuses it too (for callers that skip GraphQL's enum check).
    await expect(
      t.app.get(ReactionsService).react(p.people.anna, forAnna, 'ANGRY' as ReactionKind),
    ).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'kind', reason: 'UNKNOWN_REACTION' },
    });
    expect(await reactionRows(forAnna)).toEqual([]);
    expect(await reactionRows(draft)).toEqual([]);
    expect(
      await t.dataSource.query(`SELECT 1 FROM content_counter WHERE content_id = ANY($1)`, [
        [forAnna, draft],
      ]),
    ).toEqual([]);
    // Signed out: nothing at all.
    expect(errorOf((await t.gql(REACT, { targetId: forAnna, kind: 'LIKE' })).body)).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it('keeps the count exact when 50 people react at once, and when they all react twice with the same kind', async () => {
    const id = await insertArticle(t.dataSource, p.people.erik.id);
    const people = await insertPeople(t.dataSource, 50, 'reactor');
    expect(people).toHaveLength(50);
    const service = t.app.get(ReactionsService);
    await Promise.all(
      people.map((person, i) =>
        service.react(person, id, i % 2 === 0 ? ReactionKind.LIKE : ReactionKind.CURIOUS),
      ),
    );
    const summary = await service.unreact(p.people.anna, id);
    expect(counts(summary)).toEqual({ ...zero, LIKE: 25, CURIOUS: 25 });
    const [{ shards }] = await t.dataSource.query(
      `SELECT count(DISTINCT shard)::int AS shards FROM content_counter WHERE content_id = $1`,
      [id],
    );
    expect(shards).toBeGreaterThan(1); // the writers were spread over shard rows

    // Half switch kind, half take theirs back, all at once.
    await Promise.all(
      people.map((person, i) =>
        service.react(person, id, i % 2 === 0 ? ReactionKind.LOVE : ReactionKind.CURIOUS),
      ),
    );
    expect(counts(await service.unreact(p.people.anna, id))).toEqual({ ...zero, LOVE: 25 });
    await Promise.all(
      people.map((person, i) =>
        i % 2 === 0
          ? service.react(person, id, ReactionKind.LOVE)
          : service.react(person, id, ReactionKind.LIKE),
      ),
    );
    expect(counts(await service.unreact(p.people.anna, id))).toEqual({ ...zero, LIKE: 25 });
    // Those 25 choose the same kind again, all at once: none is left.
    await Promise.all(
      people.filter((_, i) => i % 2 === 1).map((person) => service.react(person, id, ReactionKind.LIKE)),
    );
    expect(counts(await service.unreact(p.people.anna, id))).toEqual(zero);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM reaction WHERE content_id = $1`,
      [id],
    );
    expect(n).toBe(0);
  });

  it('reacts to comments the viewer can see', async () => {
    const forAnna = await insertArticle(t.dataSource, p.people.erik.id, { units: [p.caseHandlingUnitId] });
    const added = await t.gql(
      `mutation C($t: ID!) { addComment(targetId: $t, body: "Hej") { id } }`,
      { t: forAnna },
      { cookie: p.cookies.anna },
    );
    const commentId = added.body.data.addComment.id;
    const res = await react(p.cookies.erik, commentId, 'LOVE');
    expect(counts(res.body.data.react)).toEqual({ ...zero, LOVE: 1 });
    expect(errorOf((await react(p.cookies.bo, commentId, 'LOVE')).body)).toMatchObject({ code: 'NOT_FOUND' });
    const read = await t.gql(
      `query Q($id: ID!) { comment(id: $id) { myReaction reactionCounts { kind count } } }`,
      { id: commentId },
      { cookie: p.cookies.erik },
    );
    expect(read.body.data.comment.myReaction).toBe('LOVE');
  });
});
