import { useEffect, useRef } from 'react';
import type { ConversationComment } from '../types';

/** Keeps a comment's element for focus moves; forgets it when React removes it. */
function remember(map: Map<string, HTMLElement>, id: string, el: HTMLElement | null): void {
  if (el) map.set(id, el);
  else map.delete(id);
}

/**
 * Where focus goes in a comment thread: the elements it can move to (each comment's heading, menu
 * button and reply button, the thread's heading), a focus move that waits until React has put its
 * target on the page, and "Show more" moving focus to the first new comment.
 */
export function useThreadFocus(comments: readonly ConversationComment[], loadingMore: boolean) {
  const threadHeading = useRef<HTMLHeadingElement>(null);
  const headings = useRef(new Map<string, HTMLElement>());
  const menuButtons = useRef(new Map<string, HTMLElement>());
  const replyButtons = useRef(new Map<string, HTMLElement>());
  const knownBeforeMore = useRef<Set<string> | null>(null);

  // "Show more": once the new comments are on the page, focus the first one's heading.
  useEffect(() => {
    if (!knownBeforeMore.current) return;
    const known = knownBeforeMore.current;
    const firstNew = comments.find((c) => !known.has(c.id));
    const heading = firstNew && headings.current.get(firstNew.id);
    if (heading) {
      knownBeforeMore.current = null;
      heading.focus();
    }
  });

  const showMore = async (load: () => Promise<unknown> | void) => {
    if (loadingMore) return;
    knownBeforeMore.current = new Set(comments.map((c) => c.id));
    try {
      await load();
    } catch {
      knownBeforeMore.current = null;
    }
  };

  // Focus that must wait for React to put its target on the page (a button back after a form closes).
  const pendingFocus = useRef<(() => HTMLElement | null | undefined) | null>(null);
  useEffect(() => {
    const target = pendingFocus.current?.();
    if (target) {
      pendingFocus.current = null;
      target.focus();
    }
  });

  return {
    threadHeading,
    headingOf: (id: string) => headings.current.get(id),
    menuButtonOf: (id: string) => menuButtons.current.get(id),
    replyButtonOf: (id: string) => replyButtons.current.get(id),
    /** Ref callbacks for a comment's heading, menu button and reply button. */
    register: {
      heading: (id: string) => (el: HTMLElement | null) => remember(headings.current, id, el),
      menuButton: (id: string) => (el: HTMLElement | null) => remember(menuButtons.current, id, el),
      replyButton: (id: string) => (el: HTMLElement | null) => remember(replyButtons.current, id, el),
    },
    /** Focuses what `target` returns after the next render that has it. */
    focusAfterRender: (target: () => HTMLElement | null | undefined) => {
      pendingFocus.current = target;
    },
    showMore,
  };
}

export type ThreadFocus = ReturnType<typeof useThreadFocus>;
