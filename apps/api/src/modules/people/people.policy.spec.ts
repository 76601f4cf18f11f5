import { Role } from '@commons/shared';
import { Person } from './person.entity';
import { PeoplePolicy } from './people.policy';

const person = (role: Role, id = `${role}-id`, deactivatedAt: Date | null = null): Person =>
  Object.assign(new Person(), { id, role, deactivatedAt });

describe('PeoplePolicy', () => {
  it.each([
    [Role.EMPLOYEE, false],
    [Role.EDITOR, false],
    [Role.ADMIN, true],
  ])('%s may manage people: %s', (role, allowed) => {
    const policy = PeoplePolicy.for(person(role));
    expect(policy.canManage()).toBe(allowed);
    if (allowed) expect(() => policy.assertCanManage()).not.toThrow();
    else
      expect(() => policy.assertCanManage()).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
      );
  });

  it.each([
    [Role.EMPLOYEE, false],
    [Role.EDITOR, false],
    [Role.ADMIN, true],
  ])('%s sees deactivated people: %s; everyone sees active people', (role, allowed) => {
    const policy = PeoplePolicy.for(person(role));
    expect(policy.canSee(person(Role.EMPLOYEE, 'gone', new Date()))).toBe(allowed);
    expect(policy.canSeeInactive()).toBe(allowed);
    expect(policy.canSee(person(Role.EMPLOYEE, 'here'))).toBe(true);
  });

  it('stops an admin from acting on their own account', () => {
    const admin = person(Role.ADMIN);
    expect(() => PeoplePolicy.for(admin).assertNotSelf(admin)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN', reason: 'SELF' }) }),
    );
    expect(() => PeoplePolicy.for(admin).assertNotSelf(person(Role.ADMIN, 'other'))).not.toThrow();
  });
});
