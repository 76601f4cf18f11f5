import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface ShowMoreOptions<N> {
  /** The items on show now. */
  nodes: readonly N[];
  /** The key each item's <li> carries as data-feed-item. */
  keyOf: (node: N) => string;
  /** Whether an item of a new page will be on show (the list may leave some out). */
  shown: (node: N) => boolean;
  endCursor: string | null | undefined;
  /** A page is on its way: "Show more" does nothing meanwhile. */
  fetching: boolean;
  /** Fetches the page after `after` and resolves to its items. */
  fetchPage: (after: string) => Promise<readonly N[] | undefined>;
}

/**
 * "Show more" for a feed list: appends the next page and moves focus to the first new item (an
 * article's heading link, or what a card marks with data-feed-focus), so keyboard and screen reader
 * users carry on reading where the new items begin. Put `listRef` on the <ol>.
 */
export function useShowMore<N>({ nodes, keyOf, shown, endCursor, fetching, fetchPage }: ShowMoreOptions<N>) {
  const listRef = useRef<HTMLOListElement>(null);
  const focusKey = useRef<string | null>(null);

  useEffect(() => {
    focusPending(listRef.current, focusKey);
  }, [nodes.length]);

  const showMore = async () => {
    if (!endCursor || fetching) return;
    const known = new Set(nodes.map(keyOf));
    const page = await fetchPage(endCursor);
    const firstNew = page?.find((node) => !known.has(keyOf(node)) && shown(node));
    if (firstNew) {
      focusKey.current = keyOf(firstNew);
      // The list may already hold the new items when this runs; focus now if so.
      focusPending(listRef.current, focusKey);
    }
  };

  return { listRef, showMore };
}

/** Focuses the item waiting for focus once it is in the list, and stops waiting. */
function focusPending(list: HTMLElement | null, focusKey: { current: string | null }) {
  if (!focusKey.current) return;
  const item = Array.from(list?.querySelectorAll<HTMLElement>('[data-feed-item]') ?? []).find(
    (el) => el.dataset['feedItem'] === focusKey.current,
  );
  const target = item?.querySelector<HTMLElement>('a.news-card__link, [data-feed-focus]');
  if (target) {
    focusKey.current = null;
    target.focus();
  }
}

interface ShowMoreButtonProps {
  label: string;
  fetching: boolean;
  onShowMore: () => Promise<void>;
}

/** The "Show more" button: says it is loading, and is not actionable, while a page is on its way. */
export function ShowMoreButton({ label, fetching, onShowMore }: ShowMoreButtonProps) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button--secondary"
      onClick={() => void onShowMore()}
      aria-disabled={fetching || undefined}
    >
      {fetching ? t('news.loadingMore') : label}
    </button>
  );
}
