import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppError, ErrorCode } from '../../../common/errors/app-error';
import { CredentialRepository } from '../credential.repository';
import {
  LOGIN_FAILURE_WINDOW_SECONDS,
  LOGIN_FAILURES_PER_ACCOUNT,
  LOGIN_FAILURES_PER_ADDRESS,
} from '../auth.constants';

/**
 * Slows password guessing: a few failures per account (whoever tries) and more per address (whichever
 * accounts it tries) within a window. Kept in PostgreSQL so every API replica sees the same counts.
 */
@Injectable()
export class LoginThrottleService {
  constructor(private readonly repository: CredentialRepository) {}

  /** Refuses the attempt before any password is checked when either limit is reached. */
  async assertAllowed(email: string, ip: string): Promise<void> {
    const counts = await this.repository.failureCounts(email, ip, LOGIN_FAILURE_WINDOW_SECONDS);
    if (counts.account >= LOGIN_FAILURES_PER_ACCOUNT || counts.address >= LOGIN_FAILURES_PER_ADDRESS) {
      throw new AppError(ErrorCode.TOO_MANY_REQUESTS, 'Too many failed sign-ins. Try again later.', {
        reason: 'TOO_MANY_ATTEMPTS',
      });
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await this.repository.insertFailure(email, ip);
    // Failures older than the window count for nothing: clear a bounded batch on the way, so the
    // table stays small without a separate job.
    await this.repository.deleteOldFailuresBatch(LOGIN_FAILURE_WINDOW_SECONDS);
  }

  /** A successful sign-in forgives the account's failures (not the address's: one good account must not reset it). */
  async clearAccount(manager: EntityManager, email: string): Promise<void> {
    await this.repository.deleteFailuresOf(manager, email);
  }
}
