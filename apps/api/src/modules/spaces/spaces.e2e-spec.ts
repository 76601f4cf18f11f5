import {
  Actor,
  countOf,
  errorOf,
  imageOf,
  spaceOf,
  statementsOf,
} from '../../test-support/conversation-fixtures';
import {
  CREATE,
  UPDATE,
  GET,
  LIST,
  JOIN,
  LEAVE,
  INVITE,
  spacePeople,
} from '../../test-support/space-operations';
import { createTestApp, TestApp } from '../../test-support/test-app';

/** Spaces: create, update, bad input, SECRET visibility and the list, per role. */
describe('spaces (e2e)', () => {
  let t: TestApp;
  let anna: Actor;
  let bo: Actor;
  let erik: Actor;
  let ada: Actor;
  let karin: Actor;

  beforeAll(async () => {
    t = await createTestApp({ seed: true });
    ({ anna, bo, erik, ada, karin } = await spacePeople(t));
  });
  afterAll(() => t?.close());

  it('creates a space with its creator as OWNER, a cover with alt text, and an audit entry', async () => {
    const cover = await imageOf(t, anna.id);
    const body = await anna.gql(CREATE, {
      input: {
        name: '  Bokklubben  ',
        description: 'Vi läser.\n\nVarje månad.',
        visibility: 'OPEN',
        coverMediaId: cover,
        coverAlt: 'Böcker på en hylla',
      },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data.createSpace).toMatchObject({
      name: 'Bokklubben',
      description: 'Vi läser.\n\nVarje månad.',
      visibility: 'OPEN',
      memberCount: 1,
      viewerCanPost: true,
      viewerCanModerate: true,
      cover: { id: cover, alt: 'Böcker på en hylla' },
      viewerMembership: { role: 'OWNER', status: 'ACTIVE' },
    });
    const audit = await t.dataSource.query(
      `SELECT actor_id FROM audit_entry WHERE action = 'space.create' AND target_id = $1`,
      [body.data.createSpace.id],
    );
    expect(audit).toEqual([{ actor_id: anna.id }]);
  });

  it('refuses bad input with a clear error and writes nothing', async () => {
    const before = await countOf(t, 'space');
    const mine = await imageOf(t, anna.id);
    const others = await imageOf(t, bo.id);
    const cases: [object, string, string][] = [
      [{ name: '   ', visibility: 'OPEN' }, 'name', 'REQUIRED'],
      [{ name: '<b></b>', visibility: 'OPEN' }, 'name', 'REQUIRED'],
      [{ name: 'x'.repeat(81), visibility: 'OPEN' }, 'name', 'TOO_LONG'],
      [{ name: 'Ok', visibility: 'OPEN', description: 'y'.repeat(1001) }, 'description', 'TOO_LONG'],
      [{ name: 'Ok' }, 'visibility', 'REQUIRED'],
      [{ name: 'Ok', visibility: 'OPEN', coverMediaId: mine }, 'coverAlt', 'REQUIRED'],
      [{ name: 'Ok', visibility: 'OPEN', coverMediaId: mine, coverAlt: '  ' }, 'coverAlt', 'REQUIRED'],
      [
        { name: 'Ok', visibility: 'OPEN', coverMediaId: others, coverAlt: 'Not mine' },
        'coverMediaId',
        'UNKNOWN_MEDIA',
      ],
      [
        { name: 'Ok', visibility: 'OPEN', coverMediaId: 'nope', coverAlt: 'x' },
        'coverMediaId',
        'UNKNOWN_MEDIA',
      ],
    ];
    for (const [input, field, reason] of cases) {
      expect({ input, error: errorOf(await anna.gql(CREATE, { input })) }).toEqual({
        input,
        error: expect.objectContaining({ code: 'BAD_USER_INPUT', field, reason }),
      });
    }
    expect(errorOf(await anna.gql(CREATE, { input: { name: 'Ok', visibility: 'PUBLIC' } }))?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect(await countOf(t, 'space')).toBe(before);
  });

  it('neutralises script and event-handler payloads in names and descriptions (plain text, no markup)', async () => {
    const body = await anna.gql(CREATE, {
      input: {
        name: '<img src=x onerror=alert(1)>Fika<script>alert("x")</script>',
        description: 'Hej <a href="javascript:alert(1)" onclick="steal()">klicka</a><svg onload=alert(1)>',
        visibility: 'OPEN',
      },
    });
    expect(body.errors).toBeUndefined();
    const { name, description } = body.data.createSpace;
    expect(name).toBe('Fikaalert("x")');
    expect(description).toBe('Hej klicka');
    for (const text of [name, description]) expect(text).not.toMatch(/<|onerror|onclick|onload|javascript:/);
    const [row] = await t.dataSource.query(`SELECT name, description FROM space WHERE id = $1`, [
      body.data.createSpace.id,
    ]);
    expect(row).toEqual({ name, description });
  });

  it('SECRET: invisible to non-members everywhere (space, lists, search, join) until invited — editors and admins too', async () => {
    const id = await spaceOf(anna, {
      name: 'Hemliga projektet Zebra',
      description: 'zebra',
      visibility: 'SECRET',
    });
    const ids = async (who: Actor, filter: object) =>
      (await who.gql(LIST, { filter, first: 100 })).data.spaces.edges.map(
        (e: { node: { id: string } }) => e.node.id,
      );
    for (const who of [bo, erik, ada]) {
      expect(errorOf(await who.gql(GET, { id }))).toMatchObject({ code: 'NOT_FOUND' });
      for (const filter of [{ scope: 'ALL' }, { scope: 'DISCOVER' }, { scope: 'MINE' }, { search: 'Zebra' }])
        expect(await ids(who, filter)).not.toContain(id);
      expect(errorOf(await who.gql(JOIN, { id }))).toMatchObject({ code: 'NOT_FOUND' });
      expect(errorOf(await who.gql(LEAVE, { id }))).toMatchObject({ code: 'NOT_FOUND' });
      expect(errorOf(await who.gql(INVITE, { spaceId: id, personIds: [who.id] }))).toMatchObject({
        code: 'NOT_FOUND',
      });
    }
    expect(await countOf(t, 'space_member', 'space_id = $1', [id])).toBe(1);
    expect(await ids(anna, { search: 'zebra' })).toEqual([id]);

    expect((await anna.gql(INVITE, { spaceId: id, personIds: [bo.id] })).errors).toBeUndefined();
    // The invited person sees the space (to accept), not its members.
    expect((await bo.gql(GET, { id })).data.space).toMatchObject({
      viewerMembership: { status: 'INVITED' },
      members: null,
      viewerCanPost: false,
    });
    expect(await ids(bo, { scope: 'DISCOVER' })).toContain(id);
    expect((await bo.gql(JOIN, { id })).data.joinSpace.viewerMembership).toEqual({
      role: 'MEMBER',
      status: 'ACTIVE',
    });
    expect(await ids(bo, { scope: 'MINE' })).toContain(id);
    expect(errorOf(await erik.gql(GET, { id }))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('updates the cover (alt required) and clears it', async () => {
    const id = await spaceOf(anna, { name: 'Omslag', visibility: 'OPEN' });
    const image = await imageOf(t, anna.id);
    expect(errorOf(await anna.gql(UPDATE, { id, input: { coverMediaId: image } }))).toMatchObject({
      field: 'coverAlt',
      reason: 'REQUIRED',
    });
    expect(
      (await anna.gql(UPDATE, { id, input: { coverMediaId: image, coverAlt: 'Solnedgång' } })).data
        .updateSpace.cover,
    ).toEqual({ id: image, alt: 'Solnedgång' });
    expect((await anna.gql(UPDATE, { id, input: { coverMediaId: null } })).data.updateSpace.cover).toBeNull();
    expect(
      await t.dataSource.query(`SELECT cover_media_id, cover_alt FROM space WHERE id = $1`, [id]),
    ).toEqual([{ cover_media_id: null, cover_alt: null }]);
  });

  it('pages the list by name with a fixed number of statements', async () => {
    for (let i = 0; i < 12; i++)
      await spaceOf(karin, {
        name: `Sida ${String(i).padStart(2, '0')}`,
        visibility: i % 3 === 0 ? 'SECRET' : 'OPEN',
      });
    const all: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: {
        edges: { node: { name: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      } = (await karin.gql(LIST, { filter: { search: 'Sida' }, first: 5, after })).data.spaces;
      all.push(...page.edges.map((e) => e.node.name));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(all).toEqual([...Array(12).keys()].map((i) => `Sida ${String(i).padStart(2, '0')}`));
    const bosView = (await bo.gql(LIST, { filter: { search: 'Sida' }, first: 50 })).data.spaces.edges.length;
    expect(bosView).toBe(8);
    const count = (first: number) =>
      statementsOf(() => karin.gql(LIST, { filter: { search: 'Sida' }, first }));
    await count(2);
    expect(await count(10)).toBe(await count(2));
    expect(errorOf(await karin.gql(LIST, { after: 'garbage' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_CURSOR',
    });
  });
});
