import {
  actor,
  ConversationPeople,
  errorOf,
  insertArticle,
  insertPeople,
  signInDemoPeople,
} from '../../test-support/conversation-fixtures';
import { createTestApp, TestApp } from '../../test-support/test-app';

const ADD = `mutation A($targetId: ID!, $body: String!, $parentId: ID) {
  addComment(targetId: $targetId, body: $body, parentId: $parentId) { id targetId parentId bodyHtml edited removed author { displayName } viewerCanEdit viewerCanDelete }
}`;
const EDIT = `mutation E($id: ID!, $body: String!) { editComment(id: $id, body: $body) { id bodyHtml edited editedAt } }`;
const DELETE = `mutation D($id: ID!, $reason: String) { deleteComment(id: $id, reason: $reason) { id bodyHtml removed } }`;
const CLOSE = `mutation C($targetId: ID!, $closed: Boolean!) { setCommentsClosed(targetId: $targetId, closed: $closed) }`;
const THREAD = `query T($id: ID!, $first: Int, $after: String) { article(id: $id) {
  commentCount commentsClosed
  comments(first: $first, after: $after) {
    edges { cursor node { id bodyHtml removed edited author { displayName } replies { id parentId bodyHtml removed } } }
    pageInfo { hasNextPage endCursor }
  }
  latestComments { bodyHtml }
} }`;

