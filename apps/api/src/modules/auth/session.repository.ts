import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { BaseRepository } from '../../database/base.repository';
import { entityColumnsSql, hydrateEntities } from '../../database/entity-rows.util';
import { queryPrepared } from '../../database/prepared-statement';
import { Person } from '../people/person.entity';

/** A live session found by its token's hash, with its person. */
export interface SessionLookup {
  sessionId: string;
  person: Person;
  /** last_seen_at is older than the touch interval: time to write it again. */
  stale: boolean;
}

/**
 * Where sessions reach PostgreSQL. Hand-written SQL throughout: the lookup runs on every request (a
 * named prepared statement), and the rest are single-row writes. Tokens arrive here already hashed.
 */
@Injectable()
export class SessionRepository extends BaseRepository {
  private personColumns?: string;

  async insert(
    manager: EntityManager,
    session: {
      personId: string;
      tokenHash: Buffer;
      lifetimeSeconds: number;
      ip: string | null;
      userAgent: string | null;
    },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO session (person_id, token_hash, expires_at, ip, user_agent)
       VALUES ($1, $2, now() + make_interval(secs => $3), $4, $5)`,
      [session.personId, session.tokenHash, session.lifetimeSeconds, session.ip, session.userAgent],
    );
  }

  /** Deletes the person's sessions that are past their lifetime or idle for `idleSeconds`. */
  async deleteEndedOf(manager: EntityManager, personId: string, idleSeconds: number): Promise<void> {
    await manager.query(
      `DELETE FROM session WHERE person_id = $1
         AND (expires_at <= now() OR last_seen_at <= now() - make_interval(secs => $2))`,
      [personId, idleSeconds],
    );
  }

  /**
   * The live session behind a token hash, with its active person, in one statement; undefined when
   * unknown, idle for `idleSeconds`, past its lifetime, or its person is deactivated.
   */
  async lookUp(
    tokenHash: Buffer,
    touchIntervalSeconds: number,
    idleSeconds: number,
  ): Promise<SessionLookup | undefined> {
    // Hand-written (every request runs it): the query builder's own work was a measurable share of a small request.
    this.personColumns ??= entityColumnsSql(this.dataSource, Person, 'p');
    const rows = await queryPrepared(
      this.dataSource,
      `SELECT ${this.personColumns}, s.id AS session_id,
              s.last_seen_at < now() - make_interval(secs => $2) AS session_stale
         FROM session s JOIN person p ON p.id = s.person_id
        WHERE s.token_hash = $1 AND s.expires_at > now()
          AND s.last_seen_at > now() - make_interval(secs => $3) AND p.deactivated_at IS NULL`,
      [tokenHash, touchIntervalSeconds, idleSeconds],
    );
    if (rows.length === 0) return undefined;
    const [person] = hydrateEntities(this.dataSource, Person, rows);
    const { session_id: sessionId, session_stale: stale } = rows[0] as {
      session_id: string;
      session_stale: boolean;
    };
    return { sessionId, person, stale };
  }

  /** Marks the session as used now. */
  async touch(sessionId: string): Promise<void> {
    await this.dataSource.query(`UPDATE session SET last_seen_at = now() WHERE id = $1`, [sessionId]);
  }

  async delete(sessionId: string, manager?: EntityManager): Promise<void> {
    await this.db(manager).query(`DELETE FROM session WHERE id = $1`, [sessionId]);
  }

  async deleteByTokenHash(manager: EntityManager, tokenHash: Buffer): Promise<void> {
    await manager.query(`DELETE FROM session WHERE token_hash = $1`, [tokenHash]);
  }

  /** Deletes every session of a person, or every one but `exceptSessionId`. Returns how many. */
  async deleteAllOf(manager: EntityManager, personId: string, exceptSessionId?: string): Promise<number> {
    const result: [unknown[], number] = await manager.query(
      `DELETE FROM session WHERE person_id = $1 AND ($2::uuid IS NULL OR id <> $2::uuid)`,
      [personId, exceptSessionId ?? null],
    );
    return result[1];
  }

  /** Deletes everyone's sessions past their lifetime or idle for `idleSeconds`. Returns how many. */
  async deleteEnded(idleSeconds: number): Promise<number> {
    const [, deleted]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM session WHERE expires_at <= now() OR last_seen_at <= now() - make_interval(secs => $1)`,
      [idleSeconds],
    );
    return deleted;
  }

  /** False during schema generation, which runs without a database. */
  get connected(): boolean {
    return this.dataSource.isInitialized;
  }
}
