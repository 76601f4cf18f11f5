import type { TFunction } from 'i18next';
import type { ConversationComment } from '../types';

/**
 * The name a comment goes by in its heading, labels and dialogs: its author's, or "Hidden comment" on
 * a withheld placeholder, where the API sends no author.
 */
export function commentAuthorName(comment: Pick<ConversationComment, 'author'>, t: TFunction): string {
  return comment.author?.displayName ?? t('conversation.comments.withheldHeading');
}
