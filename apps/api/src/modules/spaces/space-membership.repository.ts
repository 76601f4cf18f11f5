import { Injectable } from '@nestjs/common';
import { MembershipStatus, SpaceRole } from '@commons/shared';
import { EntityManager } from 'typeorm';
import { BaseRepository } from '../../database/base.repository';
import { returning } from '../../database/returning.util';
import { MEMBER_COLUMNS, MemberRow, SpaceMember, toMember } from './space.model';

/**
 * Where memberships, requests and invitations reach PostgreSQL (the `space_member` table).
 * Hand-written SQL: the writes are single statements with conditions the caller relies on
 * (a request is approved only while it is one), and the lists are keyset pages.
 */
@Injectable()
export class SpaceMembershipRepository extends BaseRepository {
  async of(
    manager: EntityManager | undefined,
    spaceId: string,
    personId: string,
  ): Promise<SpaceMember | null> {
    const [row]: MemberRow[] = await this.db(manager).query(
      `SELECT ${MEMBER_COLUMNS} FROM space_member WHERE space_id = $1 AND person_id = $2`,
      [spaceId, personId],
    );
    return row ? toMember(row) : null;
  }

  /** One person's memberships, requests and invitations among these spaces, in no particular order. */
  async ofPerson(personId: string, spaceIds: readonly string[]): Promise<SpaceMember[]> {
    const rows: MemberRow[] = await this.dataSource.query(
      `SELECT ${MEMBER_COLUMNS} FROM space_member WHERE person_id = $1 AND space_id = ANY($2::uuid[])`,
      [personId, spaceIds],
    );
    return rows.map(toMember);
  }

  /** Active members per space, in the order of `spaceIds` (0 for none). */
  async activeCounts(spaceIds: readonly string[]): Promise<number[]> {
    const rows: { space_id: string; n: number }[] = await this.dataSource.query(
      `SELECT space_id, count(*)::int AS n FROM space_member WHERE space_id = ANY($1::uuid[]) AND status = 'ACTIVE' GROUP BY space_id`,
      [spaceIds],
    );
    const bySpace = new Map(rows.map((r) => [r.space_id, r.n]));
    return spaceIds.map((id) => bySpace.get(id) ?? 0);
  }

  /** The creator of a space, its first owner. */
  async insertOwner(manager: EntityManager, spaceId: string, personId: string): Promise<void> {
    await manager.query(
      `INSERT INTO space_member (space_id, person_id, role, status, joined_at) VALUES ($1, $2, 'OWNER', 'ACTIVE', now())`,
      [spaceId, personId],
    );
  }

