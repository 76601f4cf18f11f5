import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '@/components/ui/announcer';
import { PeopleListbox, peopleOptionId } from '@/components/ui/people-listbox';
import { TextField } from '@/components/ui/text-field';
import { SEARCH_DEBOUNCE_MS } from '@/config/constants';
import { usePeopleToInvite } from '../api/people-to-invite.query';

export interface PersonChoice {
  id: string;
  displayName: string;
  title?: string | null;
}

/**
 * Find a person by name (APG combobox, list autocomplete, first option highlighted). DOM focus stays
 * in the field: Up/Down move the highlight (aria-activedescendant), Enter picks, Esc closes and keeps
 * the text, Tab leaves. The number found is spoken once the search answers. People in `exclude` (already
 * members or already picked) are left out. Picking empties the field for the next name.
 */
export function PeopleCombobox({
  id,
  label,
  hint,
  error,
  exclude,
  onPick,
}: {
  id: string;
  label: string;
  hint: string;
  error?: string;
  exclude: ReadonlySet<string>;
  onPick: (person: PersonChoice) => void;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  // Search after a pause in typing.
  useEffect(() => {
    const timer = setTimeout(() => setSearch(text.trim()), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const { data, loading } = usePeopleToInvite(search);
  const found = search.length >= 2 && !loading && data ? data.people.edges.map((e) => e.node) : null;
  const options = found?.filter((person) => !exclude.has(person.id)) ?? [];

  // A new answer opens the list, highlights its first option and says how many were found.
  useEffect(() => {
    // Not for an old search, nor once the person has moved on from the field.
    if (!found || search !== text.trim() || document.activeElement !== inputRef.current) return;
    setOpen(true);
    setActive(0);
    announce(
      options.length > 0
        ? t('spaces.invite.results', { count: options.length })
        : t('spaces.invite.noResults'),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per answer, not on every keystroke
  }, [data, search]);

  const expanded = open && options.length > 0 && text.trim().length >= 2;
  const optionId = (index: number) => peopleOptionId(listId, index);

  const pick = (person: PersonChoice) => {
    onPick(person);
    setText('');
    setSearch('');
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (options.length === 0) return;
      event.preventDefault();
      if (!expanded) {
        setOpen(true);
        setActive(event.key === 'ArrowDown' ? 0 : options.length - 1);
      } else {
        const step = event.key === 'ArrowDown' ? 1 : options.length - 1;
        setActive((i) => (i + step) % options.length);
      }
    } else if (event.key === 'Enter') {
      // Enter picks; it never submits the form around the field.
      event.preventDefault();
      if (expanded && options[active]) pick(options[active]);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
    }
  };

  return (
    <div className="combobox">
      <TextField
        ref={inputRef}
        id={id}
        label={label}
        hint={hint}
        error={error}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? optionId(active) : undefined}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(false);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <PeopleListbox
        id={listId}
        label={t('spaces.invite.listLabel')}
        expanded={expanded}
        people={options}
        active={active}
        onPick={pick}
      />
      {found && options.length === 0 && text.trim().length >= 2 && (
        <p className="field__hint" aria-hidden="true">
          {t('spaces.invite.noResults')}
        </p>
      )}
    </div>
  );
}
