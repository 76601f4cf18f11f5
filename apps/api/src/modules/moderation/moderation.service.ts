import { Injectable } from '@nestjs/common';
import { MODERATION_REASON_MAX_LENGTH, REPORT_REASON_MAX_LENGTH, isEditorRole } from '@commons/shared';
import { isUUID } from 'class-validator';
import { EntityManager } from 'typeorm';
import { AppError, badInput, ErrorCode, notFound } from '../../common/errors/app-error';
import { isUniqueViolation } from '../../common/errors/pg-error.util';
import { decodeCursor, encodeCursor } from '../../common/graphql/cursor.util';
import { emptyPage, pageOf } from '../../common/graphql/page.util';
import { AuditService } from '../audit/audit.service';
import { ContentAccess } from '../content/content-access';
import type { Person } from '../people/person.entity';
import { PageArgs } from '../../common/graphql/page.args';
import { checkedReason } from './moderation-reason.util';
import { ModerationPolicy } from './moderation.policy';
import { ModerationRepository } from './moderation.repository';
import { ModerationAction, Report, ReportConnection, ReportStatus, toReport } from './report.model';

/** The queue pages by (created_at, id) of the last report; the cursor names it. */
const REPORT_CURSOR = 'm';

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
    private readonly repo: ModerationRepository,
    private readonly access: ContentAccess,
    private readonly audit: AuditService,
  ) {}

  async report(viewer: Person, targetId: string, reason: string): Promise<Report> {
    const text = checkedReason('reason', reason, REPORT_REASON_MAX_LENGTH);
    return this.repo.transaction(async (manager) => {
      const target = await this.access.requireVisible(viewer, targetId, 'Item', manager);
      if (!ModerationPolicy.isReportable(target.kind))
        throw badInput('targetId', 'NOT_REPORTABLE', 'Posts and comments can be reported.');
      let id: string;
      try {
        id = await this.repo.insertReport(manager, targetId, viewer.id, text);
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
      return this.row(id, false, manager);
    });
  }

  /** Open reports the viewer may handle, oldest first. Empty for people who moderate nothing. */
  async queue(viewer: Person, args: PageArgs): Promise<ReportConnection> {
    const afterId = args.after ? decodeCursor(REPORT_CURSOR, args.after, ['uuid'])[0] : null;
    let scope: string[] | null = null;
    if (!isEditorRole(viewer.role)) {
      // Not an editor: only reports on content in spaces the viewer moderates.
      scope = await this.moderatedSpaces(viewer, await this.repo.spacesWithOpenReports());
      if (scope.length === 0) return emptyPage();
    }
    const rows = await this.repo.openReports(scope, afterId, args.first + 1);
    return pageOf(rows, args.first, (r) => ({
      node: toReport(r),
      cursor: encodeCursor(REPORT_CURSOR, [r.id]),
    }));
  }

  /**
   * Whether the viewer has anything to moderate (the app shows its Moderation link by this): editors
   * always; anyone else while an active owner or moderator of some space, the rule of
   * SpaceModeration.moderatedSpaceIds, asked here for any space at all.
   */
  async viewerCanModerate(viewer: Person): Promise<boolean> {
    if (isEditorRole(viewer.role)) return true;
    return this.repo.moderatesAnySpace(viewer.id);
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
    return this.repo.transaction(async (manager) => {
      const report = await this.row(reportId, true, manager);
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
        await this.repo.hide(manager, ref.id, viewer.id, text);
        const closed = await this.repo.closeOpenReports(manager, ref.id, viewer.id, text);
        await this.audit.record(manager, {
          actorId: viewer.id,
          action: 'moderation.hide',
          targetType,
          targetId: ref.id,
          reason: text,
          details: { reportId, reportsClosed: closed.sort(), authorId: ref.authorId },
        });
      } else {
        await this.repo.dismiss(manager, reportId, viewer.id, text);
        await this.audit.record(manager, {
          actorId: viewer.id,
          action: 'moderation.dismiss',
          targetType,
          targetId: ref.id,
          reason: text,
          details: { reportId },
        });
      }
      return this.row(reportId, false, manager);
    });
  }

  /** Of these spaces, those the viewer moderates (ContentAccess knows through the spaces module). */
  private async moderatedSpaces(viewer: Person, spaceIds: string[]): Promise<string[]> {
    if (spaceIds.length === 0) return [];
    // One stand-in per space: moderatable() decides by space, so it answers "which of these spaces".
    const refs = spaceIds.map((id) => ({ id, spaceId: id }));
    return [...(await this.access.moderatable(viewer, refs))];
  }

  private async row(id: string, lock = false, manager?: EntityManager): Promise<Report> {
    if (!isUUID(id)) throw notFound('Report');
    const row = await this.repo.byId(id, lock, manager);
    if (!row) throw notFound('Report');
    return toReport(row);
  }
}
