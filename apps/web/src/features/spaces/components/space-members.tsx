import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SpaceMemberFieldsFragment, SpaceRole } from '@commons/web-graphql';
import { useAnnounce } from '@/components/ui/announcer';
import { ErrorBanner } from '@/components/ui/error-banner';
import { generalErrorKey, readAppError } from '@/utils/graphql-error';
import type { useSpace } from '../api/space.query';
import { useRemoveMember, useSetMemberRole } from '../api/space-mutations';
import { focusOnce } from '../utils/focus-once.util';
import { InlineConfirm } from './inline-confirm';
import { InvitePeople } from './invite-people';
import { PendingInvitations } from './pending-invitations';
import { ShowMorePeople } from './show-more-people';
import { paths } from '@/config/paths';

type SpaceQuery = ReturnType<typeof useSpace>;
type Space = NonNullable<SpaceQuery['data']>['space'];

const ROLES: SpaceRole[] = ['MEMBER', 'MODERATOR', 'OWNER'];

/**
 * The space's members, oldest first, with "Show more" (focus moves to the first member added). Its
 * moderators and owners also invite people and see the invitations not yet answered; the rows offer
 * only what the viewer may do (the API decides): moderators remove members, owners remove anyone and
 * change roles. Nobody removes themselves here (that is "Leave space").
 */
