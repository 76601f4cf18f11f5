import { isAdminRole } from '@commons/shared';
import { forbidden } from '../../common/errors/app-error';
import { Person } from '../people/person.entity';

/** Who may do what with org units and locations. The one place these rules live. */
export class OrganisationPolicy {
  constructor(private readonly actor: Person) {}

  static for(actor: Person): OrganisationPolicy {
    return new OrganisationPolicy(actor);
  }

  /** Everyone signed in reads the structure; only admins change it. */
  canManage(): boolean {
    return isAdminRole(this.actor.role);
  }

  assertCanManage(): void {
    if (!this.canManage()) throw forbidden();
  }

  /** Deactivated units and locations are history, visible to the people who manage them. */
  canSeeInactive(): boolean {
    return isAdminRole(this.actor.role);
  }
}
