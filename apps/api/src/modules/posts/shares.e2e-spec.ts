import { DEMO_ACCOUNTS } from '../../database/seed/demo-seed.data';
import { Actor, actor, countOf, errorOf, spaceOf } from '../../test-support/conversation-fixtures';
import { createTestApp, TestApp } from '../../test-support/test-app';

const SHARE_FIELDS = `id bodyHtml isShare sharedItemAvailable author { email }
  sharedItem { __typename ... on Article { id title } ... on Post { id bodyHtml author { email } } }`;
const SHARE = `mutation S($targetId: ID!, $spaceId: ID!, $comment: String) { share(targetId: $targetId, spaceId: $spaceId, comment: $comment) { ${SHARE_FIELDS} } }`;
const GET = `query P($id: ID!) { post(id: $id) { ${SHARE_FIELDS} } }`;

/** Shares: the original, or "no longer available" to whoever cannot see it — SECRET spaces never show through. */
describe('shares (e2e)', () => {
  let t: TestApp;
  let anna: Actor;
  let bo: Actor;
  let erik: Actor;
  let karin: Actor;
  let open: string;
  let closed: string;
  let secret: string;
  let article: string;

  const space = (name: string, visibility: 'OPEN' | 'CLOSED' | 'SECRET') =>
    spaceOf(anna, { name, visibility });
  const post = async (who: Actor, spaceId: string, bodyHtml: string) =>
    (
      await who.gql(`mutation C($s: ID!, $i: PostInput!) { createPost(spaceId: $s, input: $i) { id } }`, {
        s: spaceId,
        i: { bodyHtml },
      })
    ).data.createPost.id as string;
  const share = async (who: Actor, targetId: string, spaceId: string, comment?: string) => {
    const body = await who.gql(SHARE, { targetId, spaceId, comment });
    expect(body.errors).toBeUndefined();
    return body.data.share;
  };

  beforeAll(async () => {
    t = await createTestApp({ seed: true });
    [anna, bo, erik, karin] = await Promise.all(
      [DEMO_ACCOUNTS.employee, DEMO_ACCOUNTS.itEmployee, DEMO_ACCOUNTS.editor, 'karin.holm@demo.commons'].map(
        (e) => actor(t, e),
      ),
    );
    open = await space('Delat', 'OPEN');
    closed = await space('Stängt', 'CLOSED');
    secret = await space('Hemligt', 'SECRET');
    for (const who of [bo, karin])
      await who.gql(`mutation J($id: ID!) { joinSpace(id: $id) { id } }`, { id: open });
    await anna.gql(`mutation I($s: ID!, $p: [ID!]!) { inviteToSpace(spaceId: $s, personIds: $p) { id } }`, {
      s: closed,
      p: [bo.id],
    });
    await bo.gql(`mutation J($id: ID!) { joinSpace(id: $id) { id } }`, { id: closed });
    article = (await erik.gql(`mutation { createArticle(input: { title: "Ny policy" }) { id } }`)).data
      .createArticle.id;
    await erik.gql(`mutation P($id: ID!) { publishArticle(id: $id) { id } }`, { id: article });
  });
  afterAll(() => t?.close());

  it('shares an article with a (sanitised) comment and shows the original', async () => {
    const shared = await share(
      bo,
      article,
      open,
      '<p onclick="x()">Läs <strong>detta</strong></p><script>alert(1)</script>',
    );
    expect(shared).toMatchObject({
      bodyHtml: '<p>Läs <strong>detta</strong></p>',
      isShare: true,
      sharedItemAvailable: true,
      author: { email: bo.email },
      sharedItem: { __typename: 'Article', id: article, title: 'Ny policy' },
    });
    expect((await karin.gql(GET, { id: shared.id })).data.post.sharedItem).toMatchObject({
      __typename: 'Article',
      id: article,
    });
    expect(await t.dataSource.query(`SELECT shared_item_id FROM post WHERE id = $1`, [shared.id])).toEqual([
      { shared_item_id: article },
    ]);
    expect(await countOf(t, 'audit_entry', `action = 'post.share' AND target_id = $1`, [shared.id])).toBe(1);
  });

  it("a SECRET space's post shared elsewhere is 'no longer available' to non-members, and shown to members", async () => {
    const inSecret = await post(anna, secret, '<p>Hemlig plan</p>');
    const shared = await share(anna, inSecret, open, 'Titta');
    for (const who of [bo, karin, erik]) {
      const seen = (await who.gql(GET, { id: shared.id })).data.post;
      expect(seen).toMatchObject({
        isShare: true,
        sharedItemAvailable: false,
        sharedItem: null,
        bodyHtml: 'Titta',
      });
      expect(JSON.stringify(seen)).not.toContain('Hemlig');
    }
    // In the space feed too.
    const feed = (
      await karin.gql(
        `query F($s: ID!) { spacePosts(spaceId: $s, first: 50) { edges { node { ${SHARE_FIELDS} } } } }`,
        { s: open },
      )
    ).data.spacePosts.edges;
    expect(feed.find((e: { node: { id: string } }) => e.node.id === shared.id).node).toMatchObject({
      sharedItemAvailable: false,
      sharedItem: null,
    });
    expect((await anna.gql(GET, { id: shared.id })).data.post).toMatchObject({
      sharedItemAvailable: true,
      sharedItem: { __typename: 'Post', id: inSecret, bodyHtml: '<p>Hemlig plan</p>' },
    });
  });

  it("a CLOSED space's post shared into an OPEN space shows to members only; a deleted original to nobody", async () => {
    const inClosed = await post(bo, closed, '<p>Internt</p>');
    const shared = await share(bo, inClosed, open);
    expect((await karin.gql(GET, { id: shared.id })).data.post).toMatchObject({
      sharedItemAvailable: false,
      sharedItem: null,
    });
    expect((await bo.gql(GET, { id: shared.id })).data.post).toMatchObject({
      sharedItemAvailable: true,
      sharedItem: { id: inClosed },
    });
    await bo.gql(`mutation D($id: ID!) { deletePost(id: $id) }`, { id: inClosed });
    for (const who of [bo, anna, karin])
      expect((await who.gql(GET, { id: shared.id })).data.post).toMatchObject({
        sharedItemAvailable: false,
        sharedItem: null,
      });
  });

  it('cannot share what one cannot see (NOT_FOUND), nor into a space one is not a member of; nothing written', async () => {
    const inClosed = await post(anna, closed, 'closed');
    const inSecret = await post(anna, secret, 'secret');
    const draft = (await anna.gql(`mutation { createArticle(input: { title: "Utkast" }) { id } }`)).data
      .createArticle.id;
    const before = await countOf(t, 'post');
    for (const target of [inClosed, inSecret, draft, '00000000-0000-4000-8000-000000000000', 'nope']) {
      expect(errorOf(await karin.gql(SHARE, { targetId: target, spaceId: open }))).toMatchObject({
        code: 'NOT_FOUND',
      });
    }
    expect(errorOf(await karin.gql(SHARE, { targetId: article, spaceId: closed }))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NOT_A_MEMBER',
    });
    expect(errorOf(await karin.gql(SHARE, { targetId: article, spaceId: secret }))).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(
      errorOf(await bo.gql(SHARE, { targetId: article, spaceId: open, comment: 'x'.repeat(20_010) })),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'comment',
      reason: 'TOO_LONG',
    });
    expect(await countOf(t, 'post')).toBe(before);
  });

  it('a hidden original is unavailable to others but not to its author', async () => {
    const original = await post(karin, open, 'borde döljas');
    const shared = await share(bo, original, open);
    await t.dataSource.query(
      `UPDATE content_item SET hidden_at = now(), hidden_by = $2, hidden_reason = 'spam' WHERE id = $1`,
      [original, erik.id],
    );
    expect((await bo.gql(GET, { id: shared.id })).data.post).toMatchObject({
      sharedItemAvailable: false,
      sharedItem: null,
    });
    expect((await karin.gql(GET, { id: shared.id })).data.post).toMatchObject({
      sharedItemAvailable: true,
      sharedItem: { id: original },
    });
  });
});
