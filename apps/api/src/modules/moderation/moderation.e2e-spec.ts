import {
  actor,
  ConversationPeople,
  errorOf,
  insertArticle,
  insertPeople,
  signInDemoPeople,
  spaceOf,
} from '../../test-support/conversation-fixtures';
import { createTestApp, TestApp } from '../../test-support/test-app';

const REPORT = `mutation R($targetId: ID!, $reason: String!) { report(targetId: $targetId, reason: $reason) { id targetId targetKind reason status reporter { displayName } } }`;
const QUEUE = `query Q($first: Int, $after: String) { moderationQueue(first: $first, after: $after) {
  edges { node { id targetId reason status reporter { displayName } comment { id bodyHtml } } } pageInfo { hasNextPage endCursor } } }`;
const MODERATE = `mutation M($reportId: ID!, $action: ModerationAction!, $reason: String!) {
  moderate(reportId: $reportId, action: $action, reason: $reason) { id status handledReason handledAt } }`;
const THREAD = `query T($id: ID!) { article(id: $id) { commentCount comments { edges { node { id bodyHtml hidden { at reason } } } } } }`;

describe('moderation (e2e)', () => {
  let t: TestApp;
  let p: ConversationPeople;

  beforeAll(async () => {
    t = await createTestApp({ seed: true });
    p = await signInDemoPeople(t);
  });
  afterAll(() => t?.close());

  const comment = async (cookie: string, targetId: string, body: string): Promise<string> => {
    const res = await t.gql(
      `mutation C($t: ID!, $b: String!) { addComment(targetId: $t, body: $b) { id } }`,
      { t: targetId, b: body },
      { cookie },
    );
    expect(res.body.errors).toBeUndefined();
    return res.body.data.addComment.id;
  };
  const report = async (cookie: string, targetId: string, reason = 'Rude') =>
    t.gql(REPORT, { targetId, reason }, { cookie });
  const queueIds = async (cookie: string) => {
    const res = await t.gql(QUEUE, { first: 100 }, { cookie });
    expect(res.body.errors).toBeUndefined();
    return res.body.data.moderationQueue.edges.map((e: { node: { id: string } }) => e.node.id);
  };
  const reports = () =>
    t.dataSource.query(`SELECT count(*)::int AS n FROM report`).then(([r]: { n: number }[]) => r.n);

  it('lets anyone who can see a comment report it, with a reason; refuses bad reports and writes nothing', async () => {
    const forAnna = await insertArticle(t.dataSource, p.people.erik.id, { units: [p.caseHandlingUnitId] });
    const target = await comment(p.cookies.anna, forAnna, 'Something');
    const before = await reports();
    expect(errorOf((await report(p.cookies.bo, target)).body)).toMatchObject({ code: 'NOT_FOUND' }); // bo cannot see it
    expect(errorOf((await report(p.cookies.anna, forAnna)).body)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NOT_REPORTABLE',
    });
    expect(errorOf((await report(p.cookies.erik, target, '  ')).body)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
      reason: 'REQUIRED',
    });
    expect(errorOf((await report(p.cookies.erik, target, 'x'.repeat(1001))).body)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'TOO_LONG',
    });
    expect(await reports()).toBe(before);

    const res = await report(p.cookies.erik, target, ' Off topic ');
    expect(res.body.data.report).toMatchObject({
      targetId: target,
      targetKind: 'COMMENT',
      reason: 'Off topic',
      status: 'OPEN',
      reporter: { displayName: 'Erik Sandberg' },
    });
    expect(errorOf((await report(p.cookies.erik, target)).body)).toMatchObject({
      code: 'CONFLICT',
      reason: 'ALREADY_REPORTED',
    });
    expect(await reports()).toBe(before + 1);
  });

  it('per role: employees moderate nothing and see no one else’s reports; editors hide with a reason the author sees; all audited', async () => {
    const article = await insertArticle(t.dataSource, p.people.erik.id);
    const rude = await comment(p.cookies.anna, article, '<p>Rude words</p>');
    await comment(p.cookies.bo, article, '<p>Fine words</p>');
    const byBo = (await report(p.cookies.bo, rude, 'Insulting')).body.data.report.id;
    const byAda = (await report(p.cookies.ada, rude, 'Not nice')).body.data.report.id;

    // Employees: an empty queue, others' reports do not exist, their own cannot be handled.
    expect(await queueIds(p.cookies.anna)).toEqual([]);
    expect(await queueIds(p.cookies.bo)).toEqual([]);
    expect(
      errorOf(
        (await t.gql(MODERATE, { reportId: byAda, action: 'HIDE', reason: 'x' }, { cookie: p.cookies.anna }))
          .body,
      ),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(
      errorOf(
        (await t.gql(MODERATE, { reportId: byAda, action: 'DISMISS', reason: 'x' }, { cookie: p.cookies.bo }))
          .body,
      ),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(
      errorOf(
        (await t.gql(MODERATE, { reportId: byBo, action: 'DISMISS', reason: 'x' }, { cookie: p.cookies.bo }))
          .body,
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(await t.dataSource.query(`SELECT status FROM report WHERE id = ANY($1)`, [[byBo, byAda]])).toEqual(
      [{ status: 'OPEN' }, { status: 'OPEN' }],
    );

    // Editors (and admins) see the queue with the reported comment.
    const queue = await t.gql(QUEUE, { first: 100 }, { cookie: p.cookies.erik });
    const mine = queue.body.data.moderationQueue.edges
      .map((e: { node: object }) => e.node)
      .filter((n: { targetId: string }) => n.targetId === rude);
    expect(mine).toEqual([
      {
        id: byBo,
        targetId: rude,
        reason: 'Insulting',
        status: 'OPEN',
        reporter: { displayName: 'Bo Ekström' },
        comment: { id: rude, bodyHtml: '<p>Rude words</p>' },
      },
      {
        id: byAda,
        targetId: rude,
        reason: 'Not nice',
        status: 'OPEN',
        reporter: { displayName: 'Ada Nordin' },
        comment: { id: rude, bodyHtml: '<p>Rude words</p>' },
      },
    ]);
    expect(await queueIds(p.cookies.ada)).toEqual(expect.arrayContaining([byBo, byAda]));
    expect(
      errorOf(
        (await t.gql(MODERATE, { reportId: byBo, action: 'HIDE', reason: ' ' }, { cookie: p.cookies.erik }))
          .body,
      ),
    ).toMatchObject({ reason: 'REQUIRED' });

    const hidden = await t.gql(
      MODERATE,
      { reportId: byBo, action: 'HIDE', reason: 'Personal attack' },
      { cookie: p.cookies.erik },
    );
    expect(hidden.body.data.moderate).toMatchObject({
      id: byBo,
      status: 'HIDDEN',
      handledReason: 'Personal attack',
      handledAt: expect.any(String),
    });
    // Hiding closes every open report on the item; a second act on it is a conflict.
    expect(await t.dataSource.query(`SELECT status FROM report WHERE id = $1`, [byAda])).toEqual([
      { status: 'HIDDEN' },
    ]);
    expect(await queueIds(p.cookies.erik)).not.toContain(byAda);
    expect(
      errorOf(
        (
          await t.gql(
            MODERATE,
            { reportId: byAda, action: 'DISMISS', reason: 'x' },
            { cookie: p.cookies.ada },
          )
        ).body,
      ),
    ).toMatchObject({ code: 'CONFLICT' });

    // Gone for bo (and its count); the author sees it with the reason; the editor sees it too.
    const forBo = (await t.gql(THREAD, { id: article }, { cookie: p.cookies.bo })).body.data.article;
    expect(forBo.commentCount).toBe(1);
    expect(forBo.comments.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(rude);
    expect(
      errorOf(
        (await t.gql(`query C($id: ID!) { comment(id: $id) { id } }`, { id: rude }, { cookie: p.cookies.bo }))
          .body,
      ),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(
      errorOf(
        (
          await t.gql(
            `mutation R($id: ID!) { react(targetId: $id, kind: LIKE) { myReaction } }`,
            { id: rude },
            { cookie: p.cookies.bo },
          )
        ).body,
      ),
    ).toMatchObject({ code: 'NOT_FOUND' });
    for (const cookie of [p.cookies.anna, p.cookies.erik]) {
      const thread = (await t.gql(THREAD, { id: article }, { cookie })).body.data.article;
      expect(
        thread.comments.edges.find((e: { node: { id: string } }) => e.node.id === rude).node.hidden,
      ).toEqual({ at: expect.any(String), reason: 'Personal attack' });
    }

    // The author removing the hidden comment does not count it out twice.
    expect(
      (
        await t.gql(
          `mutation D($id: ID!) { deleteComment(id: $id) { removed } }`,
          { id: rude },
          { cookie: p.cookies.anna },
        )
      ).body.data.deleteComment.removed,
    ).toBe(true);
    expect(
      (await t.gql(THREAD, { id: article }, { cookie: p.cookies.bo })).body.data.article.commentCount,
    ).toBe(1);

    const audit = await t.dataSource.query(
      `SELECT actor_id, action, target_type, target_id, reason, details FROM audit_entry WHERE action = 'moderation.hide' AND target_id = $1`,
      [rude],
    );
    expect(audit).toEqual([
      {
        actor_id: p.people.erik.id,
        action: 'moderation.hide',
        target_type: 'comment',
        target_id: rude,
        reason: 'Personal attack',
        details: { reportId: byBo, reportsClosed: [byBo, byAda].sort(), authorId: p.people.anna.id },
      },
    ]);
  });

  it('dismisses one report, leaving the content alone, audited', async () => {
    const article = await insertArticle(t.dataSource, p.people.erik.id);
    const fine = await comment(p.cookies.bo, article, 'Perfectly fine');
    const id = (await report(p.cookies.anna, fine, 'I disagree')).body.data.report.id;
    const res = await t.gql(
      MODERATE,
      { reportId: id, action: 'DISMISS', reason: 'Disagreement is allowed' },
      { cookie: p.cookies.ada },
    );
    expect(res.body.data.moderate).toMatchObject({
      status: 'DISMISSED',
      handledReason: 'Disagreement is allowed',
    });
    expect(await t.dataSource.query(`SELECT hidden_at FROM content_item WHERE id = $1`, [fine])).toEqual([
      { hidden_at: null },
    ]);
    const audit = await t.dataSource.query(
      `SELECT actor_id, reason, details FROM audit_entry WHERE action = 'moderation.dismiss' AND target_id = $1`,
      [fine],
    );
    expect(audit).toEqual([
      { actor_id: p.people.ada.id, reason: 'Disagreement is allowed', details: { reportId: id } },
    ]);
    expect(
      errorOf(
        (
          await t.gql(
            MODERATE,
            { reportId: 'nope', action: 'DISMISS', reason: 'x' },
            { cookie: p.cookies.erik },
          )
        ).body,
      ),
    ).toMatchObject({ code: 'NOT_FOUND' });
  });

  it("routes reports on space content to that space's moderators", async () => {
    // bo owns an open space (so moderates it); anna and ada are members; anna posts.
    const gql = async (cookie: string, query: string, variables: object) => {
      const res = await t.gql(query, variables, { cookie });
      expect(res.body.errors).toBeUndefined();
      return res.body.data;
    };
    const space = (
      await gql(p.cookies.bo, `mutation S($input: SpaceInput!) { createSpace(input: $input) { id } }`, {
        input: { name: 'Moderated', visibility: 'OPEN' },
      })
    ).createSpace.id as string;
    for (const cookie of [p.cookies.anna, p.cookies.ada])
      await gql(cookie, `mutation J($id: ID!) { joinSpace(id: $id) { id } }`, { id: space });
    const post = (
      await gql(
        p.cookies.anna,
        `mutation P($s: ID!, $i: PostInput!) { createPost(spaceId: $s, input: $i) { id } }`,
        { s: space, i: { bodyHtml: '<p>Hello</p>' } },
      )
    ).createPost.id as string;

    const onPost = await comment(p.cookies.ada, post, 'Spam spam spam');
    // A comment lives in its target's space.
    expect(await t.dataSource.query(`SELECT space_id FROM content_item WHERE id = $1`, [onPost])).toEqual([
      { space_id: space },
    ]);
    const id = (await report(p.cookies.anna, onPost, 'Spam')).body.data.report.id;
    expect(await queueIds(p.cookies.bo)).toEqual([id]);
    expect(await queueIds(p.cookies.erik)).toContain(id);
    expect(await queueIds(p.cookies.anna)).toEqual([]);
    expect(
      errorOf(
        (await t.gql(MODERATE, { reportId: id, action: 'HIDE', reason: 'x' }, { cookie: p.cookies.anna }))
          .body,
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
    const res = await t.gql(
      MODERATE,
      { reportId: id, action: 'HIDE', reason: 'Spam' },
      { cookie: p.cookies.bo },
    );
    expect(res.body.data.moderate.status).toBe('HIDDEN');
    // The space moderator may also remove comments there, and close comments on the post.
    const other = await comment(p.cookies.anna, post, 'Another');
    expect(
      (
        await t.gql(
          `mutation D($id: ID!) { deleteComment(id: $id, reason: "Off topic") { removed } }`,
          { id: other },
          { cookie: p.cookies.bo },
        )
      ).body.data.deleteComment.removed,
    ).toBe(true);
    expect(
      (
        await t.gql(
          `mutation C($t: ID!) { setCommentsClosed(targetId: $t, closed: true) }`,
          { t: post },
          { cookie: p.cookies.bo },
        )
      ).body.data.setCommentsClosed,
    ).toBe(true);
    expect(
      errorOf(
        (
          await t.gql(
            `mutation C($t: ID!) { setCommentsClosed(targetId: $t, closed: false) }`,
            { t: post },
            { cookie: p.cookies.anna },
          )
        ).body,
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });

    // In threads, a hidden reply shows to the space's moderator (with why), not to other members.
    await t.gql(
      `mutation C($t: ID!) { setCommentsClosed(targetId: $t, closed: false) }`,
      { t: post },
      { cookie: p.cookies.bo },
    );
    const top = await comment(p.cookies.anna, post, 'Question');
    const rude = (
      await t.gql(
        `mutation C($t: ID!, $p: ID) { addComment(targetId: $t, body: "Rude", parentId: $p) { id } }`,
        { t: post, p: top },
        { cookie: p.cookies.ada },
      )
    ).body.data.addComment.id;
    const reportId = (await report(p.cookies.anna, rude, 'Rude')).body.data.report.id;
    await t.gql(MODERATE, { reportId, action: 'HIDE', reason: 'Rude' }, { cookie: p.cookies.erik });
    const replies = async (cookie: string) =>
      (
        await t.gql(
          `query Q($id: ID!) { comment(id: $id) { replies { id hidden { reason } } } }`,
          { id: top },
          { cookie },
        )
      ).body.data.comment.replies;
    expect(await replies(p.cookies.bo)).toEqual([{ id: rude, hidden: { reason: 'Rude' } }]);
    expect(await replies(p.cookies.ada)).toEqual([{ id: rude, hidden: { reason: 'Rude' } }]); // its author (an admin, too)
    expect(await replies(p.cookies.anna)).toEqual([]);
  });

  it('answers viewerCanModerate per role: editors and admins, and owners and moderators of a space; no one else', async () => {
    const [ownerPerson, moderatorPerson, memberPerson] = await insertPeople(t.dataSource, 3, 'can-moderate');
    const [owner, moderator, member] = await Promise.all(
      [ownerPerson, moderatorPerson, memberPerson].map((person) => actor(t, person.email)),
    );
    const canModerate = async (cookie: string): Promise<boolean> => {
      const res = await t.gql(`query { viewerCanModerate }`, {}, { cookie });
      expect(res.body.errors).toBeUndefined();
      return res.body.data.viewerCanModerate;
    };
    const ok = (body: { errors?: unknown }) => expect(body.errors).toBeUndefined();

    expect(await canModerate(owner.cookie)).toBe(false); // nobody in any space yet
    const space = await spaceOf(owner, { name: 'Book club', visibility: 'OPEN' });
    for (const who of [moderator, member])
      ok(await who.gql(`mutation J($id: ID!) { joinSpace(id: $id) { id } }`, { id: space }));
    const setRole = `mutation R($s: ID!, $p: ID!, $r: SpaceRole!) { setMemberRole(spaceId: $s, personId: $p, role: $r) { role } }`;
    ok(await owner.gql(setRole, { s: space, p: moderator.id, r: 'MODERATOR' }));

    expect(await canModerate(p.cookies.anna)).toBe(false); // an employee who moderates no space
    expect(await canModerate(member.cookie)).toBe(false);
    expect(await canModerate(moderator.cookie)).toBe(true);
    expect(await canModerate(owner.cookie)).toBe(true);
    expect(await canModerate(p.cookies.erik)).toBe(true);
    expect(await canModerate(p.cookies.ada)).toBe(true);
    expect((await t.gql(`query { viewerCanModerate }`)).body.errors[0].extensions.code).toBe(
      'UNAUTHENTICATED',
    );

    // The space moderator's queue has the reports on the space's content, which the page lists.
    const post = (
      await member.gql(`mutation P($s: ID!, $i: PostInput!) { createPost(spaceId: $s, input: $i) { id } }`, {
        s: space,
        i: { bodyHtml: '<p>Hi</p>' },
      })
    ).data.createPost.id as string;
    const reportId = (await report(p.cookies.anna, post, 'Off topic')).body.data.report.id;
    expect(await queueIds(moderator.cookie)).toEqual([reportId]);
    expect(await queueIds(member.cookie)).toEqual([]);

    // A moderator made a member again moderates nothing.
    ok(await owner.gql(setRole, { s: space, p: moderator.id, r: 'MEMBER' }));
    expect(await canModerate(moderator.cookie)).toBe(false);
    expect(await queueIds(moderator.cookie)).toEqual([]);
  });

  it('lets editors handle a report on a post in a closed space they are not in, and hides it for members', async () => {
    const gql = async (cookie: string, query: string, variables: object) => {
      const res = await t.gql(query, variables, { cookie });
      expect(res.body.errors).toBeUndefined();
      return res.body.data;
    };
    const space = (
      await gql(p.cookies.bo, `mutation S($input: SpaceInput!) { createSpace(input: $input) { id } }`, {
        input: { name: 'Closed room', visibility: 'CLOSED' },
      })
    ).createSpace.id as string;
    // A second employee, so the one who reports is neither the author nor a moderator.
    const [carlPerson] = await insertPeople(t.dataSource, 1, 'closed-room');
    const carl = await actor(t, carlPerson.email);
    for (const [cookie, personId] of [
      [p.cookies.anna, p.people.anna.id],
      [carl.cookie, carl.id],
    ]) {
      await gql(cookie, `mutation J($id: ID!) { joinSpace(id: $id) { id } }`, { id: space });
      await gql(
        p.cookies.bo,
        `mutation A($s: ID!, $p: ID!) { approveMembership(spaceId: $s, personId: $p) { status } }`,
        { s: space, p: personId },
      );
    }
    const post = (
      await gql(
        p.cookies.anna,
        `mutation P($s: ID!, $i: PostInput!) { createPost(spaceId: $s, input: $i) { id } }`,
        { s: space, i: { bodyHtml: '<p>Buy now</p>' } },
      )
    ).createPost.id as string;
    const reportId = (await gql(carl.cookie, REPORT, { targetId: post, reason: 'Advertising' })).report
      .id as string;

    // erik is no member, and cannot read the space's posts, but sees the report with the post to judge it.
    expect(
      errorOf(
        (
          await t.gql(
            `query Q($id: ID!) { spacePosts(spaceId: $id) { edges { node { id } } } }`,
            { id: space },
            { cookie: p.cookies.erik },
          )
        ).body,
      ),
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
    const queue = await gql(
      p.cookies.erik,
      `query { moderationQueue(first: 50) { edges { node { id post { id bodyHtml } comment { id } } } } }`,
      {},
    );
    expect(queue.moderationQueue.edges.map((e: { node: object }) => e.node)).toContainEqual({
      id: reportId,
      post: { id: post, bodyHtml: '<p>Buy now</p>' },
      comment: null,
    });
    expect(
      (
        await gql(p.cookies.erik, MODERATE, {
          reportId,
          action: 'HIDE',
          reason: 'Advertising is not allowed here',
        })
      ).moderate.status,
    ).toBe('HIDDEN');

    const posts = async (cookie: string) =>
      (
        await gql(
          cookie,
          `query Q($id: ID!) { spacePosts(spaceId: $id) { edges { node { id hidden { reason } } } } }`,
          { id: space },
        )
      ).spacePosts.edges.map((e: { node: object }) => e.node);
    expect(await posts(carl.cookie)).toEqual([]);
    expect(await posts(p.cookies.anna)).toEqual([
      { id: post, hidden: { reason: 'Advertising is not allowed here' } },
    ]);
    expect(await posts(p.cookies.bo)).toEqual([
      { id: post, hidden: { reason: 'Advertising is not allowed here' } },
    ]);
    // The reporter is no moderator: no queue.
    const mine = await t.gql(
      `query { moderationQueue(first: 50) { edges { node { id } } } }`,
      {},
      { cookie: carl.cookie },
    );
    expect(mine.body.data.moderationQueue.edges).toEqual([]);
  });
});
