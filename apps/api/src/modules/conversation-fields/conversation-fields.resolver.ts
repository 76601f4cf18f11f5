import { Inject, Injectable, Type } from '@nestjs/common';
import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ReactionKind } from '@commons/shared';
import type { SessionRequest } from '../auth/auth-request.util';
import { Comment, CommentConnection, ModerationNote } from '../comments/comment.model';
import { ContentAccess } from '../content/content-access';
import { CommentsLoader } from '../comments/comments.loader';
import { PageArgs } from '../../common/graphql/page.args';
import { emptyPage } from '../../common/graphql/page.util';
import { ReactionCount, ReactorConnection } from '../reactions/reaction.model';
import { ReactionsLoader } from '../reactions/reactions.loader';
import { emptyCounts } from '../counters/content-counters';
import { ConversationCountsLoader } from './conversation-counts.loader';
import { ReactorsArgs } from './dto/reactors.args';

export interface ConversationFieldsOptions<T> {
  /** Whether the type takes comments (articles, posts) or only reactions (comments themselves). */
  comments: boolean;
  /**
   * Whether an item is only a placeholder (a removed or withheld comment): its reactions are not
   * shown (zeros, no own reaction, no reactors), as it can no longer be reacted to.
   */
  placeholder?: (item: T) => boolean;
}

const NO_REACTORS = emptyPage() as ReactorConnection;

/**
 * The conversation fields of a content type, as one resolver class: `reactionCounts`, `myReaction`
 * and `reactors` for every kind; `commentCount`, `comments(first, after)`, `latestComments` and
 * `commentsClosed` for the kinds that take comments. Each content type gets them with one line:
 *
 *   export const ArticleConversationFields = conversationFieldsResolver(Article, { comments: true });
 *
 * (and the class in a module's providers). The parent must be an item the viewer may already see
 * (its own resolver checked), with its content_item id as `id`. Every value comes from per-request
 * DataLoaders, so a page of N items costs a fixed number of statements whatever N.
 */
