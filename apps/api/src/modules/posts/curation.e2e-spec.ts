import { DEMO_ACCOUNTS } from '../../database/seed/demo-seed.data';
import { Actor, actor, countOf, errorOf, imageOf, spaceOf } from '../../test-support/conversation-fixtures';
import { createTestApp, TestApp } from '../../test-support/test-app';

const PROMOTE = `mutation P($postId: ID!) { promotePostToArticle(postId: $postId) {
  id status title bodyHtml byline author { email } gallery { id alt }
  promotedFrom { promotedAt post { id } originalAuthor { email } promotedBy { email } } } }`;
const FEATURE = `mutation F($postId: ID!, $featured: Boolean!) { featurePost(postId: $postId, featured: $featured) { id featured featuredAt } }`;
const FEATURED = `query { featuredPosts(first: 50) { edges { node { id featured } } } }`;

/** Curation: editors promote a staff post to a news draft (attribution kept) and feature posts; employees cannot. */
describe('curation (e2e)', () => {
  let t: TestApp;
  let anna: Actor;
  let bo: Actor;
  let erik: Actor;
  let ada: Actor;
  let open: string;
  let closed: string;

  const post = async (who: Actor, spaceId: string, input: object) =>
    (
      await who.gql(`mutation C($s: ID!, $i: PostInput!) { createPost(spaceId: $s, input: $i) { id } }`, {
        s: spaceId,
        i: input,
      })
    ).data.createPost.id as string;
  const ids = async (who: Actor) =>
    (await who.gql(FEATURED)).data.featuredPosts.edges.map((e: { node: { id: string } }) => e.node.id);

  beforeAll(async () => {
    t = await createTestApp({ seed: true });
    [anna, bo, erik, ada] = await Promise.all(
      [DEMO_ACCOUNTS.employee, DEMO_ACCOUNTS.itEmployee, DEMO_ACCOUNTS.editor, DEMO_ACCOUNTS.admin].map((e) =>
        actor(t, e),
      ),
    );
    const create = (name: string, visibility: 'OPEN' | 'CLOSED') => spaceOf(anna, { name, visibility });
    open = await create('Handläggarna', 'OPEN');
    closed = await create('Stängda rummet', 'CLOSED');
  });
  afterAll(() => t?.close());

  it("an editor turns anna's post into a DRAFT article with her attribution kept", async () => {
    const image = await imageOf(t, anna.id);
    const postId = await post(anna, open, {
      bodyHtml: '<p>Vi har kortat handläggningstiden med en vecka. Så här gjorde vi.</p>',
      link: 'https://example.org/rapport',
      images: [{ mediaId: image, alt: 'Diagram över handläggningstider' }],
    });
    const body = await erik.gql(PROMOTE, { postId });
    expect(body.errors).toBeUndefined();
    const draft = body.data.promotePostToArticle;
    expect(draft).toMatchObject({
      status: 'DRAFT',
      title: 'Vi har kortat handläggningstiden med en vecka.',
      byline: 'Anna Lindqvist (Handläggarna)',
      author: { email: erik.email },
      gallery: [{ id: image, alt: 'Diagram över handläggningstider' }],
      promotedFrom: {
        post: { id: postId },
        originalAuthor: { email: anna.email },
        promotedBy: { email: erik.email },
      },
    });
    expect(draft.bodyHtml).toContain(
      '<p>Vi har kortat handläggningstiden med en vecka. Så här gjorde vi.</p>',
    );
    expect(draft.bodyHtml).toContain('href="https://example.org/rapport"');
    expect(draft.bodyHtml).toContain('Anna Lindqvist');
    expect(
      await t.dataSource.query(
        `SELECT post_id, original_author_id, promoted_by FROM post_promotion WHERE article_id = $1`,
        [draft.id],
      ),
    ).toEqual([{ post_id: postId, original_author_id: anna.id, promoted_by: erik.id }]);
    expect(await countOf(t, 'audit_entry', `action = 'post.promote' AND target_id = $1`, [postId])).toBe(1);
    // Once only: a second promotion (or a double click) makes no second draft.
    const articles = await countOf(t, 'article');
    const again = await Promise.all([ada.gql(PROMOTE, { postId }), erik.gql(PROMOTE, { postId })]);
    expect(again.map((r) => errorOf(r))).toEqual([
      expect.objectContaining({ code: 'CONFLICT', reason: 'ALREADY_PROMOTED' }),
      expect.objectContaining({ code: 'CONFLICT', reason: 'ALREADY_PROMOTED' }),
    ]);
    expect(await countOf(t, 'article')).toBe(articles);
  });

  it('promotes at most once under concurrent clicks', async () => {
    const postId = await post(anna, open, { bodyHtml: '<p>Dubbelklick.</p>' });
    const articles = await countOf(t, 'article');
    const results = await Promise.all([
      erik.gql(PROMOTE, { postId }),
      erik.gql(PROMOTE, { postId }),
      ada.gql(PROMOTE, { postId }),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map((r) => errorOf(r)?.reason)).toEqual([
      'ALREADY_PROMOTED',
      'ALREADY_PROMOTED',
    ]);
    expect(await countOf(t, 'article')).toBe(articles + 1);
    expect(await countOf(t, 'post_promotion', 'post_id = $1', [postId])).toBe(1);
  });

  it('employees cannot promote or feature (FORBIDDEN), not even their own post; nothing written', async () => {
    const postId = await post(anna, open, { bodyHtml: 'Mitt eget inlägg' });
    const articles = await countOf(t, 'article');
    for (const who of [anna, bo]) {
      expect(errorOf(await who.gql(PROMOTE, { postId }))).toMatchObject({ code: 'FORBIDDEN' });
      expect(errorOf(await who.gql(FEATURE, { postId, featured: true }))).toMatchObject({
        code: 'FORBIDDEN',
      });
    }
    expect(await countOf(t, 'article')).toBe(articles);
    expect(await t.dataSource.query(`SELECT featured_at FROM post WHERE id = $1`, [postId])).toEqual([
      { featured_at: null },
    ]);
  });

  it('editors cannot promote or feature a post they cannot see (NOT_FOUND)', async () => {
    const postId = await post(anna, closed, { bodyHtml: 'Bara för medlemmar' });
    expect(errorOf(await erik.gql(PROMOTE, { postId }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await erik.gql(FEATURE, { postId, featured: true }))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('featuring: editors and admins feature; featured posts are listed for those who may see them; unfeature removes', async () => {
    const first = await post(anna, open, { bodyHtml: 'Först' });
    const second = await post(anna, open, { bodyHtml: 'Sen' });
    const inClosed = await post(anna, closed, { bodyHtml: 'Stängt' });
    expect((await erik.gql(FEATURE, { postId: first, featured: true })).data.featurePost).toMatchObject({
      featured: true,
    });
    expect((await ada.gql(FEATURE, { postId: second, featured: true })).data.featurePost).toMatchObject({
      featured: true,
    });
    // An editor who is a member of the closed space features its post: members see it listed, others do not.
    await erik.gql(`mutation J($id: ID!) { joinSpace(id: $id) { id } }`, { id: closed });
    await anna.gql(
      `mutation A($s: ID!, $p: ID!) { approveMembership(spaceId: $s, personId: $p) { status } }`,
      { s: closed, p: erik.id },
    );
    expect((await erik.gql(FEATURE, { postId: inClosed, featured: true })).errors).toBeUndefined();
    expect(await ids(bo)).toEqual([second, first]);
    expect(await ids(anna)).toEqual([inClosed, second, first]);
    expect((await erik.gql(FEATURE, { postId: first, featured: false })).data.featurePost).toMatchObject({
      featured: false,
      featuredAt: null,
    });
    expect(await ids(bo)).toEqual([second]);
    expect(await countOf(t, 'audit_entry', `action IN ('post.feature', 'post.unfeature')`)).toBe(4);
  });
});
