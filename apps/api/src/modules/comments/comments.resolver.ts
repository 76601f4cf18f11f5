import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { MODERATION_REASON_MAX_LENGTH } from '@commons/shared';
import { CurrentPerson } from '../../common/decorators/current-person.decorator';
import { PeopleLoader } from '../people/people.loader';
import type { SessionRequest } from '../auth/auth-request.util';
import { Person } from '../people/person.entity';
import { Comment, ModerationNote } from './comment.model';
import { CommentsLoader } from './comments.loader';
import { CommentsPolicy } from './comments.policy';
import { CommentsService } from './comments.service';
import { MentionCandidatesArgs } from './dto/mention-candidates.args';
import { MentionsService } from './mentions.service';

@Resolver(() => Comment)
export class CommentsResolver {
  constructor(
    private readonly comments: CommentsService,
    private readonly mentions: MentionsService,
    private readonly loaders: CommentsLoader,
    private readonly people: PeopleLoader,
  ) {}

  @Query(() => Comment, { description: 'NOT_FOUND unless the viewer may see it.' })
  comment(@CurrentPerson() viewer: Person, @Args('id', { type: () => ID }) id: string): Promise<Comment> {
    return this.comments.get(viewer, id);
  }

  @Query(() => [Person], {
    description:
      'The @ autocomplete: active people by name, best matches first. With targetId (the item commented on, or a comment ' +
      'on it; NOT_FOUND unless visible): only people a mention there reaches. Under a post in a CLOSED or SECRET space its ' +
      "members; under news the article's audience, its author and the editors.",
  })
  mentionCandidates(@CurrentPerson() viewer: Person, @Args() args: MentionCandidatesArgs): Promise<Person[]> {
    return this.mentions.candidates(viewer, args.search, args.first, args.targetId ?? null);
  }

  @Mutation(() => Comment, {
    description:
      'Comments on a visible article or post (NOT_FOUND otherwise), or replies to a top-level comment with parentId. ' +
      'Light HTML, sanitised; mentions as <a data-mention="<personId>">@Name</a>. BAD_USER_INPUT: REQUIRED, ' +
      'TOO_LONG (over 10,000 characters of the text readers see: markup and escapes do not count), ' +
      'TOO_MANY_MENTIONS, NESTED_REPLY, WRONG_TARGET, NOT_COMMENTABLE, COMMENTS_CLOSED.',
  })
  addComment(
    @CurrentPerson() viewer: Person,
    @Args('targetId', { type: () => ID }) targetId: string,
    @Args('body') body: string,
    @Args('parentId', { type: () => ID, nullable: true }) parentId?: string | null,
  ): Promise<Comment> {
    return this.comments.add(viewer, targetId, body, parentId);
  }

  @Mutation(() => Comment, { description: 'The author only; marked edited, the earlier text kept.' })
  editComment(
    @CurrentPerson() viewer: Person,
    @Args('id', { type: () => ID }) id: string,
    @Args('body') body: string,
  ): Promise<Comment> {
    return this.comments.edit(viewer, id, body);
  }

  @Mutation(() => Comment, {
    description:
      'The author or a moderator; the comment stays as a removed placeholder. Removing someone else’s comment needs a ' +
      `reason (kept in the audit log): BAD_USER_INPUT on reason, REQUIRED or TOO_LONG (over ${MODERATION_REASON_MAX_LENGTH} characters).`,
  })
  deleteComment(
    @CurrentPerson() viewer: Person,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<Comment> {
    return this.comments.remove(viewer, id, reason);
  }

  @Mutation(() => Boolean, {
    description:
      'Editors (news) and space moderators (posts) close or reopen comments. Returns the new state.',
  })
  setCommentsClosed(
    @CurrentPerson() viewer: Person,
    @Args('targetId', { type: () => ID }) targetId: string,
    @Args('closed') closed: boolean,
  ): Promise<boolean> {
    return this.comments.setClosed(viewer, targetId, closed);
  }

  @ResolveField(() => Person, {
    nullable: true,
    description: 'Null on a withheld placeholder: who wrote hidden content is not shown.',
  })
  async author(@Parent() comment: Comment, @Context('req') req: object): Promise<Person | null> {
    if (comment.withheld) return null;
    const person = await this.people.person(req).load(comment.authorId);
    if (!person) throw new Error('comment author missing'); // people are never deleted
    return person;
  }

  @ResolveField(() => [Comment], { description: 'Replies, oldest first (empty for a reply).' })
  replies(@Parent() comment: Comment, @Context('req') req: SessionRequest): Promise<Comment[]> | Comment[] {
    if (comment.parentId !== null) return [];
    return this.loaders.replies(req, { id: comment.id, spaceId: comment.spaceId });
  }

  @ResolveField(() => Boolean)
  edited(@Parent() comment: Comment): boolean {
    return comment.editedAt !== null;
  }

  @ResolveField(() => ModerationNote, {
    nullable: true,
    description: 'Hidden by a moderator, and why: for the author and moderators only.',
  })
  async hidden(
    @Parent() comment: Comment,
    @CurrentPerson() viewer: Person,
    @Context('req') req: SessionRequest,
  ): Promise<ModerationNote | null> {
    if (!comment.hiddenAt || comment.withheld) return null;
    const policy = CommentsPolicy.for(viewer);
    const mayModerate = policy.isAuthor(comment) || (await this.loaders.mayModerate(req, comment));
    return policy.canSeeModerationNote(comment, mayModerate)
      ? { at: comment.hiddenAt, reason: comment.hiddenReason }
      : null;
  }

  @ResolveField(() => Boolean)
  viewerCanEdit(@Parent() comment: Comment, @CurrentPerson() viewer: Person): boolean {
    return CommentsPolicy.for(viewer).canEdit(comment);
  }

  @ResolveField(() => Boolean)
  async viewerCanDelete(
    @Parent() comment: Comment,
    @CurrentPerson() viewer: Person,
    @Context('req') req: SessionRequest,
  ): Promise<boolean> {
    const policy = CommentsPolicy.for(viewer);
    if (comment.removed) return false;
    return (
      policy.isAuthor(comment) || policy.canDelete(comment, await this.loaders.mayModerate(req, comment))
    );
  }
}
