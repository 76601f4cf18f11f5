import { Module } from '@nestjs/common';
import { Article } from '../articles/article.entity';
import { Comment } from '../comments/comment.model';
import { ContentModule } from '../content/content.module';
import { CommentsModule } from '../comments/comments.module';
import { ReactionsModule } from '../reactions/reactions.module';
import { ConversationCountsLoaderFactory } from './conversation-counts.loader';
import { conversationFieldsResolver, ConversationLoaders } from './conversation-fields.resolver';

/** Articles and comments get their conversation fields here; posts get theirs with one more line. */
export const ArticleConversationFields = conversationFieldsResolver(Article, { comments: true });
export const CommentConversationFields = conversationFieldsResolver(Comment, { comments: false });

/** The per-item conversation fields (reactions, comments, counts) for every content type. */
@Module({
  imports: [ContentModule, ReactionsModule, CommentsModule],
  providers: [ConversationCountsLoaderFactory, ConversationLoaders, ArticleConversationFields, CommentConversationFields],
  exports: [ConversationCountsLoaderFactory, ReactionsModule, CommentsModule],
})
export class ConversationFieldsModule {}
