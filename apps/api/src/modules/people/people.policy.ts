import { isAdminRole } from '@commons/shared';
import { AppError, ErrorCode, forbidden } from '../../common/errors/app-error';
import { Person } from './person.entity';

/** Who may see and change whom. The one place the directory's rules live (cf. Discourse's Guardian). */
export class PeoplePolicy {
  constructor(private readonly actor: Person) {}

  static for(actor: Person): PeoplePolicy {
    return new PeoplePolicy(actor);
  }

  /** Only admins create, change, deactivate and reactivate people. */
  canManage(): boolean {
    return isAdminRole(this.actor.role);
  }

  assertCanManage(): void {
    if (!this.canManage()) throw forbidden();
  }

  /** Deactivated people are history: visible to admins, gone for everyone else. */
  canSeeInactive(): boolean {
    return isAdminRole(this.actor.role);
  }

  canSee(person: Person): boolean {
    return person.deactivatedAt === null || this.canSeeInactive();
  }

  /**
   * An admin cannot deactivate themselves or change their own role: either could leave the
   * organisation without an administrator, and it is never what was meant.
   */
  assertNotSelf(target: Person): void {
    if (target.id === this.actor.id) {
      throw new AppError(ErrorCode.FORBIDDEN, 'Ask another administrator to do this to your own account.', {
        reason: 'SELF',
      });
    }
  }
}
