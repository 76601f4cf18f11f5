import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '@/components/ui/announcer';
import type { ConversationComment } from '../types';
import type { ThreadFocus } from './use-thread-focus';

/**
 * Deleting a comment from a thread: which comment is being deleted, and where focus goes after —
 * the next comment still on the page, else the thread's heading; back to its menu button on cancel.
 */
export function useCommentDeletion(flat: readonly ConversationComment[], focus: ThreadFocus) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [deleting, setDeleting] = useState<ConversationComment | null>(null);
  const afterDeleteFocus = useRef<HTMLElement | null>(null);

  const startDelete = (comment: ConversationComment) => {
    const index = flat.findIndex((c) => c.id === comment.id);
    const next = flat.slice(index + 1).find((c) => !c.deleted);
    afterDeleteFocus.current = (next && focus.headingOf(next.id)) ?? null;
    setDeleting(comment);
  };

  // After a delete: announced, and (as the dialog closes) focus to the next comment or the heading.
  const deleted = () => {
    announce(t('conversation.comments.deleted'));
    const target = afterDeleteFocus.current?.isConnected
      ? afterDeleteFocus.current
      : focus.threadHeading.current;
    afterDeleteFocus.current = target;
    setDeleting(null);
  };
  const cancelDelete = () => {
    afterDeleteFocus.current = null;
    setDeleting(null);
  };
  const deleteFocus = () => {
    const target = afterDeleteFocus.current;
    afterDeleteFocus.current = null;
    return target ?? (deleting ? focus.menuButtonOf(deleting.id) : null);
  };

  return { deleting, startDelete, deleted, cancelDelete, deleteFocus };
}
