import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPerson } from '../../common/decorators/current-person.decorator';
import { ArticleLoaderFactory } from '../articles/articles.loader';
import type { SessionRequest } from '../auth/auth-request.util';
import { Comment } from '../comments/comment.model';
import { CommentLoaderFactory } from '../comments/comments.loader';
import { ContentAccess } from '../content/content-access';
import { Person } from '../people/person.entity';
import { ModerationQueueArgs } from './dto/moderation.args';
import { ModerationService } from './moderation.service';
import { ModerationAction, Report, ReportConnection } from './report.model';

@Resolver(() => Report)
export class ModerationResolver {
  constructor(
    private readonly moderation: ModerationService,
    private readonly people: ArticleLoaderFactory,
    private readonly comments: CommentLoaderFactory,
    private readonly access: ContentAccess,
  ) {}

  @Mutation(() => Report, {
    description: 'Reports a visible post or comment (NOT_FOUND otherwise) to its moderators and the editors. Reason required. CONFLICT: ALREADY_REPORTED.',
  })
  report(@CurrentPerson() viewer: Person, @Args('targetId', { type: () => ID }) targetId: string, @Args('reason') reason: string): Promise<Report> {
    return this.moderation.report(viewer, targetId, reason);
  }

  @Query(() => ReportConnection, { description: 'Open reports the viewer may handle, oldest first (editors: all; space moderators: their spaces).' })
  moderationQueue(@CurrentPerson() viewer: Person, @Args() args: ModerationQueueArgs): Promise<ReportConnection> {
    return this.moderation.queue(viewer, args);
  }

  @Mutation(() => Report, {
    description: 'HIDE (the content, closing every open report on it) or DISMISS (this report), with a reason; audited. Moderators of the content only.',
  })
  moderate(
    @CurrentPerson() viewer: Person,
    @Args('reportId', { type: () => ID }) reportId: string,
    @Args('action', { type: () => ModerationAction }) action: ModerationAction,
    @Args('reason') reason: string,
  ): Promise<Report> {
    return this.moderation.moderate(viewer, reportId, action, reason);
  }

  @ResolveField(() => Person)
  async reporter(@Parent() report: Report, @Context('req') req: object): Promise<Person> {
    const person = await this.people.for(req).person.load(report.reporterId);
    if (!person) throw new Error('reporter missing'); // people are never deleted
    return person;
  }

  @ResolveField(() => Comment, { nullable: true, description: 'The reported comment (null for a post, or when the viewer may no longer see it).' })
  async comment(@Parent() report: Report, @CurrentPerson() viewer: Person, @Context('req') req: SessionRequest): Promise<Comment | null> {
    if (report.targetKind !== 'COMMENT') return null;
    // Moderators see what they moderate (queue, moderate); a reporter sees it only while it is visible to them.
    if (report.reporterId === viewer.id && !(await this.access.visible(viewer, [report.targetId])).has(report.targetId)) return null;
    return this.comments.for(req).byId.load(report.targetId);
  }
}
