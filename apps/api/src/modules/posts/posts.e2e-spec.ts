import { DEMO_ACCOUNTS } from '../../database/seed/demo-seed.data';
import {
  Actor,
  actor,
  countOf,
  errorOf,
  imageOf,
  spaceOf,
  statementsOf,
} from '../../test-support/conversation-fixtures';
import { createTestApp, TestApp } from '../../test-support/test-app';

const POST_FIELDS = `id bodyHtml link createdAt editedAt featured isShare sharedItemAvailable viewerCanEdit viewerCanDelete
  author { email } space { id name } images { id alt } poll { question options { label } }`;
const CREATE = `mutation C($spaceId: ID!, $input: PostInput!) { createPost(spaceId: $spaceId, input: $input) { ${POST_FIELDS} } }`;
const UPDATE = `mutation U($id: ID!, $input: UpdatePostInput!) { updatePost(id: $id, input: $input) { ${POST_FIELDS} } }`;
const DELETE = `mutation D($id: ID!, $reason: String) { deletePost(id: $id, reason: $reason) }`;
const GET = `query P($id: ID!) { post(id: $id) { ${POST_FIELDS} } }`;
const FEED = `query F($spaceId: ID!, $first: Int, $after: String) { spacePosts(spaceId: $spaceId, first: $first, after: $after) {
  edges { cursor node { ${POST_FIELDS} sharedItem { __typename ... on Article { title } ... on Post { bodyHtml } } poll { viewerVote results { totalVoters } } } }
  pageInfo { hasNextPage endCursor } } }`;