describe('comments (e2e)', () => {
  let t: TestApp;
  let p: ConversationPeople;

  beforeAll(async () => {
    t = await createTestApp({ seed: true });
    p = await signInDemoPeople(t);
  });
  afterAll(() => t?.close());

  const add = async (cookie: string, targetId: string, body: string, parentId?: string) => {
    const res = await t.gql(ADD, { targetId, body, parentId }, { cookie });
    return res;
  };
  const added = async (
    cookie: string,
    targetId: string,
    body: string,
    parentId?: string,
  ): Promise<string> => {
    const res = await add(cookie, targetId, body, parentId);
    expect(res.body.errors).toBeUndefined();
    return res.body.data.addComment.id;
  };
  const commentRows = (targetId: string) =>
    t.dataSource.query(`SELECT id FROM comment WHERE target_id = $1`, [targetId]);
  const thread = async (cookie: string, id: string, variables: object = {}) => {
    const res = await t.gql(THREAD, { id, ...variables }, { cookie });
    expect(res.body.errors).toBeUndefined();
    return res.body.data.article;
  };

  it('threads comments one reply level deep, oldest first, with counts and the latest two', async () => {
    const id = await insertArticle(t.dataSource, p.people.erik.id);
    const first = await added(p.cookies.anna, id, '<p>First</p>');
    const reply = await added(p.cookies.bo, id, '<p>A reply</p>', first);
    const second = await added(p.cookies.bo, id, '<p>Second</p>');
    await added(p.cookies.erik, id, '<p>Third</p>');

    const article = await thread(p.cookies.anna, id);
    expect(article.commentCount).toBe(4);
    expect(article.commentsClosed).toBe(false);
    expect(article.comments.edges.map((e: { node: { bodyHtml: string } }) => e.node.bodyHtml)).toEqual([
      '<p>First</p>',
      '<p>Second</p>',
      '<p>Third</p>',
    ]);
    expect(article.comments.edges[0].node).toMatchObject({
      author: { displayName: 'Anna Lindqvist' },
      replies: [{ id: reply, parentId: first, bodyHtml: '<p>A reply</p>' }],
    });
    expect(article.latestComments).toEqual([{ bodyHtml: '<p>Second</p>' }, { bodyHtml: '<p>Third</p>' }]);

    // Keyset pages, no repeats or gaps.
    const page1 = await thread(p.cookies.anna, id, { first: 2 });
    expect(page1.comments.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([first, second]);
    expect(page1.comments.pageInfo.hasNextPage).toBe(true);
    const page2 = await thread(p.cookies.anna, id, { first: 2, after: page1.comments.pageInfo.endCursor });
    expect(page2.comments.edges).toHaveLength(1);
    expect(page2.comments.pageInfo.hasNextPage).toBe(false);
    expect(
      errorOf((await t.gql(THREAD, { id, after: 'bm9wZQ' }, { cookie: p.cookies.anna })).body),
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' });

    // A reply to a reply is refused; so is a parent on another item.
    const nested = await add(p.cookies.anna, id, 'deeper', reply);
    expect(errorOf(nested.body)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'parentId',
      reason: 'NESTED_REPLY',
    });
    const other = await insertArticle(t.dataSource, p.people.erik.id);
    expect(errorOf((await add(p.cookies.anna, other, 'elsewhere', first)).body)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'WRONG_TARGET',
    });
    // Comments are on articles or posts: a comment is answered with parentId.
    expect(errorOf((await add(p.cookies.anna, first, 'on a comment')).body)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NOT_COMMENTABLE',
    });
    expect(await commentRows(id)).toHaveLength(4);
    expect(await commentRows(other)).toHaveLength(0);
  });

  it('gives NOT_FOUND for items the viewer cannot see and refuses empty or oversized bodies, writing nothing', async () => {
    const forAnna = await insertArticle(t.dataSource, p.people.erik.id, { units: [p.caseHandlingUnitId] });
    const draft = await insertArticle(t.dataSource, p.people.anna.id, { status: 'DRAFT' });
    const items = () =>
      t.dataSource.query(`SELECT count(*)::int AS n FROM content_item WHERE kind = 'COMMENT'`);
    const before = await items();
    for (const id of [forAnna, draft, '00000000-0000-4000-8000-000000000000', 'nope']) {
      expect(errorOf((await add(p.cookies.bo, id, 'Hello')).body)).toMatchObject({ code: 'NOT_FOUND' });
    }
    for (const body of [
      '',
      '   ',
      '<p> </p><br>',
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
    ]) {
      expect(errorOf((await add(p.cookies.anna, forAnna, body)).body)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'body',
        reason: 'REQUIRED',
      });
    }
    // The limit counts the text readers see (10,000 characters), so markup cannot make a short
    // comment too long, nor hide a long one; a 100 KB paste is refused before it is parsed.
    for (const tooLong of [`<p>${'x'.repeat(100 * 1024)}</p>`, `<p>${'x'.repeat(9_999)}<em>yz</em></p>`]) {
      expect(errorOf((await add(p.cookies.anna, forAnna, tooLong)).body)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'body',
        reason: 'TOO_LONG',
      });
    }
    expect(await commentRows(forAnna)).toEqual([]);
    expect(await items()).toEqual(before);
    // 3,000 "<" are 12,007 characters as sent and 3,000 as read: within the limit.
    const escaped = await added(p.cookies.anna, forAnna, `<p>${'&lt;'.repeat(3_000)}</p>`);
    const [stored] = await t.dataSource.query(`SELECT body_html FROM comment WHERE id = $1`, [escaped]);
    expect(stored.body_html).toHaveLength(12_007);
    // The author of the draft may comment on it (they can see it); bo cannot read its comments.
    const onDraft = await added(p.cookies.anna, draft, 'Note to self');
    expect(
      errorOf(
        (
          await t.gql(
            `query Q($id: ID!) { comment(id: $id) { id } }`,
            { id: onDraft },
            { cookie: p.cookies.bo },
          )
        ).body,
      ),
    ).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('neutralises script and event-handler payloads, keeping light formatting', async () => {
    const id = await insertArticle(t.dataSource, p.people.erik.id);
    const script = await add(
      p.cookies.anna,
      id,
      '<p>Hi<script>alert(document.cookie)</script> <strong>there</strong></p>',
    );
    expect(script.body.data.addComment.bodyHtml).toBe('<p>Hi <strong>there</strong></p>');
    const handlers = await add(
      p.cookies.anna,
      id,
      '<p onclick="alert(1)">Look <a href="javascript:alert(1)">here</a> <a href="https://example.org" onmouseover="alert(1)">or here</a>' +
        '<img src=x onerror="alert(1)"><svg onload="alert(1)"></svg><em style="x" class="y">ok</em> <code>a &lt; b</code></p><ul><li>one</li></ul>',
    );
    expect(handlers.body.data.addComment.bodyHtml).toBe(
      '<p>Look here <a href="https://example.org" rel="nofollow noopener noreferrer">or here</a><em>ok</em> <code>a &lt; b</code></p><ul><li>one</li></ul>',
    );
  });

  it('lets only the author edit, marks it edited and keeps the history', async () => {
    const id = await insertArticle(t.dataSource, p.people.erik.id);
    const comment = await added(p.cookies.anna, id, '<p>Draft words</p>');
    for (const cookie of [p.cookies.bo, p.cookies.erik]) {
      expect(errorOf((await t.gql(EDIT, { id: comment, body: 'Not yours' }, { cookie })).body)).toMatchObject(
        { code: 'FORBIDDEN' },
      );
    }
    expect(
      errorOf((await t.gql(EDIT, { id: comment, body: ' ' }, { cookie: p.cookies.anna })).body),
    ).toMatchObject({ reason: 'REQUIRED' });
    const edited = await t.gql(
      EDIT,
      { id: comment, body: '<p>Better words</p>' },
      { cookie: p.cookies.anna },
    );
    expect(edited.body.data.editComment).toMatchObject({
      bodyHtml: '<p>Better words</p>',
      edited: true,
      editedAt: expect.any(String),
    });
    await t.gql(EDIT, { id: comment, body: '<p>Best words</p>' }, { cookie: p.cookies.anna });
    const history = await t.dataSource.query(
      `SELECT body_html FROM comment_revision WHERE comment_id = $1 ORDER BY id`,
      [comment],
    );
    expect(history).toEqual([{ body_html: '<p>Draft words</p>' }, { body_html: '<p>Better words</p>' }]);
  });

  it('removes a comment for its author or a moderator, keeping the placeholder so replies stay threaded', async () => {
    const id = await insertArticle(t.dataSource, p.people.erik.id);
    const top = await added(p.cookies.anna, id, 'Top');
    const reply = await added(p.cookies.bo, id, 'Reply', top);
    const bos = await added(p.cookies.bo, id, 'Another');
    expect(errorOf((await t.gql(DELETE, { id: top }, { cookie: p.cookies.bo })).body)).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await t.gql(DELETE, { id: top }, { cookie: p.cookies.anna })).body.data.deleteComment).toEqual({
      id: top,
      bodyHtml: '',
      removed: true,
    });
    // Editors moderate everything (with a reason: see below).
    expect(
      (await t.gql(DELETE, { id: bos, reason: 'Off topic' }, { cookie: p.cookies.erik })).body.data
        .deleteComment.removed,
    ).toBe(true);

    const article = await thread(p.cookies.bo, id);
    expect(article.commentCount).toBe(1);
    expect(article.comments.edges.map((e: { node: object }) => e.node)).toEqual([
      expect.objectContaining({
        id: top,
        bodyHtml: '',
        removed: true,
        replies: [expect.objectContaining({ id: reply, bodyHtml: 'Reply', removed: false })],
      }),
      expect.objectContaining({ id: bos, bodyHtml: '', removed: true }),
    ]);
    expect(article.latestComments).toEqual([]);
    // A removed comment is gone as content: no second removal, no edit, no reply.
    expect(errorOf((await t.gql(DELETE, { id: top }, { cookie: p.cookies.anna })).body)).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(
      errorOf((await t.gql(EDIT, { id: top, body: 'back' }, { cookie: p.cookies.anna })).body),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf((await add(p.cookies.bo, id, 'late', top)).body)).toMatchObject({ code: 'NOT_FOUND' });
    const audit = await t.dataSource.query(
      `SELECT actor_id, reason, details FROM audit_entry WHERE action = 'comment.delete' AND target_id = ANY($1) ORDER BY id`,
      [[top, bos]],
    );
    expect(audit).toEqual([
      { actor_id: p.people.anna.id, reason: null, details: { targetId: id, byAuthor: true } },
      { actor_id: p.people.erik.id, reason: 'Off topic', details: { targetId: id, byAuthor: false } },
    ]);
  });

  it("asks a moderator removing someone else's comment for a reason, kept in the audit entry; the author needs none", async () => {
    // bo owns an open space (so moderates it) and posts; anna comments; carl is an employee like her.
    const [carlPerson] = await insertPeople(t.dataSource, 1, 'delete-reason');
    const carl = await actor(t, carlPerson.email);
    const gql = async (cookie: string, query: string, variables: object) => {
      const res = await t.gql(query, variables, { cookie });
      expect(res.body.errors).toBeUndefined();
      return res.body.data;
    };
    const space = (
      await gql(p.cookies.bo, `mutation S($input: SpaceInput!) { createSpace(input: $input) { id } }`, {
        input: { name: 'Reasons', visibility: 'OPEN' },
      })
    ).createSpace.id as string;
    const post = (
      await gql(
        p.cookies.bo,
        `mutation P($s: ID!, $i: PostInput!) { createPost(spaceId: $s, input: $i) { id } }`,
        { s: space, i: { bodyHtml: '<p>Hello</p>' } },
      )
    ).createPost.id as string;
    const [forModerator, forEditor, ownByAnna, ownWithReason] = [
      await added(p.cookies.anna, post, 'One'),
      await added(p.cookies.anna, post, 'Two'),
      await added(p.cookies.anna, post, 'Three'),
      await added(p.cookies.anna, post, 'Four'),
    ];
    const removed = async (id: string) =>
      (
        await t.dataSource.query(
          `SELECT deleted_at IS NOT NULL AS removed, body_html FROM comment WHERE id = $1`,
          [id],
        )
      )[0];
    const audited = (id: string) =>
      t.dataSource.query(
        `SELECT actor_id, reason, details FROM audit_entry WHERE action = 'comment.delete' AND target_id = $1`,
        [id],
      );

    // Another employee may not remove it at all, reason or not: the existing refusal, nothing changed.
    for (const reason of [undefined, 'Because']) {
      expect(
        errorOf((await t.gql(DELETE, { id: forModerator, reason }, { cookie: carl.cookie })).body),
      ).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await audited(forModerator)).toEqual([]);
    // The space's moderator and an editor: no reason, a blank one or one over 1,000 characters is refused, nothing changed.
    for (const [cookie, id] of [
      [p.cookies.bo, forModerator],
      [p.cookies.erik, forEditor],
    ]) {
      for (const reason of [undefined, null, '', '   ']) {
        expect(errorOf((await t.gql(DELETE, { id, reason }, { cookie })).body)).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'reason',
          reason: 'REQUIRED',
        });
      }
      expect(errorOf((await t.gql(DELETE, { id, reason: 'x'.repeat(1001) }, { cookie })).body)).toMatchObject(
        { code: 'BAD_USER_INPUT', field: 'reason', reason: 'TOO_LONG' },
      );
      expect(await removed(id)).toEqual({ removed: false, body_html: id === forModerator ? 'One' : 'Two' });
      expect(await audited(id)).toEqual([]);
    }
    expect(
      (await t.gql(DELETE, { id: forModerator, reason: '  Personal data  ' }, { cookie: p.cookies.bo })).body
        .data.deleteComment.removed,
    ).toBe(true);
    expect(
      (await t.gql(DELETE, { id: forEditor, reason: 'x'.repeat(1000) }, { cookie: p.cookies.erik })).body.data
        .deleteComment.removed,
    ).toBe(true);
    expect(await audited(forModerator)).toEqual([
      { actor_id: p.people.bo.id, reason: 'Personal data', details: { targetId: post, byAuthor: false } },
    ]);
    expect(await audited(forEditor)).toEqual([
      { actor_id: p.people.erik.id, reason: 'x'.repeat(1000), details: { targetId: post, byAuthor: false } },
    ]);

    // The author removes their own without a reason; one given anyway is kept (within the same limit).
    expect(
      (await t.gql(DELETE, { id: ownByAnna }, { cookie: p.cookies.anna })).body.data.deleteComment.removed,
    ).toBe(true);
    expect(await audited(ownByAnna)).toEqual([
      { actor_id: p.people.anna.id, reason: null, details: { targetId: post, byAuthor: true } },
    ]);
    expect(
      errorOf(
        (await t.gql(DELETE, { id: ownWithReason, reason: 'x'.repeat(1001) }, { cookie: p.cookies.anna }))
          .body,
      ),
    ).toMatchObject({ reason: 'TOO_LONG' });
    expect(await removed(ownWithReason)).toEqual({ removed: false, body_html: 'Four' });
    expect(
      (await t.gql(DELETE, { id: ownWithReason, reason: 'Typo' }, { cookie: p.cookies.anna })).body.data
        .deleteComment.removed,
    ).toBe(true);
    expect(await audited(ownWithReason)).toEqual([
      { actor_id: p.people.anna.id, reason: 'Typo', details: { targetId: post, byAuthor: true } },
    ]);
  });

  it('lets editors close and reopen comments on an article; closed means a clear error and nothing written', async () => {
    const id = await insertArticle(t.dataSource, p.people.erik.id);
    expect(
      errorOf((await t.gql(CLOSE, { targetId: id, closed: true }, { cookie: p.cookies.anna })).body),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      (await t.gql(CLOSE, { targetId: id, closed: true }, { cookie: p.cookies.erik })).body.data
        .setCommentsClosed,
    ).toBe(true);
    expect((await thread(p.cookies.anna, id)).commentsClosed).toBe(true);
    expect(errorOf((await add(p.cookies.anna, id, 'Too late')).body)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'COMMENTS_CLOSED',
    });
    expect(await commentRows(id)).toEqual([]);
    expect(
      (await t.gql(CLOSE, { targetId: id, closed: false }, { cookie: p.cookies.ada })).body.data
        .setCommentsClosed,
    ).toBe(false);
    await added(p.cookies.anna, id, 'Open again');
    const audit = await t.dataSource.query(
      `SELECT action FROM audit_entry WHERE target_id = $1 ORDER BY id`,
      [id],
    );
    expect(audit).toEqual([{ action: 'comments.close' }, { action: 'comments.reopen' }]);
  });
});
