import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpaceDetailsQuery } from '@commons/web-graphql';
import { useAnnounce } from '@/components/ui/announcer';
import { ErrorBanner } from '@/components/ui/error-banner';
import { generalErrorKey, readAppError } from '@/utils/graphql-error';
import { useJoinSpace, useLeaveSpace } from '../api/space-mutations';

type Space = SpaceDetailsQuery['space'];

/**
 * Join, ask to join, accept an invitation, withdraw or leave, following `viewerMembership`. The new
 * state is announced and focus stays on this group's first button, so it is not lost when the
 * button under it changes.
 */
export function MembershipActions({ space }: { space: Space }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [join, joining] = useJoinSpace();
  const [leave, leaving] = useLeaveSpace();
  const [error, setError] = useState<string | null>(null);
  const groupRef = useRef<HTMLDivElement>(null);
  const refocus = useRef(false);
  const status = space.viewerMembership?.status ?? null;
  const busy = joining.loading || leaving.loading;

  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    groupRef.current?.querySelector('button')?.focus();
  }, [status]);

  const act = async (action: 'join' | 'leave') => {
    if (busy) return;
    setError(null);
    // Set before the call: the cache (and so the buttons) change before the mutation's promise settles.
    refocus.current = true;
    try {
      const result =
        action === 'join'
          ? (await join({ variables: { id: space.id } })).data?.joinSpace
          : (await leave({ variables: { id: space.id } })).data?.leaveSpace;
      const next = result?.viewerMembership?.status ?? null;
      announce(
        next === 'ACTIVE'
          ? t('spaces.membership.joined', { space: space.name })
          : next === 'REQUESTED'
            ? t('spaces.membership.requested', { space: space.name })
            : t('spaces.membership.left', { space: space.name }),
      );
    } catch (e) {
      refocus.current = false;
      const info = readAppError(e);
      setError(info.reason === 'LAST_OWNER' ? t('spaces.membership.lastOwner') : t(generalErrorKey(info)));
    }
  };

  const button = (action: 'join' | 'leave', label: string, secondary = false) => (
    <button
      type="button"
      className={`button${secondary ? ' button--secondary' : ''}`}
      aria-disabled={busy || undefined}
      onClick={() => void act(action)}
    >
      {label}
    </button>
  );

  return (
    <div className="membership" ref={groupRef}>
      {status === 'ACTIVE' && (
        <p>{t(`spaces.membership.youAre.${space.viewerMembership?.role ?? 'MEMBER'}`)}</p>
      )}
      {status === 'REQUESTED' && <p>{t('spaces.membership.waiting')}</p>}
      {status === 'INVITED' && <p>{t('spaces.membership.invited')}</p>}
      <ErrorBanner message={error} />
      <div className="button-row">
        {status === null && space.visibility === 'OPEN' && button('join', t('spaces.membership.join'))}
        {status === null && space.visibility !== 'OPEN' && button('join', t('spaces.membership.request'))}
        {status === 'INVITED' && button('join', t('spaces.membership.accept'))}
        {status === 'INVITED' && button('leave', t('spaces.membership.decline'), true)}
        {status === 'REQUESTED' && button('leave', t('spaces.membership.withdraw'), true)}
        {status === 'ACTIVE' && button('leave', t('spaces.membership.leave'), true)}
      </div>
    </div>
  );
}
