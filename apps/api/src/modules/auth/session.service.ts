import { Injectable } from '@nestjs/common';
import { createHmac, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { entityColumnsSql, hydrateEntities } from '../../database/entity-rows.util';
import { queryPrepared } from '../../database/prepared-statement';
import { Person } from '../people/person.entity';
import { SESSION_TOUCH_INTERVAL_SECONDS } from './auth.constants';
import { AuthSettings } from './auth.settings';

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
    private readonly dataSource: DataSource,
    private readonly settings: AuthSettings,
  ) {}

  /** HMAC rather than a bare hash: a leaked table cannot be matched against tokens without the secret. */
  hashToken(token: string): Buffer {
    return createHmac('sha256', this.settings.sessionSecret).update(token).digest();
  }

  /** Starts a session and returns its token (256 random bits), which is never stored. */
  async create(manager: EntityManager, personId: string, client: SessionClient): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await manager.query(
      `INSERT INTO session (person_id, token_hash, expires_at, ip, user_agent)
       VALUES ($1, $2, now() + make_interval(secs => $3), $4, $5)`,
      [
        personId,
        this.hashToken(token),
        this.settings.absoluteTimeoutSeconds,
        client.ip,
        client.userAgent?.slice(0, 500) ?? null,
      ],
    );
    // Expired sessions of this person go while we are here; nothing else needs them.
    await manager.query(
      `DELETE FROM session WHERE person_id = $1
         AND (expires_at <= now() OR last_seen_at <= now() - make_interval(secs => $2))`,
      [personId, this.settings.idleTimeoutSeconds],
    );
    return token;
  }

  /**
   * The session behind a token, with its active person, in one statement; undefined when the token
   * is unknown, idle too long, past its absolute lifetime, or its person is deactivated.
   */
  async resolve(token: string): Promise<ResolvedSession | undefined> {
    // Hand-written (every request runs it): the query builder's own work was a measurable share of a small request.
    const rows = await queryPrepared(
      this.dataSource,
      `SELECT ${entityColumnsSql(this.dataSource, Person, 'p')}, s.id AS session_id,
              s.last_seen_at < now() - make_interval(secs => $2) AS session_stale
         FROM session s JOIN person p ON p.id = s.person_id
        WHERE s.token_hash = $1 AND s.expires_at > now()
          AND s.last_seen_at > now() - make_interval(secs => $3) AND p.deactivated_at IS NULL`,
      [this.hashToken(token), SESSION_TOUCH_INTERVAL_SECONDS, this.settings.idleTimeoutSeconds],
    );
    if (rows.length === 0) return undefined;
    const [person] = hydrateEntities(this.dataSource, Person, rows);
    const { session_id: sessionId, session_stale: stale } = rows[0] as {
      session_id: string;
      session_stale: boolean;
    };
    if (stale) {
      await this.dataSource.query(`UPDATE session SET last_seen_at = now() WHERE id = $1`, [sessionId]);
    }
    return { sessionId, person };
  }

  async end(manager: EntityManager, sessionId: string): Promise<void> {
    await manager.query(`DELETE FROM session WHERE id = $1`, [sessionId]);
  }

  async endByToken(manager: EntityManager, token: string): Promise<void> {
    await manager.query(`DELETE FROM session WHERE token_hash = $1`, [this.hashToken(token)]);
  }

  /** Ends every session of a person, or every one but `exceptSessionId`. Returns how many ended. */
  async endAllFor(manager: EntityManager, personId: string, exceptSessionId?: string): Promise<number> {
    const result: [unknown[], number] = await manager.query(
      `DELETE FROM session WHERE person_id = $1 AND ($2::uuid IS NULL OR id <> $2::uuid)`,
      [personId, exceptSessionId ?? null],
    );
    return result[1];
  }
}
