import { Actor, actor, insertArticle, statementsOf } from '../../test-support/conversation-fixtures';
import { createTestApp, TestApp } from '../../test-support/test-app';
import { DEMO_ACCOUNTS } from '../../database/seed/demo-seed';

const HOME = `query H($first: Int, $after: String) {
  homeFeed(first: $first, after: $after) {
    edges { cursor node {
      __typename
      ... on Article { id title pinned author { displayName } reactionCounts { kind count } commentCount latestComments { bodyHtml author { displayName } } }
      ... on Post { id bodyHtml author { displayName } reactionCounts { kind count } myReaction commentCount latestComments { bodyHtml } }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Node {
  __typename: 'Article' | 'Post';
  id: string;
  title?: string;
  bodyHtml?: string;
  pinned?: boolean;
}

/** The home page: news (pinned first) mixed with the posts of the viewer's spaces, newest first. */
describe('home feed (e2e)', () => {
  let t: TestApp;
  let anna: Actor;
  let bo: Actor;
  let erik: Actor;
  let space: string;
  let closed: string;

  const ok = async (who: Actor, query: string, variables: object) => {
    const body = await who.gql(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data;
  };
  const post = async (who: Actor, spaceId: string, text: string) =>
    (
      await ok(who, `mutation P($s: ID!, $i: PostInput!) { createPost(spaceId: $s, input: $i) { id } }`, {
        s: spaceId,
        i: { bodyHtml: `<p>${text}</p>` },
      })
    ).createPost.id as string;
  const home = async (who: Actor, first: number, after?: string | null) =>
    (await ok(who, HOME, { first, after })).homeFeed;
  const all = async (who: Actor): Promise<Node[]> => {
    const nodes: Node[] = [];
    let after: string | null = null;
    do {
      const page: { edges: { node: Node }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } =
        await home(who, 3, after);
      nodes.push(...page.edges.map((e) => e.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return nodes;
  };

  beforeAll(async () => {
    t = await createTestApp({ seed: true });
    [anna, bo, erik] = await Promise.all([
      actor(t, DEMO_ACCOUNTS.employee),
      actor(t, DEMO_ACCOUNTS.itEmployee),
      actor(t, DEMO_ACCOUNTS.editor),
    ]);
    space = (
      await ok(bo, `mutation S($i: SpaceInput!) { createSpace(input: $i) { id } }`, {
        i: { name: 'Hemflöde', visibility: 'OPEN' },
      })
    ).createSpace.id;
    closed = (
      await ok(erik, `mutation S($i: SpaceInput!) { createSpace(input: $i) { id } }`, {
        i: { name: 'Stängd', visibility: 'CLOSED' },
      })
    ).createSpace.id;
    await ok(anna, `mutation J($id: ID!) { joinSpace(id: $id) { id } }`, { id: space });
  });
  afterAll(() => t?.close());

  it("mixes the viewer's news with the posts of their spaces, pinned news first, newest first, without repeats or gaps", async () => {
    const older = await insertArticle(t.dataSource, erik.id, { title: 'older news', minutesAgo: 30 });
    const pinned = await insertArticle(t.dataSource, erik.id, { title: 'pinned news', minutesAgo: 60 });
    await t.dataSource.query(`UPDATE article SET pinned_until = now() + interval '1 day' WHERE id = $1`, [
      pinned,
    ]);
    const p1 = await post(bo, space, 'first post');
    const newer = await insertArticle(t.dataSource, erik.id, { title: 'newer news', minutesAgo: 0 });
    await t.dataSource.query(`UPDATE article SET published_at = now() + interval '1 second' WHERE id = $1`, [
      newer,
    ]);
    const p2 = await post(anna, space, 'second post');
    await t.dataSource.query(`UPDATE post SET created_at = now() + interval '2 seconds' WHERE id = $1`, [p2]);
    // Not for anna: a closed space she is not in, and a deleted post.
    await post(erik, closed, 'closed post');
    const gone = await post(bo, space, 'deleted post');
    await ok(bo, `mutation D($id: ID!) { deletePost(id: $id) }`, { id: gone });

    // The demo news is there too; the order of this test's items among them is what counts.
    const ours = new Set([pinned, p2, newer, p1, older, gone]);
    const nodes = (await all(anna)).filter((n) => ours.has(n.id));
    expect(nodes.map((n) => n.id)).toEqual([pinned, p2, newer, p1, older]);
    expect(nodes.map((n) => n.__typename)).toEqual(['Article', 'Post', 'Article', 'Post', 'Article']);
    expect(nodes[0]).toMatchObject({ title: 'pinned news', pinned: true });
    expect(nodes[1]).toMatchObject({
      bodyHtml: '<p>second post</p>',
      author: { displayName: 'Anna Lindqvist' },
    });
    // bo is in the open space (its owner) but not the closed one.
    expect((await all(bo)).filter((n) => ours.has(n.id)).map((n) => n.id)).toEqual([
      pinned,
      p2,
      newer,
      p1,
      older,
    ]);
    const ids = (await all(anna)).map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('leaves out a hidden post, and shows conversation counts on posts', async () => {
    const hidden = await post(bo, space, 'hidden post');
    await t.dataSource.query(
      `UPDATE content_item SET hidden_at = now(), hidden_by = $2, hidden_reason = 'x' WHERE id = $1`,
      [hidden, erik.id],
    );
    const talked = await post(bo, space, 'talked about');
    await ok(anna, `mutation R($id: ID!) { react(targetId: $id, kind: CELEBRATE) { myReaction } }`, {
      id: talked,
    });
    await ok(anna, `mutation C($t: ID!) { addComment(targetId: $t, body: "Bra!") { id } }`, { t: talked });
    const first = (await all(anna)).find((n) => n.id === talked);
    expect(first).toMatchObject({
      id: talked,
      myReaction: 'CELEBRATE',
      commentCount: 1,
      latestComments: [{ bodyHtml: 'Bra!' }],
    });
    expect((await all(anna)).map((n) => n.id)).not.toContain(hidden);
  });

  it('costs the same number of SQL statements for a page of 2 and of 8', async () => {
    await home(anna, 2); // warm-up
    const two = await statementsOf(() => home(anna, 2));
    const eight = await statementsOf(async () => expect((await home(anna, 8)).edges).toHaveLength(8));
    expect(eight).toBe(two);
    expect(two).toBe(2); // the session; the page with every card
  });
});
