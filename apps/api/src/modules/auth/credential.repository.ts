import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { BaseRepository } from '../../database/base.repository';
import { Person } from '../people/person.entity';

/**
 * Where sign-in's own tables reach PostgreSQL: password hashes (`credential`) and failed attempts
 * (`login_failure`, the throttle's counts). Sessions are session.repository.ts.
 */
@Injectable()
export class CredentialRepository extends BaseRepository {
  /** Stores (or replaces) a person's password hash. */
  async setPasswordHash(manager: EntityManager, personId: string, hash: string): Promise<void> {
    await manager.query(
      `INSERT INTO credential (person_id, password_hash, changed_at) VALUES ($1, $2, now())
       ON CONFLICT (person_id) DO UPDATE SET password_hash = EXCLUDED.password_hash, changed_at = now()`,
      [personId, hash],
    );
  }

  /** The person with this e-mail, active or not, and their password hash if one is set. */
  async personWithHash(email: string): Promise<{ person?: Person; hash?: string | null }> {
    const { entities, raw } = await this.dataSource
      .createQueryBuilder(Person, 'p')
      .leftJoin('credential', 'c', 'c.person_id = p.id')
      .addSelect('c.password_hash', 'password_hash')
      .where('p.email = :email', { email })
      .getRawAndEntities<{ password_hash: string | null }>();
    return { person: entities[0], hash: raw[0]?.password_hash };
  }

  /** Failures in the last `windowSeconds` against the account and from the address. */
  async failureCounts(
    email: string,
    ip: string,
    windowSeconds: number,
  ): Promise<{ account: number; address: number }> {
    const [counts] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE email = $1)::int AS account, count(*) FILTER (WHERE ip = $2)::int AS address
         FROM login_failure
        WHERE at > now() - make_interval(secs => $3) AND (email = $1 OR ip = $2)`,
      [email, ip, windowSeconds],
    );
    return counts;
  }

  async insertFailure(email: string, ip: string): Promise<void> {
    await this.dataSource.query(`INSERT INTO login_failure (email, ip) VALUES ($1, $2)`, [email, ip]);
  }

  /** Deletes a bounded batch of failures older than the window, so a sign-in never waits long on it. */
  async deleteOldFailuresBatch(windowSeconds: number): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM login_failure WHERE id IN (
         SELECT id FROM login_failure WHERE at <= now() - make_interval(secs => $1) LIMIT 500)`,
      [windowSeconds],
    );
  }

  /** Deletes every failure older than the window. Returns how many. */
  async deleteOldFailures(windowSeconds: number): Promise<number> {
    const [, deleted]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM login_failure WHERE at <= now() - make_interval(secs => $1)`,
      [windowSeconds],
    );
    return deleted;
  }

  async deleteFailuresOf(manager: EntityManager, email: string): Promise<void> {
    await manager.query(`DELETE FROM login_failure WHERE email = $1`, [email]);
  }
}
