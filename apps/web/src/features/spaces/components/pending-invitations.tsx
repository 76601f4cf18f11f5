import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SpaceMembersPageFieldsFragment } from '@commons/web-graphql';
import { useAnnounce } from '@/components/ui/announcer';
import { ErrorBanner } from '@/components/ui/error-banner';
import { generalErrorKey, readAppError } from '@/utils/graphql-error';
import type { useSpace } from '../api/space.query';
import { useWithdrawInvitation } from '../api/space-mutations';
import { ShowMorePeople } from './show-more-people';
import { paths } from '@/config/paths';

/**
 * For a space's moderators and owners: the invitations nobody has answered yet, oldest first, each
 * with "Withdraw invitation" (named with the person). After a withdrawal focus moves to the button
 * in the row that took its place (or the one before), else to the heading. If the invitation has
 * gone meanwhile (accepted, declined, withdrawn by someone else) the error says so and the space is
 * fetched again.
 */
export function PendingInvitations({
  spaceId,
  invitations,
  query,
}: {
  spaceId: string;
  invitations: SpaceMembersPageFieldsFragment;
  query: ReturnType<typeof useSpace>;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [withdraw, withdrawing] = useWithdrawInvitation();

  // Where focus goes once the withdrawn person has left the list (the cache update renders it before
  // the mutation's promise settles, so this waits for the list rather than the promise).
  const focusAfter = useRef<{ personId: string; index: number } | null>(null);
  const edges = invitations.edges;
  useEffect(() => {
    const withdrawn = focusAfter.current;
    if (!withdrawn || edges.some((e) => e.node.person.id === withdrawn.personId)) return;
    focusAfter.current = null;
    const buttons = listRef.current?.querySelectorAll('button') ?? [];
    (buttons[Math.min(withdrawn.index, buttons.length - 1)] ?? headingRef.current)?.focus();
  }, [edges]);

  const onWithdraw = async (personId: string, name: string, index: number) => {
    if (withdrawing.loading) return;
    setError(null);
    focusAfter.current = { personId, index };
    try {
      await withdraw({ variables: { spaceId, personId } });
      announce(t('spaces.invitations.withdrawn', { name }));
    } catch (e) {
      focusAfter.current = null;
      const info = readAppError(e);
      if (info.code !== 'NOT_FOUND') {
        setError(t(generalErrorKey(info)));
        return;
      }
      // No longer invited: the list is out of date (they may even be a member now).
      setError(t('spaces.invitations.notInvited', { name }));
      headingRef.current?.focus();
      // A failed refetch shows its own error on the page.
      await query.refetch().catch(() => undefined);
    }
  };

  return (
    <section className="invite" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('spaces.invitations.heading', { count: invitations.totalCount })}
      </h3>
      <ErrorBanner message={error} />
      {edges.length === 0 ? (
        <p>{t('spaces.invitations.none')}</p>
      ) : (
        <ul className="member-list" ref={listRef} aria-labelledby={headingId}>
          {edges.map(({ node }, index) => {
            const name = node.person.displayName;
            return (
              <li key={node.person.id} className="member-list__item member-list__row">
                <Link className="member-list__name" to={paths.person.to(node.person.id)}>
                  {name}
                </Link>
                <button
                  type="button"
                  className="button button--secondary"
                  aria-disabled={withdrawing.loading || undefined}
                  onClick={() => void onWithdraw(node.person.id, name, index)}
                >
                  {t('spaces.invitations.withdraw')}
                  <span className="visually-hidden"> {t('spaces.invitations.toName', { name })}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <ShowMorePeople query={query} list="pendingInvitations" page={invitations} listRef={listRef} />
    </section>
  );
}
