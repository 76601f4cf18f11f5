import { DEMO_ACCOUNTS } from '../../database/seed/demo-seed.data';
import {
  Actor,
  actor,
  countOf,
  errorOf,
  imageOf,
  statementsOf,
} from '../../test-support/conversation-fixtures';
import { createTestApp, TestApp } from '../../test-support/test-app';
import { ContentAccess } from '../content/content-access';

const SPACE_FIELDS = `id name description visibility memberCount viewerCanPost viewerCanModerate
  cover { id alt } viewerMembership { role status }`;
const CREATE = `mutation C($input: SpaceInput!) { createSpace(input: $input) { ${SPACE_FIELDS} } }`;
const UPDATE = `mutation U($id: ID!, $input: SpaceInput!) { updateSpace(id: $id, input: $input) { ${SPACE_FIELDS} } }`;
const GET = `query S($id: ID!) { space(id: $id) { ${SPACE_FIELDS}
  members(first: 50) { totalCount edges { node { role status person { email } } } }
  pendingRequests(first: 50) { totalCount edges { node { status person { email } } } } } }`;
const LIST = `query L($filter: SpacesFilter, $first: Int, $after: String) {
  spaces(filter: $filter, first: $first, after: $after) { edges { cursor node { id name viewerMembership { status } memberCount } } pageInfo { hasNextPage endCursor } } }`;
const JOIN = `mutation J($id: ID!) { joinSpace(id: $id) { id viewerMembership { role status } } }`;
const LEAVE = `mutation L($id: ID!) { leaveSpace(id: $id) { id viewerMembership { status } } }`;
const INVITE = `mutation I($spaceId: ID!, $personIds: [ID!]!) { inviteToSpace(spaceId: $spaceId, personIds: $personIds) { id } }`;
const APPROVE = `mutation A($spaceId: ID!, $personId: ID!) { approveMembership(spaceId: $spaceId, personId: $personId) { role status } }`;
const REJECT = `mutation R($spaceId: ID!, $personId: ID!) { rejectMembership(spaceId: $spaceId, personId: $personId) { id } }`;
const REMOVE = `mutation R($spaceId: ID!, $personId: ID!) { removeMember(spaceId: $spaceId, personId: $personId) { id } }`;
const SET_ROLE = `mutation S($spaceId: ID!, $personId: ID!, $role: SpaceRole!) { setMemberRole(spaceId: $spaceId, personId: $personId, role: $role) { role status } }`;

