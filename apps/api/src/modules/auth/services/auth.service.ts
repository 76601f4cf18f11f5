import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { EntityManager } from 'typeorm';
import { EMAIL_MAX_LENGTH, normaliseEmail, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@commons/shared';
import { AppError, badInput, ErrorCode } from '../../../common/errors/app-error';
import { AuditService } from '../../audit/audit.service';
import { Person } from '../../people/person.entity';
import { SESSION_COOKIE } from '../auth.constants';
import { clientOf, readSessionToken, SessionRequest } from '../auth-request.util';
import { AuthSettings } from '../auth.settings';
import { CredentialRepository } from '../credential.repository';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordService } from './password.service';
import { SessionService } from './session.service';

const invalidCredentials = () =>
  new AppError(ErrorCode.UNAUTHENTICATED, 'The e-mail or password is wrong.', {
    reason: 'INVALID_CREDENTIALS',
  });

/** Sign-in, sign-out and password changes. */
@Injectable()
export class AuthService {
  constructor(
    private readonly credentials: CredentialRepository,
    private readonly sessions: SessionService,
    private readonly passwords: PasswordService,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
    private readonly settings: AuthSettings,
  ) {}

  /**
   * Unknown e-mail, wrong password, no password set and deactivated person all get the same error
   * after the same amount of hashing work, so the answer does not tell which accounts exist.
   */
  async login(
    rawEmail: string,
    password: string,
    req: SessionRequest,
    res: Response | undefined,
  ): Promise<Person> {
    const email = normaliseEmail(rawEmail).slice(0, EMAIL_MAX_LENGTH + 1);
    const client = clientOf(req);
    await this.throttle.assertAllowed(email, client.ip);

    const ok = await this.checkPassword(email, password);
    if (!ok) {
      await this.throttle.recordFailure(email, client.ip);
      throw invalidCredentials();
    }
    // Hashes from before a parameter increase are upgraded the only time we see the password.
    const upgraded = ok.rehash ? await this.passwords.hash(password) : null;

    const previousToken = readSessionToken(req);
    const token = await this.credentials.transaction(async (manager) => {
      if (upgraded) await this.setPasswordHash(manager, ok.person.id, upgraded);
      // A fresh token at every sign-in; the cookie the browser came with (if any) stops working.
      if (previousToken) await this.sessions.endByToken(manager, previousToken);
      await this.throttle.clearAccount(manager, email);
      return this.sessions.create(manager, ok.person.id, client);
    });
    this.setCookie(res, token);
    return ok.person;
  }

  async logout(req: SessionRequest, res: Response | undefined): Promise<boolean> {
    if (req.sessionId) await this.sessions.end(req.sessionId);
    this.clearCookie(res);
    return true;
  }

  /** Ends every session of the caller, this one included. */
  async logoutEverywhere(person: Person, res: Response | undefined): Promise<boolean> {
    await this.credentials.transaction(async (manager) => {
      const ended = await this.sessions.endAllFor(manager, person.id);
      await this.audit.record(manager, {
        actorId: person.id,
        action: 'auth.logout_everywhere',
        targetType: 'person',
        targetId: person.id,
        details: { sessionsEnded: ended },
      });
    });
    this.clearCookie(res);
    return true;
  }

  /** Checks the current password (throttled like sign-in), stores the new one and ends the other sessions. */
  async changePassword(
    person: Person,
    sessionId: string | undefined,
    current: string,
    next: string,
    req: SessionRequest,
  ): Promise<boolean> {
    assertPasswordShape('newPassword', next);
    const client = clientOf(req);
    await this.throttle.assertAllowed(person.email, client.ip);
    if (!(await this.checkPassword(person.email, current))) {
      await this.throttle.recordFailure(person.email, client.ip);
      throw badInput('currentPassword', 'INVALID_CREDENTIALS', 'The current password is wrong.');
    }
    const hash = await this.passwords.hash(next);
    await this.credentials.transaction(async (manager) => {
      await this.setPasswordHash(manager, person.id, hash);
      const ended = await this.sessions.endAllFor(manager, person.id, sessionId);
      await this.throttle.clearAccount(manager, person.email);
      await this.audit.record(manager, {
        actorId: person.id,
        action: 'auth.password_change',
        targetType: 'person',
        targetId: person.id,
        details: { otherSessionsEnded: ended },
      });
    });
    return true;
  }

  /** Stores a password hash for a person (used by admins setting an initial password, and the seed). */
  async setPasswordHash(manager: EntityManager, personId: string, hash: string): Promise<void> {
    await this.credentials.setPasswordHash(manager, personId, hash);
  }

  /** The active person when the password matches; false otherwise, always after one argon2 verification. */
  private async checkPassword(
    email: string,
    password: string,
  ): Promise<{ person: Person; rehash: boolean } | false> {
    if (typeof password !== 'string' || password.length === 0 || password.length > PASSWORD_MAX_LENGTH) {
      // Cannot match any stored password; do not feed a huge string to argon2.
      return this.passwords.verifyDummy('');
    }
    const { person, hash } = await this.credentials.personWithHash(email);
    if (!person || !hash) return this.passwords.verifyDummy(password);
    const matches = await this.passwords.verify(hash, password);
    return matches && person.deactivatedAt === null
      ? { person, rehash: this.passwords.needsRehash(hash) }
      : false;
  }

  private setCookie(res: Response | undefined, token: string): void {
    res?.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.settings.secureCookies,
      path: '/',
      maxAge: this.settings.absoluteTimeoutSeconds * 1000,
    });
  }

  private clearCookie(res: Response | undefined): void {
    res?.clearCookie(SESSION_COOKIE, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.settings.secureCookies,
      path: '/',
    });
  }
}

/** Length is the only rule (NIST SP 800-63B): at least 12, at most 256 characters. */
export function assertPasswordShape(field: string, password: string): void {
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw badInput(field, 'TOO_SHORT', `A password needs at least ${PASSWORD_MIN_LENGTH} characters.`);
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    throw badInput(field, 'TOO_LONG', `A password can have at most ${PASSWORD_MAX_LENGTH} characters.`);
  }
}