  /** Joins (ACTIVE, with joined_at) or asks to (REQUESTED). */
  async insertJoin(
    manager: EntityManager,
    spaceId: string,
    personId: string,
    status: MembershipStatus.ACTIVE | MembershipStatus.REQUESTED,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO space_member (space_id, person_id, status, joined_at) VALUES ($1, $2, $3, CASE WHEN $3 = 'ACTIVE' THEN now() END)`,
      [spaceId, personId, status],
    );
  }

  /** An invitation accepted: the person becomes an active member now. */
  async activate(manager: EntityManager, spaceId: string, personId: string): Promise<void> {
    await manager.query(
      `UPDATE space_member SET status = 'ACTIVE', joined_at = now() WHERE space_id = $1 AND person_id = $2`,
      [spaceId, personId],
    );
  }

  /** Requests from these people become memberships now; others are left as they are. */
  async activateRequests(
    manager: EntityManager,
    spaceId: string,
    personIds: readonly string[],
  ): Promise<void> {
    await manager.query(
      `UPDATE space_member SET status = 'ACTIVE', joined_at = now() WHERE space_id = $1 AND person_id = ANY($2::uuid[]) AND status = 'REQUESTED'`,
      [spaceId, personIds],
    );
  }

  /** Invites those of these people with no membership, request or invitation yet; returns their ids. */
  async insertInvitations(
    manager: EntityManager,
    spaceId: string,
    personIds: readonly string[],
    invitedBy: string,
  ): Promise<string[]> {
    const invited: { person_id: string }[] = await manager.query(
      `INSERT INTO space_member (space_id, person_id, status, invited_by)
       SELECT $1, p, 'INVITED', $3 FROM unnest($2::uuid[]) AS p
       ON CONFLICT (space_id, person_id) DO NOTHING RETURNING person_id`,
      [spaceId, personIds, invitedBy],
    );
    return invited.map((r) => r.person_id);
  }

  /** A pending request becomes a membership; null when there is no such request. */
  async approve(manager: EntityManager, spaceId: string, personId: string): Promise<SpaceMember | null> {
    const [row] = await returning<MemberRow>(
      manager,
      `UPDATE space_member SET status = 'ACTIVE', joined_at = now()
        WHERE space_id = $1 AND person_id = $2 AND status = 'REQUESTED' RETURNING ${MEMBER_COLUMNS}`,
      [spaceId, personId],
    );
    return row ? toMember(row) : null;
  }

  /** Deletes a request or an invitation (only while it is one); false when there was none. */
  async deletePending(
    manager: EntityManager,
    spaceId: string,
    personId: string,
    status: MembershipStatus.REQUESTED | MembershipStatus.INVITED,
  ): Promise<boolean> {
    const deleted = await returning(
      manager,
      `DELETE FROM space_member WHERE space_id = $1 AND person_id = $2 AND status = $3 RETURNING 1`,
      [spaceId, personId, status],
    );
    return deleted.length > 0;
  }

  /** Deletes whatever the person has in the space: membership, request or invitation. */
  async delete(manager: EntityManager, spaceId: string, personId: string): Promise<void> {
    await manager.query(`DELETE FROM space_member WHERE space_id = $1 AND person_id = $2`, [
      spaceId,
      personId,
    ]);
  }

  async setRole(
    manager: EntityManager,
    spaceId: string,
    personId: string,
    role: SpaceRole,
  ): Promise<SpaceMember> {
    const [row] = await returning<MemberRow>(
      manager,
      `UPDATE space_member SET role = $3 WHERE space_id = $1 AND person_id = $2 RETURNING ${MEMBER_COLUMNS}`,
      [spaceId, personId, role],
    );
    return toMember(row);
  }

  async activeOwnerCount(manager: EntityManager, spaceId: string): Promise<number> {
    const [{ n }] = await manager.query(
      `SELECT count(*)::int AS n FROM space_member WHERE space_id = $1 AND role = 'OWNER' AND status = 'ACTIVE'`,
      [spaceId],
    );
    return n;
  }

  /**
   * A page of a space's memberships with one status, oldest first (keyset on created_at, person_id,
   * after the membership of `afterPersonId`), and how many there are in all: one statement, and a
   * second only for the count when the page is empty.
   */
  async page(
    spaceId: string,
    status: MembershipStatus,
    afterPersonId: string | null,
    limit: number,
  ): Promise<{ rows: SpaceMember[]; totalCount: number }> {
    const params: unknown[] = [spaceId, status];
    let after = '';
    if (afterPersonId) {
      params.push(afterPersonId);
      after = `AND (m.created_at, m.person_id) > (SELECT c.created_at, c.person_id FROM space_member c WHERE c.space_id = $1 AND c.person_id = $3)`;
    }
    params.push(limit);
    const rows: (MemberRow & { total: string })[] = await this.dataSource.query(
      `SELECT ${MEMBER_COLUMNS.split(', ')
        .map((c) => `m.${c}`)
        .join(', ')},
              (SELECT count(*) FROM space_member t WHERE t.space_id = $1 AND t.status = $2) AS total
         FROM space_member m WHERE m.space_id = $1 AND m.status = $2 ${after}
        ORDER BY m.created_at, m.person_id LIMIT $${params.length}`,
      params,
    );
    const totalCount = rows.length
      ? Number(rows[0].total)
      : Number(
          (
            await this.dataSource.query(
              `SELECT count(*) AS n FROM space_member WHERE space_id = $1 AND status = $2`,
              [spaceId, status],
            )
          )[0].n,
        );
    return { rows: rows.map(toMember), totalCount };
  }

  /** The spaces among `spaceIds` the person owns or moderates. */
  async moderatedSpaceIds(
    personId: string,
    spaceIds: readonly string[],
    manager?: EntityManager,
  ): Promise<string[]> {
    const rows: { space_id: string }[] = await this.db(manager).query(
      `SELECT space_id FROM space_member WHERE person_id = $1 AND space_id = ANY($2::uuid[]) AND status = 'ACTIVE' AND role IN ('MODERATOR', 'OWNER')`,
      [personId, spaceIds],
    );
    return rows.map((r) => r.space_id);
  }

  /** Those of these people who exist and are active (invitations go to them only). */
  async activePeople(manager: EntityManager, personIds: readonly string[]): Promise<string[]> {
    const found: { id: string }[] = await manager.query(
      `SELECT id FROM person WHERE id = ANY($1::uuid[]) AND deactivated_at IS NULL`,
      [personIds],
    );
    return found.map((r) => r.id);
  }
}
