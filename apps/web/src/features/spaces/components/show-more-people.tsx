import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpaceMembersPageFieldsFragment } from '@commons/web-graphql';
import { generalErrorKey, readAppError } from '@/utils/graphql-error';
import { showMorePeople, type PeopleList, type useSpace } from '../api/space.query';
import { ErrorBanner } from '@/components/ui/error-banner';

const TEXTS = {
  members: { shown: 'spaces.membersShown', more: 'spaces.members.showMore' },
  pendingInvitations: { shown: 'spaces.invitations.shown', more: 'spaces.invitations.showMore' },
} as const;

/**
 * Under a page of a space's members or invitations: how many are shown of how many, and "Show more".
 * Focus then moves to the name of the first person added (`.member-list__name` in `listRef`), once
 * the longer list has rendered.
 */
export function ShowMorePeople({
  query,
  list,
  page,
  listRef,
}: {
  query: ReturnType<typeof useSpace>;
  list: PeopleList;
  page: SpaceMembersPageFieldsFragment;
  listRef: RefObject<HTMLUListElement | null>;
}) {
  const { t } = useTranslation();
  const [loading, setLoading] = useState(false);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = page.edges.length;

  useEffect(() => {
    if (focusIndex === null || shown <= focusIndex) return;
    listRef.current?.querySelectorAll<HTMLElement>('.member-list__name')[focusIndex]?.focus();
    setFocusIndex(null);
  }, [shown, focusIndex, listRef]);

  const showMore = async () => {
    if (!page.pageInfo.endCursor || loading) return;
    setLoading(true);
    setError(null);
    try {
      await showMorePeople(query, list, page.pageInfo.endCursor);
      setFocusIndex(shown);
    } catch (e) {
      setError(t(generalErrorKey(readAppError(e))));
    } finally {
      setLoading(false);
    }
  };

  return (
    <>
      <ErrorBanner message={error} />
      {page.totalCount > shown && <p>{t(TEXTS[list].shown, { shown, total: page.totalCount })}</p>}
      {page.pageInfo.hasNextPage && (
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={loading || undefined}
          onClick={() => void showMore()}
        >
          {t(TEXTS[list].more)}
        </button>
      )}
    </>
  );
}
