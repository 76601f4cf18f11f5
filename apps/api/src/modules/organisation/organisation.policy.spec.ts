import { Role } from '@commons/shared';
import { Person } from '../people/person.entity';
import { OrganisationPolicy } from './organisation.policy';

const actor = (role: Role): Person => Object.assign(new Person(), { id: 'actor', role, deactivatedAt: null });

describe('OrganisationPolicy', () => {
  it.each([
    [Role.EMPLOYEE, false],
    [Role.EDITOR, false],
    [Role.ADMIN, true],
  ])('%s may manage org units and locations and see deactivated ones: %s', (role, allowed) => {
    const policy = OrganisationPolicy.for(actor(role));
    expect(policy.canManage()).toBe(allowed);
    expect(policy.canSeeInactive()).toBe(allowed);
    if (allowed) expect(() => policy.assertCanManage()).not.toThrow();
    else
      expect(() => policy.assertCanManage()).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
      );
  });
});
