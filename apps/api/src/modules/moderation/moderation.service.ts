import { Injectable } from '@nestjs/common';
import { MODERATION_REASON_MAX_LENGTH, REPORT_REASON_MAX_LENGTH, isEditorRole } from '@commons/shared';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { AppError, badInput, ErrorCode, notFound } from '../../common/errors/app-error';
import { isUniqueViolation } from '../../common/errors/pg-error.util';
import { AuditService } from '../audit/audit.service';
import { ContentAccess } from '../content/content-access';
import type { Person } from '../people/person.entity';
import { PageArgs } from '../../common/graphql/page.args';
import { checkedReason } from './moderation-reason.util';
import { ModerationPolicy } from './moderation.policy';
import {
  ModerationAction,
  Report,
  REPORT_COLUMNS,
  ReportConnection,
  ReportRow,
  ReportStatus,
  toReport,
} from './report.model';
import { decodeReportCursor, encodeReportCursor } from './reports.cursor.util';

/**
 * Reports and moderation. Reports go to editors (all content) and to a space's moderators (its
 * content): the moderation queue lists the open reports the viewer may handle. Hiding sets
 * content_item.hidden_* (ContentAccess then shows the item to its author and moderators only) and
 * closes every open report on the item; dismissing closes one report. Each act is audited with
 * who, what, when and why, in the same transaction.
 */