/** Staff posts: members write, authors edit, authors and moderators delete; visibility per space visibility. */
describe('posts (e2e)', () => {
  let t: TestApp;
  let anna: Actor;
  let bo: Actor;
  let erik: Actor;
  let karin: Actor;
  let open: string;
  let closed: string;
  let secret: string;

  const join = (who: Actor, id: string) =>
    who.gql(`mutation J($id: ID!) { joinSpace(id: $id) { id } }`, { id });

  async function post(who: Actor, spaceId: string, input: object): Promise<string> {
    const body = await who.gql(CREATE, { spaceId, input });
    expect(body.errors).toBeUndefined();
    return body.data.createPost.id;
  }

  beforeAll(async () => {
    t = await createTestApp({ seed: true });
    [anna, bo, erik, karin] = await Promise.all(
      [DEMO_ACCOUNTS.employee, DEMO_ACCOUNTS.itEmployee, DEMO_ACCOUNTS.editor, 'karin.holm@demo.commons'].map(
        (e) => actor(t, e),
      ),
    );
    open = await spaceOf(anna, { name: 'Öppet', visibility: 'OPEN' });
    closed = await spaceOf(anna, { name: 'Stängt', visibility: 'CLOSED' });
    secret = await spaceOf(anna, { name: 'Hemligt', visibility: 'SECRET' });
    await join(bo, open);
    await join(bo, closed);
    await anna.gql(
      `mutation A($s: ID!, $p: ID!) { approveMembership(spaceId: $s, personId: $p) { status } }`,
      { s: closed, p: bo.id },
    );
  });
  afterAll(() => t?.close());

  it('a member posts text, images with alt text and a link; the post is a content item of its space', async () => {
    const image = await imageOf(t, bo.id);
    const body = await bo.gql(CREATE, {
      spaceId: open,
      input: {
        bodyHtml: '<p>Hej <strong>alla</strong>!</p><ul><li>ett</li></ul>',
        images: [{ mediaId: image, alt: '  Kaffe i koppar ' }],
        link: 'https://example.org/a?b=1',
      },
    });
    expect(body.errors).toBeUndefined();
    const created = body.data.createPost;
    expect(created).toMatchObject({
      bodyHtml: '<p>Hej <strong>alla</strong>!</p><ul><li>ett</li></ul>',
      link: 'https://example.org/a?b=1',
      editedAt: null,
      featured: false,
      isShare: false,
      sharedItemAvailable: false,
      viewerCanEdit: true,
      viewerCanDelete: true,
      author: { email: bo.email },
      space: { id: open, name: 'Öppet' },
      images: [{ id: image, alt: 'Kaffe i koppar' }],
      poll: null,
    });
    expect(
      await t.dataSource.query(`SELECT kind, author_id, space_id FROM content_item WHERE id = $1`, [
        created.id,
      ]),
    ).toEqual([{ kind: 'POST', author_id: bo.id, space_id: open }]);
    expect(await countOf(t, 'audit_entry', `action = 'post.create' AND target_id = $1`, [created.id])).toBe(
      1,
    );
    // Another employee sees an OPEN space's post, but may not edit or delete it.
    expect((await karin.gql(GET, { id: created.id })).data.post).toMatchObject({
      id: created.id,
      viewerCanEdit: false,
      viewerCanDelete: false,
    });
    // The space's owner may delete it (moderation), not edit it.
    expect((await anna.gql(GET, { id: created.id })).data.post).toMatchObject({
      viewerCanEdit: false,
      viewerCanDelete: true,
    });
  });

  it('refuses a post from a non-member: FORBIDDEN in a space they can see, NOT_FOUND in a secret one; nothing written', async () => {
    const before = [await countOf(t, 'post'), await countOf(t, 'content_item')];
    await join(karin, closed); // a pending request is no membership
    const input = { bodyHtml: '<p>Hej</p>' };
    expect(errorOf(await karin.gql(CREATE, { spaceId: open, input }))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NOT_A_MEMBER',
    });
    expect(errorOf(await karin.gql(CREATE, { spaceId: closed, input }))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NOT_A_MEMBER',
    });
    for (const who of [karin, bo, erik])
      expect(errorOf(await who.gql(CREATE, { spaceId: secret, input }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(
      errorOf(await karin.gql(CREATE, { spaceId: '00000000-0000-4000-8000-000000000000', input })),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect([await countOf(t, 'post'), await countOf(t, 'content_item')]).toEqual(before);
  });

  it('refuses bad input with a clear error and writes nothing', async () => {
    const mine = await imageOf(t, bo.id);
    const others = await imageOf(t, anna.id);
    const before = [
      await countOf(t, 'post'),
      await countOf(t, 'content_item'),
      await countOf(t, 'post_image'),
    ];
    const cases: [object, string, string][] = [
      [{}, 'bodyHtml', 'REQUIRED'],
      [{ bodyHtml: '   ' }, 'bodyHtml', 'REQUIRED'],
      [{ bodyHtml: '<script>alert(1)</script><p> </p>' }, 'bodyHtml', 'REQUIRED'],
      [{ bodyHtml: `<p>${'a'.repeat(20_001)}</p>` }, 'bodyHtml', 'TOO_LONG'],
      [{ link: 'javascript:alert(1)' }, 'link', 'INVALID_URL'],
      [{ link: 'ftp://example.org/file' }, 'link', 'INVALID_URL'],
      [{ link: 'not a url' }, 'link', 'INVALID_URL'],
      [{ link: 'data:text/html,<script>alert(1)</script>' }, 'link', 'INVALID_URL'],
      [{ bodyHtml: 'x', images: [{ mediaId: others, alt: 'Not mine' }] }, 'images', 'UNKNOWN_MEDIA'],
      [
        {
          bodyHtml: 'x',
          images: [
            { mediaId: mine, alt: 'a' },
            { mediaId: mine, alt: 'b' },
          ],
        },
        'images',
        'DUPLICATE',
      ],
    ];
    for (const [input, field, reason] of cases) {
      expect({ input, error: errorOf(await bo.gql(CREATE, { spaceId: open, input })) }).toEqual({
        input,
        error: expect.objectContaining({ code: 'BAD_USER_INPUT', field, reason }),
      });
    }
    // Alt text is required for every image; at most ten images.
    expect(
      errorOf(await bo.gql(CREATE, { spaceId: open, input: { images: [{ mediaId: mine, alt: ' ' }] } }))
        ?.code,
    ).toBe('BAD_USER_INPUT');
    const eleven = await Promise.all([...Array(11)].map(() => imageOf(t, bo.id)));
    expect(
      errorOf(
        await bo.gql(CREATE, {
          spaceId: open,
          input: { images: eleven.map((mediaId) => ({ mediaId, alt: 'x' })) },
        }),
      )?.code,
    ).toBe('BAD_USER_INPUT');
    expect([
      await countOf(t, 'post'),
      await countOf(t, 'content_item'),
      await countOf(t, 'post_image'),
    ]).toEqual(before);
  });

  it('neutralises script and event-handler payloads in post bodies (light formatting only)', async () => {
    const id = await post(bo, open, {
      bodyHtml:
        '<p onclick="steal()">Hej</p><script>alert(1)</script><img src=x onerror=alert(1)><svg onload=alert(1)></svg>' +
        '<a href="javascript:alert(1)">fel</a> <a href="https://ok.example/" target="_blank" onmouseover="x()">rätt</a>' +
        '<h1>Rubrik</h1><iframe src="https://evil.example"></iframe><style>body{display:none}</style>',
    });
    const { bodyHtml } = (await karin.gql(GET, { id })).data.post;
    expect(bodyHtml).toBe(
      '<p>Hej</p>fel <a href="https://ok.example/" rel="nofollow noopener noreferrer">rätt</a>Rubrik',
    );
    expect(bodyHtml).not.toMatch(
      /script|onerror|onclick|onload|onmouseover|javascript:|<img|<svg|<iframe|<style|<h1/,
    );
    const [row] = await t.dataSource.query(`SELECT body_html FROM post WHERE id = $1`, [id]);
    expect(row.body_html).toBe(bodyHtml);
  });

  it('counts the limit on the text readers see, not on its markup', async () => {
    // 5,000 ampersands are 25,000 characters as sent (&amp;), over the limit as HTML, within it as text.
    const ampersands = '&'.repeat(5_000);
    const id = await post(bo, open, { bodyHtml: `<p>${ampersands.replace(/&/g, '&amp;')}</p>` });
    expect((await karin.gql(GET, { id })).data.post.bodyHtml).toHaveLength(25_007);
    const before = await countOf(t, 'post');
    const over = `<p>${'a'.repeat(20_000)}<strong>b</strong></p>`;
    expect(errorOf(await bo.gql(CREATE, { spaceId: open, input: { bodyHtml: over } }))).toMatchObject({
      field: 'bodyHtml',
      reason: 'TOO_LONG',
    });
    expect(await countOf(t, 'post')).toBe(before);
  });

  it('shows posts per space visibility: OPEN to everyone, CLOSED and SECRET to members only — editors included', async () => {
    const inOpen = await post(anna, open, { bodyHtml: 'open' });
    const inClosed = await post(anna, closed, { bodyHtml: 'closed' });
    const inSecret = await post(anna, secret, { bodyHtml: 'secret' });
    const ids = async (who: Actor, spaceId: string) =>
      (await who.gql(FEED, { spaceId, first: 50 })).data.spacePosts.edges.map(
        (e: { node: { id: string } }) => e.node.id,
      );

    for (const who of [karin, erik]) {
      expect((await who.gql(GET, { id: inOpen })).data.post.id).toBe(inOpen);
      expect(await ids(who, open)).toContain(inOpen);
      expect(errorOf(await who.gql(GET, { id: inClosed }))).toMatchObject({ code: 'NOT_FOUND' });
      expect(errorOf(await who.gql(FEED, { spaceId: closed }))).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'MEMBERS_ONLY',
      });
      expect(errorOf(await who.gql(GET, { id: inSecret }))).toMatchObject({ code: 'NOT_FOUND' });
      expect(errorOf(await who.gql(FEED, { spaceId: secret }))).toMatchObject({ code: 'NOT_FOUND' });
    }
    expect(await ids(bo, closed)).toContain(inClosed);
    expect((await bo.gql(GET, { id: inClosed })).data.post.id).toBe(inClosed);
    expect(errorOf(await bo.gql(GET, { id: inSecret }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await ids(anna, secret)).toEqual([inSecret]);
  });

  it('only the author edits (marked edited); nobody else, and what one cannot see is NOT_FOUND', async () => {
    const id = await post(bo, closed, { bodyHtml: '<p>först</p>', link: 'https://example.org/' });
    const edited = (
      await bo.gql(UPDATE, { id, input: { bodyHtml: '<p>sen <em>ändrat</em></p>', link: null } })
    ).data.updatePost;
    expect(edited).toMatchObject({ bodyHtml: '<p>sen <em>ändrat</em></p>', link: null });
    expect(edited.editedAt).not.toBeNull();
    expect(await countOf(t, 'audit_entry', `action = 'post.update' AND target_id = $1`, [id])).toBe(1);

    expect(errorOf(await anna.gql(UPDATE, { id, input: { bodyHtml: 'owner words' } }))?.code).toBe(
      'FORBIDDEN',
    );
    expect(errorOf(await erik.gql(UPDATE, { id, input: { bodyHtml: 'editor words' } }))?.code).toBe(
      'NOT_FOUND',
    );
    expect(errorOf(await bo.gql(UPDATE, { id, input: { bodyHtml: '' } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'REQUIRED',
    });
    expect(errorOf(await bo.gql(UPDATE, { id, input: { link: 'javascript:void(0)' } }))).toMatchObject({
      reason: 'INVALID_URL',
    });
    const [row] = await t.dataSource.query(`SELECT body_html FROM post WHERE id = $1`, [id]);
    expect(row.body_html).toBe('<p>sen <em>ändrat</em></p>');
  });

  it('deletes: the author without a reason; the space’s owners and moderators and editors with one, kept in the audit log; other members may not', async () => {
    const byBo = await post(bo, open, { bodyHtml: 'one' });
    const another = await post(bo, open, { bodyHtml: 'two' });
    const third = await post(bo, open, { bodyHtml: 'three' });
    const fourth = await post(bo, open, { bodyHtml: 'four' });
    await join(karin, open);
    expect(errorOf(await karin.gql(DELETE, { id: byBo }))?.code).toBe('FORBIDDEN');
    // A reason does not make a plain member a moderator.
    expect(errorOf(await karin.gql(DELETE, { id: byBo, reason: 'Spam' }))?.code).toBe('FORBIDDEN');
    expect((await bo.gql(DELETE, { id: byBo })).data.deletePost).toBe(true);
    expect((await anna.gql(DELETE, { id: another, reason: '  Off topic ' })).data.deletePost).toBe(true);
    expect((await erik.gql(DELETE, { id: third, reason: 'Personal data' })).data.deletePost).toBe(true);
    // A space moderator (not its owner) may delete too, with a reason.
    const setRole = async (role: string) =>
      expect(
        (
          await anna.gql(
            `mutation R($s: ID!, $p: ID!, $r: SpaceRole!) { setMemberRole(spaceId: $s, personId: $p, role: $r) { role } }`,
            { s: open, p: karin.id, r: role },
          )
        ).data.setMemberRole.role,
      ).toBe(role);
    await setRole('MODERATOR');
    expect((await karin.gql(DELETE, { id: fourth, reason: 'Duplicate' })).data.deletePost).toBe(true);
    await setRole('MEMBER'); // the tests below count on karin being a plain member
    for (const id of [byBo, another, third, fourth]) {
      expect(errorOf(await bo.gql(GET, { id }))).toMatchObject({ code: 'NOT_FOUND' });
      expect(errorOf(await bo.gql(DELETE, { id }))).toMatchObject({ code: 'NOT_FOUND' });
    }
    const feed = (await karin.gql(FEED, { spaceId: open, first: 100 })).data.spacePosts.edges.map(
      (e: { node: { id: string } }) => e.node.id,
    );
    expect(feed).not.toEqual(expect.arrayContaining([byBo]));
    expect(
      await t.dataSource.query(`SELECT body_html, deleted_by FROM post WHERE id = $1`, [another]),
    ).toEqual([{ body_html: '', deleted_by: anna.id }]);
    const audit = async (id: string) =>
      t.dataSource.query(
        `SELECT actor_id, reason, details->>'byAuthor' AS by_author FROM audit_entry WHERE action = 'post.delete' AND target_id = $1`,
        [id],
      );
    expect(await audit(byBo)).toEqual([{ actor_id: bo.id, reason: null, by_author: 'true' }]);
    expect(await audit(another)).toEqual([{ actor_id: anna.id, reason: 'Off topic', by_author: 'false' }]);
    expect(await audit(third)).toEqual([{ actor_id: erik.id, reason: 'Personal data', by_author: 'false' }]);
    expect(await audit(fourth)).toEqual([{ actor_id: karin.id, reason: 'Duplicate', by_author: 'false' }]);
  });

  it('refuses a moderator’s delete without a reason or with one too long; nothing changes, nothing is audited', async () => {
    const id = await post(bo, open, { bodyHtml: '<p>stays</p>' });
    const before = await t.dataSource.query(
      `SELECT body_html, deleted_at, deleted_by FROM post WHERE id = $1`,
      [id],
    );
    const cases: [Actor, object, string][] = [
      [anna, {}, 'REQUIRED'],
      [anna, { reason: null }, 'REQUIRED'],
      [anna, { reason: '   ' }, 'REQUIRED'],
      [anna, { reason: 'x'.repeat(1001) }, 'TOO_LONG'],
      [erik, {}, 'REQUIRED'],
      [erik, { reason: '' }, 'REQUIRED'],
      [erik, { reason: `  ${'y'.repeat(1001)}  ` }, 'TOO_LONG'],
    ];
    for (const [who, vars, reason] of cases) {
      expect({ who: who.email, vars, error: errorOf(await who.gql(DELETE, { id, ...vars })) }).toEqual({
        who: who.email,
        vars,
        error: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'reason', reason }),
      });
    }
    // Its author may delete it without one, but not with a reason over the limit.
    expect(errorOf(await bo.gql(DELETE, { id, reason: 'z'.repeat(1001) }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
      reason: 'TOO_LONG',
    });
    expect(
      await t.dataSource.query(`SELECT body_html, deleted_at, deleted_by FROM post WHERE id = $1`, [id]),
    ).toEqual(before);
    expect(before).toEqual([{ body_html: '<p>stays</p>', deleted_at: null, deleted_by: null }]);
    expect(await countOf(t, 'audit_entry', `action = 'post.delete' AND target_id = $1`, [id])).toBe(0);
    expect((await karin.gql(GET, { id })).data.post.bodyHtml).toBe('<p>stays</p>');
    // Exactly the limit is fine.
    expect((await anna.gql(DELETE, { id, reason: 'r'.repeat(1000) })).data.deletePost).toBe(true);
    expect(await countOf(t, 'audit_entry', `action = 'post.delete' AND target_id = $1`, [id])).toBe(1);
  });

  it('hides a hidden post from the feed except for its author and the space’s moderators', async () => {
    const id = await post(bo, open, { bodyHtml: 'hidden later' });
    await t.dataSource.query(
      `UPDATE content_item SET hidden_at = now(), hidden_by = $2, hidden_reason = 'off topic' WHERE id = $1`,
      [id, anna.id],
    );
    const sees = async (who: Actor) =>
      (await who.gql(FEED, { spaceId: open, first: 100 })).data.spacePosts.edges.some(
        (e: { node: { id: string } }) => e.node.id === id,
      );
    expect(await sees(karin)).toBe(false);
    expect(await sees(bo)).toBe(true);
    expect(await sees(anna)).toBe(true);
    expect(errorOf(await karin.gql(GET, { id }))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('pages a space newest first with a fixed number of statements (2 vs 10 posts)', async () => {
    const feedSpace = await spaceOf(anna, { name: 'Flöde', visibility: 'OPEN' });
    await join(bo, feedSpace);
    const article = (await erik.gql(`mutation { createArticle(input: { title: "Nyhet" }) { id } }`)).data
      .createArticle.id;
    await erik.gql(`mutation P($id: ID!) { publishArticle(id: $id) { id } }`, { id: article });
    const made: string[] = [];
    for (let i = 0; i < 12; i++) {
      const image = await imageOf(t, bo.id);
      const input =
        i % 3 === 0
          ? {
              bodyHtml: `<p>post ${i}</p>`,
              images: [{ mediaId: image, alt: `bild ${i}` }],
              poll: { question: `Fråga ${i}?`, options: ['Ja', 'Nej'] },
            }
          : { bodyHtml: `<p>post ${i}</p>` };
      if (i % 4 === 1) {
        const shared = await bo.gql(
          `mutation S($t: ID!, $s: ID!) { share(targetId: $t, spaceId: $s, comment: "läs") { id } }`,
          {
            t: i % 8 === 1 ? article : made[0],
            s: feedSpace,
          },
        );
        made.push(shared.data.share.id);
      } else made.push(await post(bo, feedSpace, input));
    }
    const pages: string[] = [];
    let after: string | null = null;
    for (;;) {
      const body = await karin.gql(FEED, { spaceId: feedSpace, first: 5, after });
      expect(body.errors).toBeUndefined();
      pages.push(...body.data.spacePosts.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!body.data.spacePosts.pageInfo.hasNextPage) break;
      after = body.data.spacePosts.pageInfo.endCursor;
    }
    expect(pages).toEqual([...made].reverse());

    // A page costs the same whatever its size, for posts with images and polls and for shares of
    // articles and posts alike (each kind of field is one statement per page).
    const polls = await spaceOf(anna, { name: 'Omröstningar', visibility: 'OPEN' });
    const shares = await spaceOf(anna, { name: 'Delningar', visibility: 'OPEN' });
    await join(bo, polls);
    await join(bo, shares);
    for (let i = 0; i < 10; i++) {
      const image = await imageOf(t, bo.id);
      const id = await post(bo, polls, {
        bodyHtml: `<p>${i}</p>`,
        images: [{ mediaId: image, alt: 'x' }],
        poll: { question: 'Q?', options: ['A', 'B'] },
      });
      const options = (await bo.gql(GET.replace('options { label }', 'id options { id }'), { id })).data.post
        .poll.options;
      if (i % 2 === 0)
        await karin.gql(`mutation V($p: ID!, $o: [ID!]!) { vote(pollId: $p, optionIds: $o) { id } }`, {
          p: (await t.dataSource.query(`SELECT id FROM poll WHERE post_id = $1`, [id]))[0].id,
          o: [options[0].id],
        });
      await bo.gql(`mutation S($t: ID!, $s: ID!) { share(targetId: $t, spaceId: $s) { id } }`, {
        t: i % 2 === 0 ? article : id,
        s: shares,
      });
    }
    for (const spaceId of [polls, shares]) {
      const count = (first: number) => statementsOf(() => karin.gql(FEED, { spaceId, first }));
      await count(2);
      const two = await count(2);
      const ten = await count(10);
      expect({ spaceId, ten }).toEqual({ spaceId, ten: two });
    }
    expect(errorOf(await karin.gql(FEED, { spaceId: feedSpace, after: 'bad' }))).toMatchObject({
      reason: 'INVALID_CURSOR',
    });
  });
});
