import { forbidden, notFound } from '../../common/errors/app-error';
import type { Person } from '../people/person.entity';
import type { Report } from './report.model';

/**
 * Who may do what with reports. `mayModerate` is ContentAccess.moderatable for the reported item
 * (editors everywhere; a space's owners and moderators in their space), computed by the caller.
 */
export class ModerationPolicy {
  constructor(private readonly actor: Pick<Person, 'id'>) {}

  static for(actor: Pick<Person, 'id'>): ModerationPolicy {
    return new ModerationPolicy(actor);
  }

  /** A report is seen by whoever filed it and by those who may handle it; to anyone else it does not exist. */
  canSee(report: Pick<Report, 'reporterId'>, mayModerate: boolean): boolean {
    return mayModerate || report.reporterId === this.actor.id;
  }

  /** Handling: moderators only. The reporter gets FORBIDDEN (they know the report); anyone else NOT_FOUND. */
  assertCanHandle(report: Pick<Report, 'reporterId'>, mayModerate: boolean): void {
    if (mayModerate) return;
    if (this.canSee(report, mayModerate)) throw forbidden();
    throw notFound('Report');
  }

  /** Reports are for staff posts and comments; news is the editors' own and is corrected, not reported. */
  static isReportable(kind: string): boolean {
    return kind === 'POST' || kind === 'COMMENT';
  }
}
