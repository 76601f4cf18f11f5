import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SPACE_INVITE_MAX } from '@commons/shared';
import { useAnnounce } from '@/components/ui/announcer';
import { ErrorBanner } from '@/components/ui/error-banner';
import { generalErrorKey, readAppError } from '@/utils/graphql-error';
import { useInviteToSpace } from '../api/space-mutations';
import { PeopleCombobox, type PersonChoice } from './people-combobox';

/**
 * For a space's moderators and owners: find people by name, gather them in a list (each can be taken
 * off it), then send the invitations at once. Someone who had asked to join becomes a member; the
 * others are invited and appear under the pending invitations (the space is fetched again).
 */
export function InvitePeople({
  spaceId,
  shownIds,
  requesterIds,
}: {
  spaceId: string;
  /** Members and invited people shown on the page: not offered again. */
  shownIds: ReadonlySet<string>;
  /** People who asked to join: inviting them makes them members. */
  requesterIds: ReadonlySet<string>;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const headingId = useId();
  const fieldId = useId();
  const [chosen, setChosen] = useState<PersonChoice[]>([]);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [invite, { loading }] = useInviteToSpace();
  const chosenRef = useRef<HTMLUListElement>(null);
  const exclude = new Set([...shownIds, ...chosen.map((p) => p.id)]);

  const focusField = () => document.getElementById(fieldId)?.focus();
  // After a person is taken off, focus the button in the row that took their place (or the one
  // before), else the field; looked up once the list has rendered without them.
  const focusAfter = useRef<number | null>(null);
  useEffect(() => {
    if (focusAfter.current === null) return;
    const index = focusAfter.current;
    focusAfter.current = null;
    const buttons = chosenRef.current?.querySelectorAll('button') ?? [];
    const next = buttons[Math.min(index, buttons.length - 1)];
    if (next) next.focus();
    else focusField();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs when the list has lost a row
  }, [chosen.length]);

  const add = (person: PersonChoice) => {
    if (chosen.length >= SPACE_INVITE_MAX) {
      setFieldError(t('spaces.invite.tooMany', { max: SPACE_INVITE_MAX }));
      return;
    }
    setFieldError(null);
    setChosen((list) => [...list, person]);
    announce(t('spaces.invite.added', { name: person.displayName }));
  };

  const takeOff = (index: number) => {
    const person = chosen[index];
    focusAfter.current = index;
    setChosen((list) => list.filter((_, i) => i !== index));
    announce(t('spaces.invite.takenOff', { name: person.displayName }));
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setError(null);
    if (chosen.length === 0) {
      setFieldError(t('spaces.invite.noneChosen'));
      focusField();
      return;
    }
    setFieldError(null);
    try {
      await invite({ variables: { spaceId, personIds: chosen.map((p) => p.id) } });
      const joined = chosen.filter((p) => requesterIds.has(p.id));
      const invited = chosen.filter((p) => !requesterIds.has(p.id));
      setChosen([]);
      announce(
        [
          invited.length === 1
            ? t('spaces.invite.sentOne', { name: invited[0].displayName })
            : invited.length > 1
              ? t('spaces.invite.sentMany', { count: invited.length })
              : '',
          ...joined.map((p) => t('spaces.invite.joined', { name: p.displayName })),
        ]
          .filter(Boolean)
          .join('. '),
      );
      focusField();
    } catch (e) {
      const info = readAppError(e);
      setError(
        info.reason === 'UNKNOWN_PERSON' ? t('spaces.invite.unknownPerson') : t(generalErrorKey(info)),
      );
    }
  };

  return (
    <section className="invite" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('spaces.invite.heading')}</h3>
      <ErrorBanner message={error} />
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <PeopleCombobox
          id={fieldId}
          label={t('spaces.invite.search')}
          hint={t('spaces.invite.searchHint')}
          error={fieldError ?? undefined}
          exclude={exclude}
          onPick={add}
        />
        {chosen.length > 0 && (
          <ul
            className="member-list"
            ref={chosenRef}
            aria-label={t('spaces.invite.chosen', { count: chosen.length })}
          >
            {chosen.map((person, index) => (
              <li key={person.id} className="member-list__item member-list__row">
                <span>{person.displayName}</span>
                <button type="button" className="button button--secondary" onClick={() => takeOff(index)}>
                  {t('spaces.invite.takeOff')}
                  <span className="visually-hidden"> {person.displayName}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <button type="submit" className="button" aria-disabled={loading || undefined}>
          {loading ? t('spaces.invite.sending') : t('spaces.invite.send')}
        </button>
      </form>
    </section>
  );
}