export function conversationFieldsResolver<T extends { id: string }>(
  classRef: Type<T>,
  options: ConversationFieldsOptions<T>,
): Type<unknown> {
  const placeholder = options.placeholder ?? (() => false);
  // Two classes rather than one base class: @nestjs/graphql cannot inherit field resolvers from an
  // abstract resolver, so the three reaction fields are written out in both (thin calls to `fields`).
  @Resolver(() => classRef)
  class ReactionFields {
    constructor(@Inject(ConversationLoaders) readonly fields: ConversationLoaders) {}

    @ResolveField(() => [ReactionCount], {
      description: 'Every reaction kind in fixed order, zeros included.',
    })
    reactionCounts(@Parent() item: T, @Context('req') req: SessionRequest): Promise<ReactionCount[]> {
      return placeholder(item)
        ? Promise.resolve(emptyCounts().reactions)
        : this.fields.reactionCounts(req, item.id);
    }

    @ResolveField(() => ReactionKind, { nullable: true, description: "The viewer's own reaction." })
    myReaction(@Parent() item: T, @Context('req') req: SessionRequest): Promise<ReactionKind | null> {
      return placeholder(item) ? Promise.resolve(null) : this.fields.myReaction(req, item.id);
    }

    @ResolveField(() => ReactorConnection, { description: 'Who reacted, newest first.' })
    reactors(
      @Parent() item: T,
      @Args() args: ReactorsArgs,
      @Context('req') req: SessionRequest,
    ): Promise<ReactorConnection> {
      return placeholder(item) ? Promise.resolve(NO_REACTORS) : this.fields.reactors(req, item.id, args);
    }
  }

  @Resolver(() => classRef)
  class ConversationFields {
    constructor(@Inject(ConversationLoaders) readonly fields: ConversationLoaders) {}

    @ResolveField(() => [ReactionCount], {
      description: 'Every reaction kind in fixed order, zeros included.',
    })
    reactionCounts(@Parent() item: T, @Context('req') req: SessionRequest): Promise<ReactionCount[]> {
      return placeholder(item)
        ? Promise.resolve(emptyCounts().reactions)
        : this.fields.reactionCounts(req, item.id);
    }

    @ResolveField(() => ReactionKind, { nullable: true, description: "The viewer's own reaction." })
    myReaction(@Parent() item: T, @Context('req') req: SessionRequest): Promise<ReactionKind | null> {
      return placeholder(item) ? Promise.resolve(null) : this.fields.myReaction(req, item.id);
    }

    @ResolveField(() => ReactorConnection, { description: 'Who reacted, newest first.' })
    reactors(
      @Parent() item: T,
      @Args() args: ReactorsArgs,
      @Context('req') req: SessionRequest,
    ): Promise<ReactorConnection> {
      return placeholder(item) ? Promise.resolve(NO_REACTORS) : this.fields.reactors(req, item.id, args);
    }

    @ResolveField(() => Int, { description: 'Comments and replies, not counting removed or hidden ones.' })
    async commentCount(@Parent() item: T, @Context('req') req: SessionRequest): Promise<number> {
      return (await this.fields.counts.counts(req).load(item.id)).comments;
    }

    @ResolveField(() => Boolean, {
      description: 'New comments are refused (an editor or moderator closed them).',
    })
    async commentsClosed(@Parent() item: T, @Context('req') req: SessionRequest): Promise<boolean> {
      return (await this.fields.counts.counts(req).load(item.id)).commentsClosed;
    }

    @ResolveField(() => CommentConnection, {
      description: 'Top-level comments, oldest first, each with its replies.',
    })
    comments(
      @Parent() item: T,
      @Args() args: PageArgs,
      @Context('req') req: SessionRequest,
    ): Promise<CommentConnection> {
      return this.fields.comments.page(req, {
        id: item.id,
        spaceId: spaceOf(item),
        first: args.first,
        after: args.after ?? null,
      });
    }

    @ResolveField(() => ModerationNote, {
      nullable: true,
      description: 'Hidden by a moderator, and why: for the author and moderators only.',
    })
    hidden(@Parent() item: T, @Context('req') req: SessionRequest): Promise<ModerationNote | null> {
      return this.fields.hidden(req, item.id);
    }

    @ResolveField(() => [Comment], {
      description: 'The two newest top-level comments (oldest of the two first), for feed cards.',
    })
    latestComments(@Parent() item: T, @Context('req') req: SessionRequest): Promise<Comment[]> {
      return this.fields.comments.latest(req, { id: item.id, spaceId: spaceOf(item) });
    }
  }

  const resolver = options.comments ? ConversationFields : ReactionFields;
  Object.defineProperty(resolver, 'name', { value: `${classRef.name}ConversationFields` });
  return resolver;
}

/** The item's space (posts carry `spaceId`; news has none): its moderators see hidden comments in lists. */
function spaceOf(item: { id: string }): string | null {
  const spaceId = (item as { spaceId?: unknown }).spaceId;
  return typeof spaceId === 'string' ? spaceId : null;
}

/** The loaders behind the fields, in one injectable so the generated classes need one constructor argument. */
@Injectable()
export class ConversationLoaders {
  constructor(
    readonly counts: ConversationCountsLoader,
    readonly reactions: ReactionsLoader,
    readonly comments: CommentsLoader,
    private readonly access: ContentAccess,
  ) {}

  async reactionCounts(req: SessionRequest, id: string): Promise<ReactionCount[]> {
    return (await this.counts.counts(req).load(id)).reactions;
  }

  myReaction(req: SessionRequest, id: string): Promise<ReactionKind | null> {
    return this.reactions.mine(req).load(id);
  }

  /** The moderation note of a hidden item, for its author and those who may moderate it; null for anyone else. */
  async hidden(req: SessionRequest, id: string): Promise<ModerationNote | null> {
    const { ref, hiddenReason } = await this.counts.counts(req).load(id);
    const viewer = req.person;
    if (!ref?.hiddenAt || !viewer) return null;
    const mayModerate = ref.authorId === viewer.id || (await this.access.moderatable(viewer, [ref])).has(id);
    return mayModerate ? { at: ref.hiddenAt, reason: hiddenReason } : null;
  }

  reactors(req: SessionRequest, id: string, args: ReactorsArgs): Promise<ReactorConnection> {
    return this.reactions.reactors(req, {
      targetId: id,
      kind: args.kind ?? null,
      first: args.first,
      after: args.after ?? null,
    });
  }
}
