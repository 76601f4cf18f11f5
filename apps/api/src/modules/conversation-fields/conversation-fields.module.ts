import { Module } from '@nestjs/common';
import { Article } from '../articles/article.entity';
import { Comment } from '../comments/comment.model';
import { ContentModule } from '../content/content.module';
import { CountersModule } from '../counters/counters.module';
import { CommentsModule } from '../comments/comments.module';
import { Post } from '../posts/post.model';
import { ReactionsModule } from '../reactions/reactions.module';
import { ConversationCountsLoader } from './conversation-counts.loader';
import { conversationFieldsResolver, ConversationLoaders } from './conversation-fields.resolver';

/** Every commentable or reactable type gets its conversation fields here, one line each. */
export const ArticleConversationFields = conversationFieldsResolver(Article, { comments: true });
export const PostConversationFields = conversationFieldsResolver(Post, { comments: true });
export const CommentConversationFields = conversationFieldsResolver(Comment, {
  comments: false,
  placeholder: (c) => c.removed || c.withheld,
});

/** The per-item conversation fields (reactions, comments, counts) for every content type. */
@Module({
  imports: [ContentModule, CountersModule, ReactionsModule, CommentsModule],
  providers: [
    ConversationCountsLoader,
    ConversationLoaders,
    ArticleConversationFields,
    PostConversationFields,
    CommentConversationFields,
  ],
  exports: [ConversationCountsLoader, ReactionsModule, CommentsModule],
})
export class ConversationFieldsModule {}