export function SpaceMembers({
  space,
  query,
  viewerId,
}: {
  space: Space;
  query: SpaceQuery;
  viewerId?: string;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const members = space.members;
  const invitations = space.pendingInvitations;
  const isModerator = space.viewerCanModerate;
  const isOwner = isModerator && space.viewerMembership?.role === 'OWNER';

  return (
    <section className="space-page__section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('spaces.membersHeading')}
      </h2>
      {!members ? (
        <p>{t('spaces.membersOnlyMembers')}</p>
      ) : (
        <>
          {isModerator && (
            <InvitePeople
              spaceId={space.id}
              shownIds={
                new Set([...members.edges, ...(invitations?.edges ?? [])].map((e) => e.node.person.id))
              }
              requesterIds={new Set(space.pendingRequests?.edges.map((e) => e.node.person.id))}
            />
          )}
          {isModerator && invitations && (
            <PendingInvitations spaceId={space.id} invitations={invitations} query={query} />
          )}
          <ul className="member-list" ref={listRef}>
            {members.edges.map(({ node }) => {
              const self = node.person.id === viewerId;
              return (
                <MemberRow
                  key={node.person.id}
                  spaceId={space.id}
                  member={node}
                  viewerId={viewerId}
                  canRemove={!self && (isOwner || (isModerator && node.role === 'MEMBER'))}
                  canSetRole={isOwner}
                  onRemoved={(name) => {
                    announce(t('spaces.members.removed', { name }));
                    headingRef.current?.focus();
                  }}
                />
              );
            })}
          </ul>
          <ShowMorePeople query={query} list="members" page={members} listRef={listRef} />
        </>
      )}
    </section>
  );
}

function MemberRow({
  spaceId,
  member,
  viewerId,
  canRemove,
  canSetRole,
  onRemoved,
}: {
  spaceId: string;
  member: SpaceMemberFieldsFragment;
  viewerId: string | undefined;
  canRemove: boolean;
  canSetRole: boolean;
  onRemoved: (name: string) => void;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [mode, setMode] = useState<'view' | 'role' | 'confirm-remove'>('view');
  const [error, setError] = useState<string | null>(null);
  const [remove, removing] = useRemoveMember();
  const nameRef = useRef<HTMLAnchorElement>(null);
  const roleRef = useRef<HTMLButtonElement>(null);
  const removeRef = useRef<HTMLButtonElement>(null);
  // The button to return focus to once the inline form or confirmation has closed.
  const returnFocus = useRef<'role' | 'remove' | null>(null);
  useEffect(() => {
    if (mode !== 'view' || !returnFocus.current) return;
    // An owner who stepped down has no role button any more: focus goes to the member's name.
    ((returnFocus.current === 'role' ? roleRef : removeRef).current ?? nameRef.current)?.focus();
    returnFocus.current = null;
  }, [mode]);
  const close = (to: 'role' | 'remove') => {
    returnFocus.current = to;
    setError(null);
    setMode('view');
  };

  const name = member.person.displayName;
  const lastOwnerOr = (
    e: unknown,
    lastOwnerKey: 'spaces.members.lastOwnerRole' | 'spaces.members.lastOwnerRemove',
  ) => {
    const info = readAppError(e);
    return info.reason === 'LAST_OWNER' ? t(lastOwnerKey, { name }) : t(generalErrorKey(info));
  };

  const onRemove = async () => {
    if (removing.loading) return;
    setError(null);
    try {
      await remove({ variables: { spaceId, personId: member.person.id } });
      onRemoved(name);
    } catch (e) {
      setError(lastOwnerOr(e, 'spaces.members.lastOwnerRemove'));
    }
  };

  return (
    <li className="member-list__item">
      <div className="member-list__row">
        <span>
          <Link ref={nameRef} className="member-list__name" to={paths.person.to(member.person.id)}>
            {name}
          </Link>
          {member.role !== 'MEMBER' && <> · {t(`spaces.roles.${member.role}`)}</>}
        </span>
        {mode === 'view' && (canSetRole || canRemove) && (
          <div className="button-row">
            {canSetRole && (
              <button
                type="button"
                ref={roleRef}
                className="button button--secondary"
                onClick={() => setMode('role')}
              >
                {t('spaces.members.changeRole')}
                <span className="visually-hidden"> {t('spaces.members.forName', { name })}</span>
              </button>
            )}
            {canRemove && (
              <button
                type="button"
                ref={removeRef}
                className="button button--secondary"
                onClick={() => setMode('confirm-remove')}
              >
                {t('spaces.members.remove')}
                <span className="visually-hidden"> {name}</span>
              </button>
            )}
          </div>
        )}
      </div>
      {mode === 'role' && (
        <RoleForm
          spaceId={spaceId}
          member={member}
          viewerId={viewerId}
          error={error}
          onSaved={(role) =>
            announce(t('spaces.members.roleChanged', { name, role: t(`spaces.members.roleNames.${role}`) }))
          }
          onError={(e) => setError(lastOwnerOr(e, 'spaces.members.lastOwnerRole'))}
          onDone={() => close('role')}
        />
      )}
      {mode === 'confirm-remove' && (
        <InlineConfirm
          question={t('spaces.members.confirmRemove', { name })}
          confirmLabel={t('spaces.members.removeConfirm')}
          busy={removing.loading}
          error={error}
          onConfirm={() => void onRemove()}
          onCancel={() => close('remove')}
        />
      )}
    </li>
  );
}

/** Owners: a member's role, as radio buttons with what each role may do; saved with a button, never on change. */
function RoleForm({
  spaceId,
  member,
  viewerId,
  error,
  onSaved,
  onError,
  onDone,
}: {
  spaceId: string;
  member: SpaceMemberFieldsFragment;
  viewerId: string | undefined;
  error: string | null;
  onSaved: (role: SpaceRole) => void;
  onError: (e: unknown) => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [role, setRole] = useState<SpaceRole>(member.role);
  const [setMemberRole, { loading }] = useSetMemberRole(viewerId);
  const id = useId();
  const name = member.person.displayName;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    if (role === member.role) {
      onDone();
      return;
    }
    try {
      await setMemberRole({ spaceId, personId: member.person.id, role });
      onSaved(role);
      onDone();
    } catch (e) {
      onError(e);
    }
  };

  return (
    <form className="member-list__form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <ErrorBanner message={error} />
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('spaces.members.roleLegend', { name })}</legend>
        {ROLES.map((value, index) => (
          <div className="radio" key={value}>
            <input
              id={`${id}-${value}`}
              ref={index === ROLES.indexOf(member.role) ? focusOnce : undefined}
              className="radio__input"
              type="radio"
              name={`${id}-role`}
              checked={role === value}
              aria-describedby={`${id}-${value}-hint`}
              onChange={() => setRole(value)}
            />
            <label htmlFor={`${id}-${value}`}>{t(`spaces.roles.${value}`)}</label>
            <p id={`${id}-${value}-hint`} className="field__hint radio__hint">
              {t(`spaces.members.roleHints.${value}`)}
            </p>
          </div>
        ))}
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button" aria-disabled={loading || undefined}>
          {t('spaces.members.saveRole')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('spaces.cancel')}
        </button>
      </div>
    </form>
  );
}
