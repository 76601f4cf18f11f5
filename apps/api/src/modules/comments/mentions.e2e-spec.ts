import { COMMENT_MENTIONS_MAX } from '@commons/shared';
import {
  ConversationPeople,
  errorOf,
  insertArticle,
  insertPeople,
  signInDemoPeople,
  statementsOf,
} from '../../test-support/conversation-fixtures';
import { createTestApp, TestApp } from '../../test-support/test-app';

const CANDIDATES = `query M($search: String!, $first: Int, $targetId: ID) { mentionCandidates(search: $search, first: $first, targetId: $targetId) { id displayName } }`;
const ADD = `mutation A($targetId: ID!, $body: String!) { addComment(targetId: $targetId, body: $body) { id bodyHtml } }`;
const EDIT = `mutation E($id: ID!, $body: String!) { editComment(id: $id, body: $body) { id bodyHtml } }`;

const mention = (id: string, text = '@someone') => `<a data-mention="${id}">${text}</a>`;

describe('mentions (e2e)', () => {
  let t: TestApp;
  let p: ConversationPeople;

  beforeAll(async () => {
    t = await createTestApp({ seed: true });
    p = await signInDemoPeople(t);
  });
  afterAll(() => t?.close());

  const mentioned = (contentId: string) =>
    t.dataSource
      .query(`SELECT person_id FROM mention WHERE content_id = $1 ORDER BY person_id`, [contentId])
      .then((rows: { person_id: string }[]) => rows.map((r) => r.person_id));

  it('suggests active people by name, prefix matches first', async () => {
    const res = await t.gql(CANDIDATES, { search: 'ann' }, { cookie: p.cookies.bo });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.mentionCandidates[0]).toEqual({
      id: p.people.anna.id,
      displayName: 'Anna Lindqvist',
    });
    await t.dataSource.query(`UPDATE person SET deactivated_at = now() WHERE id = $1`, [p.people.ada.id]);
    try {
      const ada = await t.gql(CANDIDATES, { search: 'Ada Nordin' }, { cookie: p.cookies.bo });
      expect(ada.body.data.mentionCandidates).toEqual([]);
    } finally {
      await t.dataSource.query(`UPDATE person SET deactivated_at = NULL WHERE id = $1`, [p.people.ada.id]);
    }
    expect(
      (await t.gql(CANDIDATES, { search: '  ' }, { cookie: p.cookies.bo })).body.data.mentionCandidates,
    ).toEqual([]);
    expect(
      (await t.gql(CANDIDATES, { search: '%' }, { cookie: p.cookies.bo })).body.data.mentionCandidates,
    ).toEqual([]);
    expect(
      errorOf((await t.gql(CANDIDATES, { search: 'a', first: 500 }, { cookie: p.cookies.bo })).body),
    ).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(errorOf((await t.gql(CANDIDATES, { search: 'a' })).body)).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it('offers under news only the people the article reaches: its audience, its author and the editors', async () => {
    const offered = async (targetId: string | undefined) => {
      const found: string[] = [];
      for (const name of ['Anna Lindqvist', 'Bo Ekström', 'Erik Sandberg']) {
        const res = await t.gql(CANDIDATES, { search: name, targetId }, { cookie: p.cookies.anna });
        expect(res.body.errors).toBeUndefined();
        found.push(...res.body.data.mentionCandidates.map((c: { displayName: string }) => c.displayName));
      }
      return found;
    };
    // For anna's department only, written by anna: bo (IT) is not in it; erik is an editor.
    const targeted = await insertArticle(t.dataSource, p.people.anna.id, { units: [p.caseHandlingUnitId] });
    const comment = (await t.gql(ADD, { targetId: targeted, body: 'First' }, { cookie: p.cookies.anna })).body
      .data.addComment.id;
    const everyone = await insertArticle(t.dataSource, p.people.erik.id);
    expect(await offered(targeted)).toEqual(['Anna Lindqvist', 'Erik Sandberg']);
    expect(await offered(comment)).toEqual(['Anna Lindqvist', 'Erik Sandberg']);
    expect(await offered(everyone)).toEqual(['Anna Lindqvist', 'Bo Ekström', 'Erik Sandberg']);
    expect(await offered(undefined)).toEqual(['Anna Lindqvist', 'Bo Ekström', 'Erik Sandberg']);
    // bo cannot see the targeted article, so its list is no way to learn its audience.
    expect(
      errorOf(
        (await t.gql(CANDIDATES, { search: 'Anna', targetId: targeted }, { cookie: p.cookies.bo })).body,
      ),
    ).toMatchObject({ code: 'NOT_FOUND' });

    // Under a sub-unit of the audience's unit: reached as well.
    const [child] = await t.dataSource.query(
      `INSERT INTO org_unit (kind, name, parent_id) VALUES ('UNIT', 'Mentions sub-unit', $1) RETURNING id`,
      [p.caseHandlingUnitId],
    );
    const [sub] = await insertPeople(t.dataSource, 1, 'mention-sub');
    await t.dataSource.query(`UPDATE person SET org_unit_id = $1 WHERE id = $2`, [child.id, sub.id]);
    const subFound = await t.gql(
      CANDIDATES,
      { search: 'mention-sub', targetId: targeted },
      { cookie: p.cookies.anna },
    );
    expect(subFound.body.data.mentionCandidates.map((c: { id: string }) => c.id)).toEqual([sub.id]);

    // The same number of statements under targeted news as under news for everyone.
    expect(await statementsOf(() => offered(targeted))).toBe(await statementsOf(() => offered(everyone)));
  });

  it('resolves mentions to people, drops unknown ids, and records only people who can see the item', async () => {
    // For anna's department only: bo (IT) cannot see it; erik is an editor and can.
    const article = await insertArticle(t.dataSource, p.people.erik.id, { units: [p.caseHandlingUnitId] });
    const [gone] = await insertPeople(t.dataSource, 1, 'gone');
    await t.dataSource.query(`UPDATE person SET deactivated_at = now() WHERE id = $1`, [gone.id]);
    const unknown = '00000000-0000-4000-8000-000000000000';
    const body =
      `<p>${mention(p.people.erik.id, '@E')} ${mention(p.people.bo.id, '@Bo')} ${mention(unknown, '@Ghost')} ` +
      `${mention(gone.id, '@Gone')} ${mention('not-an-id', '@Junk')} ${mention(p.people.erik.id, '@again')}</p>`;
    const res = await t.gql(ADD, { targetId: article, body }, { cookie: p.cookies.anna });
    expect(res.body.errors).toBeUndefined();
    const { id, bodyHtml } = res.body.data.addComment;
    expect(bodyHtml).toBe(
      `<p><a href="/people/${p.people.erik.id}" data-mention="${p.people.erik.id}">@Erik Sandberg</a> ` +
        `<a href="/people/${p.people.bo.id}" data-mention="${p.people.bo.id}">@Bo Ekström</a> @Ghost @Gone @Junk ` +
        `<a href="/people/${p.people.erik.id}" data-mention="${p.people.erik.id}">@Erik Sandberg</a></p>`,
    );
    // Bo is named (people are public) but not recorded: a notification would point him at something he cannot see.
    expect(await mentioned(id)).toEqual([p.people.erik.id]);

    // An edit makes the record follow the text.
    const edited = await t.gql(
      EDIT,
      { id, body: `<p>Now ${mention(p.people.anna.id)}</p>` },
      { cookie: p.cookies.anna },
    );
    expect(edited.body.errors).toBeUndefined();
    expect(await mentioned(id)).toEqual([p.people.anna.id]);
    await t.gql(`mutation D($id: ID!) { deleteComment(id: $id) { id } }`, { id }, { cookie: p.cookies.anna });
    expect(await mentioned(id)).toEqual([]);
  });

  it(`refuses more than ${COMMENT_MENTIONS_MAX} people in one comment, writing nothing`, async () => {
    const article = await insertArticle(t.dataSource, p.people.erik.id);
    const crowd = await insertPeople(t.dataSource, COMMENT_MENTIONS_MAX + 1, 'crowd');
    const res = await t.gql(
      ADD,
      { targetId: article, body: crowd.map((c) => mention(c.id)).join(' ') },
      { cookie: p.cookies.anna },
    );
    expect(errorOf(res.body)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'body',
      reason: 'TOO_MANY_MENTIONS',
    });
    expect(await t.dataSource.query(`SELECT 1 FROM comment WHERE target_id = $1`, [article])).toEqual([]);
  });
});
