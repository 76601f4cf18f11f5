import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoContent } from './demo-seed';
import { DEMO_SPACES } from './demo-spaces';
import { sanitiseLightText } from '../../common/sanitising/html-sanitiser';
import { createTestApp, TestApp } from '../../test-support/test-app';

const SPACES = `query Q($scope: SpaceScope!) { spaces(filter: { scope: $scope }) { edges { node { name visibility memberCount viewerMembership { status role } } } } }`;
const SPACE_POSTS = `query Q($id: ID!) { spacePosts(spaceId: $id) { edges { node { bodyHtml link author { displayName } poll { question options { label } } } } } }`;

describe('demo spaces (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ seed: true });
  });
  afterAll(() => t?.close());

  const everything = async () =>
    (
      await t.dataSource.query(
        `SELECT (SELECT coalesce(string_agg(x::text, ',' ORDER BY x.id), '') FROM space x) AS space,
                (SELECT coalesce(string_agg(x::text, ',' ORDER BY x.space_id, x.person_id), '') FROM space_member x) AS space_member,
                (SELECT coalesce(string_agg(x::text, ',' ORDER BY x.id), '') FROM post x) AS post,
                (SELECT coalesce(string_agg(x::text, ',' ORDER BY x.id), '') FROM poll x) AS poll,
                (SELECT coalesce(string_agg(x::text, ',' ORDER BY x.id), '') FROM poll_option x) AS poll_option`,
      )
    )[0];
  const spaceId = async (name: string) =>
    (await t.dataSource.query(`SELECT id FROM space WHERE name = $1`, [name]))[0].id as string;

  it('seeds an OPEN, a CLOSED and a SECRET space once; a second run changes nothing', async () => {
    const rows = await t.dataSource.query(`SELECT name, visibility FROM space ORDER BY name`);
    // Without media storage, the text-only demo: the showcase (demo-showcase.e2e-spec) stays out.
    const base = DEMO_SPACES.filter((s) => !s.showcase);
    expect(rows).toEqual(
      base
        .map((s) => ({ name: s.name, visibility: s.visibility }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    );
    const [posts] = await t.dataSource.query(`SELECT count(*)::int AS n FROM post`);
    expect(posts.n).toBe(base.reduce((n, s) => n + s.posts.filter((p) => !p.showcase).length, 0));
    const before = await everything();
    expect(await seedDemoContent(t.dataSource)).toEqual({ created: false });
    expect(await everything()).toEqual(before);
  });

  it('leaves anna outside every space: she can join the open one, ask to join the closed one and never sees the secret one', async () => {
    const anna = await t.login(DEMO_ACCOUNTS.employee, DEMO_PASSWORD);
    const all = (await t.gql(SPACES, { scope: 'ALL' }, { cookie: anna })).body.data.spaces.edges.map(
      (e: { node: unknown }) => e.node,
    );
    expect(all).toEqual([
      { name: 'Lunchpromenader', visibility: 'OPEN', memberCount: 3, viewerMembership: null },
      { name: 'Systemförvaltning', visibility: 'CLOSED', memberCount: 2, viewerMembership: null },
    ]);
    expect((await t.gql(SPACES, { scope: 'MINE' }, { cookie: anna })).body.data.spaces.edges).toEqual([]);

    const open = (await t.gql(SPACE_POSTS, { id: await spaceId('Lunchpromenader') }, { cookie: anna })).body
      .data.spacePosts.edges;
    expect(open.map((e: { node: { author: { displayName: string } } }) => e.node.author.displayName)).toEqual(
      ['Erik Sandberg', 'Bo Ekström'],
    );
    expect(open[0].node.link).toBe('https://example.org/promenadstrak');
  });

  it('gives ada the closed space with its poll and the secret one she owns', async () => {
    const ada = await t.login(DEMO_ACCOUNTS.admin, DEMO_PASSWORD);
    const mine = (await t.gql(SPACES, { scope: 'MINE' }, { cookie: ada })).body.data.spaces.edges.map(
      (e: { node: { name: string; viewerMembership: unknown } }) => [e.node.name, e.node.viewerMembership],
    );
    expect(mine).toEqual([
      ['Ledningsgruppens planering', { status: 'ACTIVE', role: 'OWNER' }],
      ['Systemförvaltning', { status: 'ACTIVE', role: 'OWNER' }],
    ]);
    const closed = (await t.gql(SPACE_POSTS, { id: await spaceId('Systemförvaltning') }, { cookie: ada }))
      .body.data.spacePosts.edges;
    expect(closed[0].node.poll).toEqual({
      question: 'Vilken dag passar bäst för releasen?',
      options: [{ label: 'Tisdag' }, { label: 'Onsdag' }, { label: 'Torsdag' }],
    });
  });

  it('stores post bodies that are already clean', async () => {
    const rows: { body_html: string }[] = await t.dataSource.query(`SELECT body_html FROM post`);
    for (const row of rows) expect(sanitiseLightText(row.body_html)).toBe(row.body_html);
  });
});
