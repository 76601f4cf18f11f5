import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPerson } from '../../common/decorators/current-person.decorator';
import { PeopleLoader } from '../people/people.loader';
import type { SessionRequest } from '../auth/auth-request.util';
import { Comment } from '../comments/comment.model';
import { CommentsLoader } from '../comments/comments.loader';
import { ContentAccess } from '../content/content-access';
import { Person } from '../people/person.entity';
import { Post } from '../posts/post.model';
import { PostsLoader } from '../posts/posts.loader';
import { PageArgs } from '../../common/graphql/page.args';
import { ModerationService } from './moderation.service';
import { ModerationAction, Report, ReportConnection } from './report.model';

@Resolver(() => Report)
export class ModerationResolver {
  constructor(
    private readonly moderation: ModerationService,
    private readonly people: PeopleLoader,
    private readonly comments: CommentsLoader,
    private readonly posts: PostsLoader,
    private readonly access: ContentAccess,
  ) {}

  @Mutation(() => Report, {
    description:
      'Reports a visible post or comment (NOT_FOUND otherwise) to its moderators and the editors. Reason required. CONFLICT: ALREADY_REPORTED.',
  })
  report(
    @CurrentPerson() viewer: Person,
    @Args('targetId', { type: () => ID }) targetId: string,
    @Args('reason') reason: string,
  ): Promise<Report> {
    return this.moderation.report(viewer, targetId, reason);
  }

  @Query(() => ReportConnection, {
    description:
      'Open reports the viewer may handle, oldest first (editors: all; space moderators: their spaces).',
  })
  moderationQueue(@CurrentPerson() viewer: Person, @Args() args: PageArgs): Promise<ReportConnection> {
    return this.moderation.queue(viewer, args);
  }

  @Query(() => Boolean, {
    description: 'The viewer moderates something: an editor or admin, or an owner or moderator of a space.',
  })
  viewerCanModerate(@CurrentPerson() viewer: Person): Promise<boolean> {
    return this.moderation.viewerCanModerate(viewer);
  }

  @Mutation(() => Report, {
    description:
      'HIDE (the content, closing every open report on it) or DISMISS (this report), with a reason; audited. Moderators of the content only.',
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
    const person = await this.people.person(req).load(report.reporterId);
    if (!person) throw new Error('reporter missing'); // people are never deleted
    return person;
  }

  @ResolveField(() => Comment, {
    nullable: true,
    description: 'The reported comment (null for a post, or when the viewer may no longer see it).',
  })
  async comment(
    @Parent() report: Report,
    @CurrentPerson() viewer: Person,
    @Context('req') req: SessionRequest,
  ): Promise<Comment | null> {
    if (report.targetKind !== 'COMMENT' || !(await this.maySeeTarget(report, viewer))) return null;
    return this.comments.byId(req).load(report.targetId);
  }

  @ResolveField(() => Post, {
    nullable: true,
    description: 'The reported post (null for a comment, or when the viewer may no longer see it).',
  })
  async post(
    @Parent() report: Report,
    @CurrentPerson() viewer: Person,
    @Context('req') req: SessionRequest,
  ): Promise<Post | null> {
    if (report.targetKind !== 'POST' || !(await this.maySeeTarget(report, viewer))) return null;
    return this.posts.post(req).load(report.targetId);
  }

  /**
   * Moderators see what they moderate (the queue lists only reports they may handle, even in a
   * space they are not in); a reporter sees the target only while it is visible to them.
   */
  private async maySeeTarget(report: Report, viewer: Person): Promise<boolean> {
    if (report.reporterId !== viewer.id) return true;
    return (await this.access.visible(viewer, [report.targetId])).has(report.targetId);
  }
}