@Injectable()
export class ModerationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ContentAccess,
    private readonly audit: AuditService,
  ) {}

  async report(viewer: Person, targetId: string, reason: string): Promise<Report> {
    const text = checkedReason('reason', reason, REPORT_REASON_MAX_LENGTH);
    return this.dataSource.transaction(async (manager) => {
      const target = await this.access.requireVisible(viewer, targetId, 'Item', manager);
      if (!ModerationPolicy.isReportable(target.kind))
        throw badInput('targetId', 'NOT_REPORTABLE', 'Posts and comments can be reported.');
      let id: string;
      try {
        [{ id }] = await manager.query(
          `INSERT INTO report (content_id, reporter_id, reason) VALUES ($1, $2, $3) RETURNING id`,
          [targetId, viewer.id, text],
        );
      } catch (error) {
        if (isUniqueViolation(error, 'report_open_uq')) {
          throw new AppError(
            ErrorCode.CONFLICT,
            'You have already reported this; moderators will look at it.',
            { field: 'targetId', reason: 'ALREADY_REPORTED' },
          );
        }
        throw error;
      }
      await this.audit.record(manager, {
        actorId: viewer.id,
        action: 'report.create',
        targetType: target.kind.toLowerCase(),
        targetId,
        reason: text,
        details: { reportId: id },
      });
      return this.row(manager, id);
    });
  }

  /** Open reports the viewer may handle, oldest first. Empty for people who moderate nothing. */
  async queue(viewer: Person, args: PageArgs): Promise<ReportConnection> {
    const manager = this.dataSource.manager;
    const afterId = args.after ? decodeReportCursor(args.after) : null;
    let scope = 'TRUE';
    const params: unknown[] = [afterId, args.first + 1];
    if (!isEditorRole(viewer.role)) {
      // Not an editor: only reports on content in spaces the viewer moderates.
      const spaces: { space_id: string }[] = await manager.query(
        `SELECT DISTINCT ci.space_id FROM report r JOIN content_item ci ON ci.id = r.content_id WHERE r.status = 'OPEN' AND ci.space_id IS NOT NULL`,
      );
      const moderated = await this.moderatedSpaces(
        viewer,
        spaces.map((s) => s.space_id),
        manager,
      );
      if (moderated.length === 0) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
      scope = 'ci.space_id = ANY($3::uuid[])';
      params.push(moderated);
    }
    const rows: ReportRow[] = await manager.query(
      `SELECT ${REPORT_COLUMNS} FROM report r JOIN content_item ci ON ci.id = r.content_id
        WHERE r.status = 'OPEN' AND ${scope}
          AND ($1::uuid IS NULL OR (r.created_at, r.id) > (SELECT a.created_at, a.id FROM report a WHERE a.id = $1))
        ORDER BY r.created_at, r.id LIMIT $2`,
      params,
    );
    const edges = rows
      .slice(0, args.first)
      .map((r) => ({ node: toReport(r), cursor: encodeReportCursor(r.id) }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > args.first, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  /**
   * Whether the viewer has anything to moderate (the app shows its Moderation link by this): editors
   * always; anyone else while an active owner or moderator of some space, the rule of
   * SpaceModeration.moderatedSpaceIds, asked here for any space at all.
   */
  async viewerCanModerate(viewer: Person): Promise<boolean> {
    if (isEditorRole(viewer.role)) return true;
    const [{ moderates }]: { moderates: boolean }[] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM space_member WHERE person_id = $1 AND status = 'ACTIVE' AND role IN ('MODERATOR', 'OWNER')) AS moderates`,
      [viewer.id],
    );
    return moderates;
  }

  async moderate(
    viewer: Person,
    reportId: string,
    action: ModerationAction,
    reason: string,
  ): Promise<Report> {
    const text = checkedReason('reason', reason, MODERATION_REASON_MAX_LENGTH);
    if (!Object.values(ModerationAction).includes(action))
      throw badInput('action', 'UNKNOWN_ACTION', 'HIDE or DISMISS.');
    return this.dataSource.transaction(async (manager) => {
      const report = await this.row(manager, reportId, true);
      const [ref] = await this.access.refs([report.targetId], manager);
      const mayModerate = (await this.access.moderatable(viewer, [ref], manager)).has(ref.id);
      ModerationPolicy.for(viewer).assertCanHandle(report, mayModerate);
      if (report.status !== ReportStatus.OPEN) {
        throw new AppError(ErrorCode.CONFLICT, 'This report has already been handled.', {
          field: 'reportId',
          reason: 'ALREADY_HANDLED',
        });
      }
      const targetType = ref.kind.toLowerCase();
      if (action === ModerationAction.HIDE) {
        await manager.query(
          `UPDATE content_item SET hidden_at = now(), hidden_by = $2, hidden_reason = $3 WHERE id = $1 AND hidden_at IS NULL`,
          [ref.id, viewer.id, text],
        );
        const closed: { id: string }[] = await manager
          .query(
            `UPDATE report SET status = 'HIDDEN', handled_by = $2, handled_at = now(), handled_reason = $3
              WHERE content_id = $1 AND status = 'OPEN' RETURNING id`,
            [ref.id, viewer.id, text],
          )
          .then(([rows]: [{ id: string }[]]) => rows);
        await this.audit.record(manager, {
          actorId: viewer.id,
          action: 'moderation.hide',
          targetType,
          targetId: ref.id,
          reason: text,
          details: { reportId, reportsClosed: closed.map((r) => r.id).sort(), authorId: ref.authorId },
        });
      } else {
        await manager.query(
          `UPDATE report SET status = 'DISMISSED', handled_by = $2, handled_at = now(), handled_reason = $3 WHERE id = $1`,
          [reportId, viewer.id, text],
        );
        await this.audit.record(manager, {
          actorId: viewer.id,
          action: 'moderation.dismiss',
          targetType,
          targetId: ref.id,
          reason: text,
          details: { reportId },
        });
      }
      return this.row(manager, reportId);
    });
  }

  /** Of these spaces, those the viewer moderates (ContentAccess knows through the spaces module). */
  private async moderatedSpaces(
    viewer: Person,
    spaceIds: string[],
    manager: EntityManager,
  ): Promise<string[]> {
    if (spaceIds.length === 0) return [];
    // One stand-in per space: moderatable() decides by space, so it answers "which of these spaces".
    const refs = spaceIds.map((id) => ({ id, spaceId: id }));
    return [...(await this.access.moderatable(viewer, refs, manager))];
  }

  private async row(manager: EntityManager, id: string, lock = false): Promise<Report> {
    if (!isUUID(id)) throw notFound('Report');
    const [row]: ReportRow[] = await manager.query(
      `SELECT ${REPORT_COLUMNS} FROM report r JOIN content_item ci ON ci.id = r.content_id WHERE r.id = $1 ${lock ? 'FOR UPDATE OF r' : ''}`,
      [id],
    );
    if (!row) throw notFound('Report');
    return toReport(row);
  }
}
