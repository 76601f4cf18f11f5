import { Injectable } from '@nestjs/common';
import { createHmac, randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';
import type { Person } from '../../people/person.entity';
import { SESSION_TOUCH_INTERVAL_SECONDS } from '../auth.constants';
import { AuthSettings } from '../auth.settings';
import { SessionRepository } from '../session.repository';

export interface ResolvedSession {
  sessionId: string;
  person: Person;
}

export interface SessionClient {
  ip: string | null;
  userAgent: string | null;
}

/** Creates, resolves and ends sessions. The cookie carries the token; the table only its keyed hash. */
@Injectable()
export class SessionService {
  constructor(
    private readonly repository: SessionRepository,
    private readonly settings: AuthSettings,
  ) {}

  /** HMAC rather than a bare hash: a leaked table cannot be matched against tokens without the secret. */
  hashToken(token: string): Buffer {
    return createHmac('sha256', this.settings.sessionSecret).update(token).digest();
  }

  /** Starts a session and returns its token (256 random bits), which is never stored. */
  async create(manager: EntityManager, personId: string, client: SessionClient): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.repository.insert(manager, {
      personId,
      tokenHash: this.hashToken(token),
      lifetimeSeconds: this.settings.absoluteTimeoutSeconds,
      ip: client.ip,
      userAgent: client.userAgent?.slice(0, 500) ?? null,
    });
    // Expired sessions of this person go while we are here; nothing else needs them.
    await this.repository.deleteEndedOf(manager, personId, this.settings.idleTimeoutSeconds);
    return token;
  }

  /**
   * The session behind a token, with its active person, in one statement; undefined when the token
   * is unknown, idle too long, past its absolute lifetime, or its person is deactivated.
   */
  async resolve(token: string): Promise<ResolvedSession | undefined> {
    const found = await this.repository.lookUp(
      this.hashToken(token),
      SESSION_TOUCH_INTERVAL_SECONDS,
      this.settings.idleTimeoutSeconds,
    );
    if (!found) return undefined;
    if (found.stale) await this.repository.touch(found.sessionId);
    return { sessionId: found.sessionId, person: found.person };
  }

  /** Ends one session (sign-out). */
  end(sessionId: string): Promise<void> {
    return this.repository.delete(sessionId);
  }

  endByToken(manager: EntityManager, token: string): Promise<void> {
    return this.repository.deleteByTokenHash(manager, this.hashToken(token));
  }

  /** Ends every session of a person, or every one but `exceptSessionId`. Returns how many ended. */
  endAllFor(manager: EntityManager, personId: string, exceptSessionId?: string): Promise<number> {
    return this.repository.deleteAllOf(manager, personId, exceptSessionId);
  }
}
