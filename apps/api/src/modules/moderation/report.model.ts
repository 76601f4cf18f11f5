import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../common/graphql/connection.model';

export enum ReportStatus {
  OPEN = 'OPEN',
  HIDDEN = 'HIDDEN',
  DISMISSED = 'DISMISSED',
}

export enum ModerationAction {
  /** Hide the content: gone for everyone but its author (who sees why) and moderators. */
  HIDE = 'HIDE',
  /** Nothing wrong: close this report, leave the content as it is. */
  DISMISS = 'DISMISS',
}

/** What can be reported (news is corrected by its editors, not reported). */
export enum ReportTargetKind {
  POST = 'POST',
  COMMENT = 'COMMENT',
}

registerEnumType(ReportStatus, { name: 'ReportStatus' });
registerEnumType(ModerationAction, { name: 'ModerationAction' });
registerEnumType(ReportTargetKind, { name: 'ReportTargetKind', description: 'What was reported.' });

@ObjectType({
  description:
    'A report of a post or comment. Seen by its reporter and by those who may moderate the content.',
})
export class Report {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  targetId!: string;

  @Field(() => ReportTargetKind)
  targetKind!: ReportTargetKind;

  @Field()
  reason!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => ReportStatus)
  status!: ReportStatus;

  @Field(() => Date, { nullable: true })
  handledAt!: Date | null;

  @Field(() => String, { nullable: true, description: "The moderator's reason." })
  handledReason!: string | null;

  reporterId!: string;
  handledById!: string | null;
}

@ObjectType({ description: 'Open reports, oldest first; keyset cursors.' })
export class ReportConnection extends Connection(() => Report, 'Report') {}

export interface ReportRow {
  id: string;
  content_id: string;
  kind: ReportTargetKind;
  reporter_id: string;
  reason: string;
  created_at: Date;
  status: ReportStatus;
  handled_by: string | null;
  handled_at: Date | null;
  handled_reason: string | null;
}

export const REPORT_COLUMNS = `r.id, r.content_id, ci.kind, r.reporter_id, r.reason, r.created_at, r.status, r.handled_by, r.handled_at, r.handled_reason`;

export function toReport(row: ReportRow): Report {
  return Object.assign(new Report(), {
    id: row.id,
    targetId: row.content_id,
    targetKind: row.kind,
    reason: row.reason,
    createdAt: row.created_at,
    status: row.status,
    handledAt: row.handled_at,
    handledReason: row.handled_reason,
    reporterId: row.reporter_id,
    handledById: row.handled_by,
  });
}
