import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { BaseRepository } from '../../database/base.repository';
import { returning } from '../../database/returning.util';
import { REPORT_COLUMNS, ReportRow } from './report.model';

/** Where reports and moderation acts reach PostgreSQL. Writes take the caller's transaction manager. */
@Injectable()
export class ModerationRepository extends BaseRepository {
  /** A new open report; a second open one by the same person on the same item violates report_open_uq. */
  async insertReport(
    manager: EntityManager,
    contentId: string,
    reporterId: string,
    reason: string,
  ): Promise<string> {
    const [{ id }]: { id: string }[] = await manager.query(
      `INSERT INTO report (content_id, reporter_id, reason) VALUES ($1, $2, $3) RETURNING id`,
      [contentId, reporterId, reason],
    );
    return id;
  }

  /** One report with its content's kind, locked for a write when `lock`; undefined if there is none. */
  async byId(id: string, lock = false, manager?: EntityManager): Promise<ReportRow | undefined> {
    const [row]: ReportRow[] = await this.db(manager).query(
      `SELECT ${REPORT_COLUMNS} FROM report r JOIN content_item ci ON ci.id = r.content_id WHERE r.id = $1 ${lock ? 'FOR UPDATE OF r' : ''}`,
      [id],
    );
    return row;
  }

  /** The spaces that have content with open reports. */
  async spacesWithOpenReports(): Promise<string[]> {
    const spaces: { space_id: string }[] = await this.db().query(
      `SELECT DISTINCT ci.space_id FROM report r JOIN content_item ci ON ci.id = r.content_id WHERE r.status = 'OPEN' AND ci.space_id IS NOT NULL`,
    );
    return spaces.map((s) => s.space_id);
  }

  /**
   * Open reports, oldest first, after the report `afterId` (keyset by (created_at, id)): all of
   * them, or those on content in `spaceIds` when given.
   */
  openReports(spaceIds: string[] | null, afterId: string | null, limit: number): Promise<ReportRow[]> {
    let scope = 'TRUE';
    const params: unknown[] = [afterId, limit];
    if (spaceIds !== null) {
      scope = 'ci.space_id = ANY($3::uuid[])';
      params.push(spaceIds);
    }
    return this.db().query(
      `SELECT ${REPORT_COLUMNS} FROM report r JOIN content_item ci ON ci.id = r.content_id
        WHERE r.status = 'OPEN' AND ${scope}
          AND ($1::uuid IS NULL OR (r.created_at, r.id) > (SELECT a.created_at, a.id FROM report a WHERE a.id = $1))
        ORDER BY r.created_at, r.id LIMIT $2`,
      params,
    );
  }

  /** Whether the person is an active owner or moderator of any space. */
  async moderatesAnySpace(personId: string): Promise<boolean> {
    const [{ moderates }]: { moderates: boolean }[] = await this.db().query(
      `SELECT EXISTS (SELECT 1 FROM space_member WHERE person_id = $1 AND status = 'ACTIVE' AND role IN ('MODERATOR', 'OWNER')) AS moderates`,
      [personId],
    );
    return moderates;
  }

  /** Hides the content (if not hidden yet). */
  async hide(manager: EntityManager, contentId: string, byId: string, reason: string): Promise<void> {
    await manager.query(
      `UPDATE content_item SET hidden_at = now(), hidden_by = $2, hidden_reason = $3 WHERE id = $1 AND hidden_at IS NULL`,
      [contentId, byId, reason],
    );
  }

  /** Closes every open report on the content as HIDDEN; the ids of those closed. */
  async closeOpenReports(
    manager: EntityManager,
    contentId: string,
    byId: string,
    reason: string,
  ): Promise<string[]> {
    const closed = await returning<{ id: string }>(
      manager,
      `UPDATE report SET status = 'HIDDEN', handled_by = $2, handled_at = now(), handled_reason = $3
              WHERE content_id = $1 AND status = 'OPEN' RETURNING id`,
      [contentId, byId, reason],
    );
    return closed.map((r) => r.id);
  }

  async dismiss(manager: EntityManager, reportId: string, byId: string, reason: string): Promise<void> {
    await manager.query(
      `UPDATE report SET status = 'DISMISSED', handled_by = $2, handled_at = now(), handled_reason = $3 WHERE id = $1`,
      [reportId, byId, reason],
    );
  }
}
