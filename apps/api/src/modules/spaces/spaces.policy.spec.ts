import { MembershipStatus, Role, SpaceRole, SpaceVisibility } from '@commons/shared';
import { MembershipFacts, SpacesPolicy } from './spaces.policy';

const employee = { id: 'p1', role: Role.EMPLOYEE };
const editor = { id: 'p2', role: Role.EDITOR };
const active = (role: SpaceRole): MembershipFacts => ({ role, status: MembershipStatus.ACTIVE });
const invited: MembershipFacts = { role: SpaceRole.MEMBER, status: MembershipStatus.INVITED };
const requested: MembershipFacts = { role: SpaceRole.MEMBER, status: MembershipStatus.REQUESTED };

describe('SpacesPolicy', () => {
  it.each([
    [SpaceVisibility.OPEN, null, true, true, false],
    [SpaceVisibility.CLOSED, null, true, false, false],
    [SpaceVisibility.CLOSED, requested, true, false, false],
    [SpaceVisibility.SECRET, null, false, false, false],
    [SpaceVisibility.SECRET, requested, false, false, false],
    [SpaceVisibility.SECRET, invited, true, false, false],
    [SpaceVisibility.SECRET, active(SpaceRole.MEMBER), true, true, true],
    [SpaceVisibility.CLOSED, active(SpaceRole.MEMBER), true, true, true],
  ])('%s space, membership %j: sees %s, reads %s, posts %s', (visibility, membership, sees, reads, posts) => {
    const policy = SpacesPolicy.for(employee, { visibility }, membership);
    expect([policy.canSee(), policy.canSeeContent(), policy.canPost()]).toEqual([sees, reads, posts]);
  });

  it('gives editors no sight into closed or secret spaces', () => {
    expect(SpacesPolicy.for(editor, { visibility: SpaceVisibility.SECRET }, null).canSee()).toBe(false);
    expect(SpacesPolicy.for(editor, { visibility: SpaceVisibility.CLOSED }, null).canSeeContent()).toBe(
      false,
    );
  });

  it('lets moderators manage members and owners everything', () => {
    const moderator = SpacesPolicy.for(
      employee,
      { visibility: SpaceVisibility.OPEN },
      active(SpaceRole.MODERATOR),
    );
    expect([
      moderator.canEdit(),
      moderator.canInvite(),
      moderator.canDecideRequests(),
      moderator.canChangeVisibility(),
      moderator.canSetRoles(),
    ]).toEqual([true, true, true, false, false]);
    expect(moderator.canRemove(active(SpaceRole.MEMBER))).toBe(true);
    expect(moderator.canRemove(active(SpaceRole.MODERATOR))).toBe(false);
    const owner = SpacesPolicy.for(employee, { visibility: SpaceVisibility.OPEN }, active(SpaceRole.OWNER));
    expect([
      owner.canChangeVisibility(),
      owner.canSetRoles(),
      owner.canRemove(active(SpaceRole.OWNER)),
    ]).toEqual([true, true, true]);
    const member = SpacesPolicy.for(employee, { visibility: SpaceVisibility.OPEN }, active(SpaceRole.MEMBER));
    expect([member.canEdit(), member.canInvite(), member.canRemove(active(SpaceRole.MEMBER))]).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('answers NOT_FOUND where the space is invisible and FORBIDDEN where it is not', () => {
    expect(() =>
      SpacesPolicy.for(employee, { visibility: SpaceVisibility.SECRET }, null).assertCanPost(),
    ).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'NOT_FOUND' }) }));
    expect(() =>
      SpacesPolicy.for(employee, { visibility: SpaceVisibility.OPEN }, null).assertCanPost(),
    ).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'FORBIDDEN', reason: 'NOT_A_MEMBER' }),
      }),
    );
  });
});