/** Spaces and membership, per role and per visibility. */
describe('spaces (e2e)', () => {
  let t: TestApp;
  let anna: Actor;
  let bo: Actor;
  let erik: Actor;
  let ada: Actor;
  let karin: Actor;

  beforeAll(async () => {
    t = await createTestApp({ seed: true });
    [anna, bo, erik, ada, karin] = await Promise.all(
      [
        DEMO_ACCOUNTS.employee,
        DEMO_ACCOUNTS.itEmployee,
        DEMO_ACCOUNTS.editor,
        DEMO_ACCOUNTS.admin,
        'karin.holm@demo.commons',
      ].map((e) => actor(t, e)),
    );
  });
  afterAll(() => t?.close());

  async function create(who: Actor, input: object): Promise<string> {
    const body = await who.gql(CREATE, { input });
    expect(body.errors).toBeUndefined();
    return body.data.createSpace.id;
  }

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

  it('OPEN: anyone joins at once, sees members, leaves', async () => {
    const id = await create(anna, { name: 'Öppna rummet', visibility: 'OPEN' });
    expect((await bo.gql(GET, { id })).data.space).toMatchObject({
      viewerMembership: null,
      viewerCanPost: false,
      members: { totalCount: 1 },
      pendingRequests: null,
    });
    expect((await bo.gql(JOIN, { id })).data.joinSpace.viewerMembership).toEqual({
      role: 'MEMBER',
      status: 'ACTIVE',
    });
    // Joining again changes nothing.
    expect((await bo.gql(JOIN, { id })).data.joinSpace.viewerMembership).toEqual({
      role: 'MEMBER',
      status: 'ACTIVE',
    });
    const space = (await bo.gql(GET, { id })).data.space;
    expect(space).toMatchObject({ memberCount: 2, viewerCanPost: true, viewerCanModerate: false });
    expect(
      space.members.edges.map((e: { node: { person: { email: string } } }) => e.node.person.email),
    ).toEqual([anna.email, bo.email]);
    const mine = (await bo.gql(LIST, { filter: { scope: 'MINE' }, first: 100 })).data.spaces.edges.map(
      (e: { node: { id: string } }) => e.node.id,
    );
    expect(mine).toContain(id);
    expect((await bo.gql(LEAVE, { id })).data.leaveSpace.viewerMembership).toBeNull();
    expect(await countOf(t, 'space_member', 'space_id = $1', [id])).toBe(1);
  });

  it('CLOSED: joining is a request that owners and moderators approve or reject; members only see members', async () => {
    const id = await create(anna, { name: 'Ledningsgruppen', visibility: 'CLOSED' });
    // Anyone sees that it exists, not who is in it.
    expect((await bo.gql(GET, { id })).data.space).toMatchObject({
      name: 'Ledningsgruppen',
      members: null,
      pendingRequests: null,
      memberCount: 1,
    });
    expect((await bo.gql(JOIN, { id })).data.joinSpace.viewerMembership).toEqual({
      role: 'MEMBER',
      status: 'REQUESTED',
    });
    expect((await bo.gql(GET, { id })).data.space).toMatchObject({ viewerCanPost: false, members: null });
    // A requester cannot approve themselves; an editor is no moderator here.
    for (const who of [bo, erik])
      expect(errorOf(await who.gql(APPROVE, { spaceId: id, personId: bo.id }))?.code).toBe('FORBIDDEN');
    const seen = (await anna.gql(GET, { id })).data.space.pendingRequests;
    expect(seen).toMatchObject({
      totalCount: 1,
      edges: [{ node: { status: 'REQUESTED', person: { email: bo.email } } }],
    });
    expect((await anna.gql(APPROVE, { spaceId: id, personId: bo.id })).data.approveMembership).toEqual({
      role: 'MEMBER',
      status: 'ACTIVE',
    });
    expect(errorOf(await anna.gql(APPROVE, { spaceId: id, personId: bo.id }))?.code).toBe('NOT_FOUND');
    expect((await bo.gql(GET, { id })).data.space).toMatchObject({
      viewerCanPost: true,
      members: { totalCount: 2 },
    });

    expect((await erik.gql(JOIN, { id })).data.joinSpace.viewerMembership.status).toBe('REQUESTED');
    expect(errorOf(await bo.gql(REJECT, { spaceId: id, personId: erik.id }))?.code).toBe('FORBIDDEN');
    expect((await anna.gql(REJECT, { spaceId: id, personId: erik.id })).errors).toBeUndefined();
    expect(await countOf(t, 'space_member', 'space_id = $1 AND person_id = $2', [id, erik.id])).toBe(0);
    const actions = await t.dataSource.query(
      `SELECT action FROM audit_entry WHERE target_id = $1 ORDER BY at, action`,
      [id],
    );
    expect(actions.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining(['space.request', 'space.approve', 'space.reject']),
    );
  });

  it('SECRET: invisible to non-members everywhere (space, lists, search, join) until invited — editors and admins too', async () => {
    const id = await create(anna, {
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

  it('invitations: moderators and owners invite; members cannot; unknown people are refused; a requester is let in', async () => {
    const id = await create(anna, { name: 'Inbjudningar', visibility: 'CLOSED' });
    expect((await bo.gql(JOIN, { id })).data.joinSpace.viewerMembership.status).toBe('REQUESTED');
    expect((await anna.gql(INVITE, { spaceId: id, personIds: [bo.id, karin.id] })).errors).toBeUndefined();
    const rows = await t.dataSource.query(
      `SELECT person_id, status FROM space_member WHERE space_id = $1 ORDER BY created_at`,
      [id],
    );
    expect(rows).toEqual([
      { person_id: anna.id, status: 'ACTIVE' },
      { person_id: bo.id, status: 'ACTIVE' },
      { person_id: karin.id, status: 'INVITED' },
    ]);
    expect(errorOf(await bo.gql(INVITE, { spaceId: id, personIds: [erik.id] }))?.code).toBe('FORBIDDEN');
    expect(
      errorOf(await anna.gql(INVITE, { spaceId: id, personIds: ['00000000-0000-4000-8000-000000000000'] })),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'UNKNOWN_PERSON',
    });
    expect(errorOf(await anna.gql(INVITE, { spaceId: id, personIds: [] }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'REQUIRED',
    });
    // Declining an invitation is leaving.
    await karin.gql(LEAVE, { id });
    expect(await countOf(t, 'space_member', 'space_id = $1', [id])).toBe(2);
  });

  it('roles: the last owner can neither leave nor be demoted; moderators manage members but not owners, roles or visibility', async () => {
    const id = await create(anna, { name: 'Roller', visibility: 'OPEN' });
    for (const who of [bo, karin, erik]) await who.gql(JOIN, { id });
    expect(errorOf(await anna.gql(LEAVE, { id }))).toMatchObject({ code: 'CONFLICT', reason: 'LAST_OWNER' });
    expect(
      errorOf(await anna.gql(SET_ROLE, { spaceId: id, personId: anna.id, role: 'MEMBER' })),
    ).toMatchObject({ code: 'CONFLICT', reason: 'LAST_OWNER' });

    // Members cannot set roles or remove anyone.
    expect(errorOf(await bo.gql(SET_ROLE, { spaceId: id, personId: bo.id, role: 'OWNER' }))?.code).toBe(
      'FORBIDDEN',
    );
    expect(errorOf(await bo.gql(REMOVE, { spaceId: id, personId: karin.id }))?.code).toBe('FORBIDDEN');
    expect(errorOf(await bo.gql(UPDATE, { id, input: { name: 'Mitt nu' } }))?.code).toBe('FORBIDDEN');

    expect(
      (await anna.gql(SET_ROLE, { spaceId: id, personId: bo.id, role: 'MODERATOR' })).data.setMemberRole,
    ).toEqual({ role: 'MODERATOR', status: 'ACTIVE' });
    // A moderator renames and removes members, but not owners; does not change visibility or roles.
    expect((await bo.gql(UPDATE, { id, input: { name: 'Rollerna' } })).data.updateSpace.name).toBe(
      'Rollerna',
    );
    expect(errorOf(await bo.gql(UPDATE, { id, input: { visibility: 'SECRET' } }))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'OWNER_ONLY',
    });
    expect(errorOf(await bo.gql(REMOVE, { spaceId: id, personId: anna.id }))?.code).toBe('FORBIDDEN');
    expect(
      errorOf(await bo.gql(SET_ROLE, { spaceId: id, personId: karin.id, role: 'MODERATOR' }))?.code,
    ).toBe('FORBIDDEN');
    expect((await bo.gql(REMOVE, { spaceId: id, personId: karin.id })).errors).toBeUndefined();
    expect(errorOf(await bo.gql(REMOVE, { spaceId: id, personId: karin.id }))?.code).toBe('NOT_FOUND');
    expect((await bo.gql(GET, { id })).data.space.pendingRequests).toEqual({ totalCount: 0, edges: [] });

    // With a second owner, the first may leave.
    await anna.gql(SET_ROLE, { spaceId: id, personId: erik.id, role: 'OWNER' });
    expect(
      (await anna.gql(UPDATE, { id, input: { visibility: 'CLOSED' } })).data.updateSpace.visibility,
    ).toBe('CLOSED');
    expect((await anna.gql(LEAVE, { id })).errors).toBeUndefined();
    expect(errorOf(await erik.gql(LEAVE, { id }))).toMatchObject({ code: 'CONFLICT', reason: 'LAST_OWNER' });
    const members = await t.dataSource.query(
      `SELECT person_id, role FROM space_member WHERE space_id = $1 ORDER BY role`,
      [id],
    );
    expect(members).toEqual(
      expect.arrayContaining([
        { person_id: erik.id, role: 'OWNER' },
        { person_id: bo.id, role: 'MODERATOR' },
      ]),
    );
  });

  it('two owners leaving at once: one succeeds, the space keeps an owner', async () => {
    const id = await create(anna, { name: 'Samtidigt', visibility: 'OPEN' });
    await bo.gql(JOIN, { id });
    await anna.gql(SET_ROLE, { spaceId: id, personId: bo.id, role: 'OWNER' });
    const results = await Promise.all([anna.gql(LEAVE, { id }), bo.gql(LEAVE, { id })]);
    expect(results.filter((r) => r.errors).map(errorOf)).toEqual([
      expect.objectContaining({ code: 'CONFLICT', reason: 'LAST_OWNER' }),
    ]);
    expect(await countOf(t, 'space_member', `space_id = $1 AND role = 'OWNER'`, [id])).toBe(1);
  });

  it('updates the cover (alt required) and clears it', async () => {
    const id = await create(anna, { name: 'Omslag', visibility: 'OPEN' });
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

  it('registers SpaceModeration: owners and moderators moderate their space, members do not', async () => {
    const id = await create(anna, { name: 'Moderering', visibility: 'OPEN' });
    await bo.gql(JOIN, { id });
    const access = t.app.get(ContentAccess);
    const ref = {
      id: '00000000-0000-4000-8000-000000000001',
      kind: 'POST' as const,
      authorId: bo.id,
      spaceId: id,
      hiddenAt: null,
    };
    const person = async (a: Actor) =>
      ({
        id: a.id,
        role: (await t.dataSource.query(`SELECT role FROM person WHERE id = $1`, [a.id]))[0].role,
      }) as never;
    expect((await access.moderatable(await person(anna), [ref])).size).toBe(1);
    expect((await access.moderatable(await person(bo), [ref])).size).toBe(0);
  });

  it('pages members oldest first', async () => {
    const id = await create(anna, { name: 'Medlemmar', visibility: 'OPEN' });
    for (const who of [bo, karin, erik, ada]) await who.gql(JOIN, { id });
    const PAGE = `query M($id: ID!, $after: String) { space(id: $id) { members(first: 2, after: $after) {
      totalCount edges { node { person { email } } } pageInfo { hasNextPage endCursor } } } }`;
    const emails: string[] = [];
    let after: string | null = null;
    for (;;) {
      const members: {
        totalCount: number;
        edges: { node: { person: { email: string } } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      } = (await bo.gql(PAGE, { id, after })).data.space.members;
      expect(members.totalCount).toBe(5);
      emails.push(...members.edges.map((e) => e.node.person.email));
      if (!members.pageInfo.hasNextPage) break;
      after = members.pageInfo.endCursor;
    }
    expect(emails).toEqual([anna, bo, karin, erik, ada].map((a) => a.email));
  });

  it('pages the list by name with a fixed number of statements', async () => {
    for (let i = 0; i < 12; i++)
      await create(karin, {
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
