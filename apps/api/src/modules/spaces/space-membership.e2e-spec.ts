import { Actor, countOf, errorOf, spaceOf } from '../../test-support/conversation-fixtures';
import {
  UPDATE,
  GET,
  LIST,
  JOIN,
  LEAVE,
  INVITE,
  APPROVE,
  REJECT,
  REMOVE,
  WITHDRAW,
  INVITATIONS,
  SET_ROLE,
  spacePeople,
} from '../../test-support/space-operations';
import { createTestApp, TestApp } from '../../test-support/test-app';
import { ContentAccess } from '../content/content-access';

/** Membership per visibility and role: join, requests, invitations, roles, the last owner, member lists. */
describe('space membership (e2e)', () => {
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

  it('OPEN: anyone joins at once, sees members, leaves', async () => {
    const id = await spaceOf(anna, { name: 'Öppna rummet', visibility: 'OPEN' });
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
    const id = await spaceOf(anna, { name: 'Ledningsgruppen', visibility: 'CLOSED' });
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

  it('invitations: moderators and owners invite; members cannot; unknown people are refused; a requester is let in', async () => {
    const id = await spaceOf(anna, { name: 'Inbjudningar', visibility: 'CLOSED' });
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

  it('pending invitations: listed for moderators and owners only; withdrawn by them, never a member by mistake', async () => {
    const id = await spaceOf(anna, { name: 'Återkallade', visibility: 'CLOSED' });
    await anna.gql(INVITE, { spaceId: id, personIds: [bo.id] });
    expect((await bo.gql(JOIN, { id })).errors).toBeUndefined(); // bo accepts: now a member
    await anna.gql(INVITE, { spaceId: id, personIds: [karin.id] });
    const invitations = async (who: Actor) =>
      (await who.gql(INVITATIONS, { id })).data?.space?.pendingInvitations;
    expect(await invitations(anna)).toEqual({
      totalCount: 1,
      edges: [{ node: { status: 'INVITED', person: { email: 'karin.holm@demo.commons' } } }],
    });
    expect(await invitations(bo)).toBeNull(); // a plain member
    expect(await invitations(karin)).toBeNull(); // the invitee herself

    // A member cannot withdraw; nobody can "withdraw" a membership; nothing changes either way.
    expect(errorOf(await bo.gql(WITHDRAW, { spaceId: id, personId: karin.id }))?.code).toBe('FORBIDDEN');
    expect(errorOf(await anna.gql(WITHDRAW, { spaceId: id, personId: bo.id }))).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(errorOf(await anna.gql(WITHDRAW, { spaceId: id, personId: 'not-an-id' }))).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await countOf(t, 'space_member', 'space_id = $1', [id])).toBe(3);

    expect((await anna.gql(WITHDRAW, { spaceId: id, personId: karin.id })).errors).toBeUndefined();
    expect(await invitations(anna)).toEqual({ totalCount: 0, edges: [] });
    expect(await countOf(t, 'space_member', 'space_id = $1', [id])).toBe(2);
    expect(errorOf(await karin.gql(JOIN, { id }))).toBeUndefined(); // a CLOSED space: she may still ask
    expect(
      await countOf(t, 'audit_entry', `action = 'space.withdraw_invitation' AND target_id = $1`, [id]),
    ).toBe(1);
  });

  it('roles: the last owner can neither leave nor be demoted; moderators manage members but not owners, roles or visibility', async () => {
    const id = await spaceOf(anna, { name: 'Roller', visibility: 'OPEN' });
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
    const id = await spaceOf(anna, { name: 'Samtidigt', visibility: 'OPEN' });
    await bo.gql(JOIN, { id });
    await anna.gql(SET_ROLE, { spaceId: id, personId: bo.id, role: 'OWNER' });
    const results = await Promise.all([anna.gql(LEAVE, { id }), bo.gql(LEAVE, { id })]);
    expect(results.filter((r) => r.errors).map(errorOf)).toEqual([
      expect.objectContaining({ code: 'CONFLICT', reason: 'LAST_OWNER' }),
    ]);
    expect(await countOf(t, 'space_member', `space_id = $1 AND role = 'OWNER'`, [id])).toBe(1);
  });

  it('registers SpaceModeration: owners and moderators moderate their space, members do not', async () => {
    const id = await spaceOf(anna, { name: 'Moderering', visibility: 'OPEN' });
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
    const id = await spaceOf(anna, { name: 'Medlemmar', visibility: 'OPEN' });
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
});
