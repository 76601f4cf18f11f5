import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpaceDetailsQuery } from '@commons/web-graphql';
import { useAnnounce } from '@/components/ui/announcer';
import { ErrorBanner } from '@/components/ui/error-banner';
import { generalErrorKey, readAppError } from '@/utils/graphql-error';
import { useApproveMembership, useRejectMembership } from '../api/space-mutations';

/**
 * Requests to join, for the space's owners and moderators: approve or reject each, the buttons named
 * with the person. After a decision the row goes away; focus moves to the section heading.
 */
export function PendingRequests({ space }: { space: SpaceDetailsQuery['space'] }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [approve] = useApproveMembership();
  const [reject] = useRejectMembership();
  const [error, setError] = useState<string | null>(null);
  const requests = space.pendingRequests;
  if (!requests) return null;

  const decide = async (personId: string, name: string, approved: boolean) => {
    setError(null);
    try {
      const variables = { spaceId: space.id, personId };
      if (approved) await approve({ variables });
      else await reject({ variables });
      announce(t(approved ? 'spaces.requests.approved' : 'spaces.requests.rejected', { name }));
      headingRef.current?.focus();
    } catch (e) {
      setError(t(generalErrorKey(readAppError(e))));
    }
  };

  return (
    <section className="space-page__section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('spaces.requests.heading', { count: requests.totalCount })}
      </h2>
      <ErrorBanner message={error} />
      {requests.edges.length === 0 ? (
        <p>{t('spaces.requests.none')}</p>
      ) : (
        <ul className="member-list">
          {requests.edges.map(({ node }) => {
            const name = node.person.displayName;
            return (
              <li key={node.person.id} className="member-list__item">
                <span>{name}</span>
                <div className="button-row">
                  <button
                    type="button"
                    className="button"
                    onClick={() => void decide(node.person.id, name, true)}
                  >
                    {t('spaces.requests.approve')}
                    <span className="visually-hidden"> {name}</span>
                  </button>
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => void decide(node.person.id, name, false)}
                  >
                    {t('spaces.requests.reject')}
                    <span className="visually-hidden"> {name}</span>
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
