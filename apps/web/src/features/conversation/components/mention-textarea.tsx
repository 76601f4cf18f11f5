import {
  forwardRef,
  useEffect,
  useId,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
  type ChangeEvent,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '@/components/ui/announcer';
import { PeopleListbox, peopleOptionId } from '@/components/ui/people-listbox';
import { SEARCH_DEBOUNCE_MS } from '@/config/constants';
import type { Mention, PersonSummary, SearchPeople } from '../types';
import { activeMentionQuery, insertMention } from '../utils/mention-body.util';
import './mention-textarea.css';

export interface MentionTextareaProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** Extra ids for aria-describedby (e.g. a character count), after the hint and error. */
  describedBy?: string;
  text: string;
  /** The people picked so far; the body HTML is built from text + mentions (toBodyHtml). */
  mentions: readonly Mention[];
  onChange: (text: string, mentions: Mention[]) => void;
  searchPeople: SearchPeople;
  rows?: number;
  debounceMs?: number;
}

/**
 * A comment field with @mention autocomplete (APG combobox, list autocomplete with the first option
 * highlighted). DOM focus never leaves the textarea: Up/Down move the highlight (aria-activedescendant),
 * Enter picks, Esc closes and keeps the text, the result count is spoken once after a pause.
 *
 * A <textarea> may not take role="combobox" (ARIA in HTML) and a textbox may not carry aria-expanded,
 * so the textarea sits inside an ARIA 1.1-style combobox wrapper that holds the expanded state and
 * owns the listbox; the textarea keeps its multi-line textbox role, aria-autocomplete,
 * aria-controls and aria-activedescendant.
 */
export const MentionTextarea = forwardRef<HTMLTextAreaElement, MentionTextareaProps>(function MentionTextarea(
  {
    id,
    label,
    hint,
    error,
    describedBy,
    text,
    mentions,
    onChange,
    searchPeople,
    rows = 4,
    debounceMs = SEARCH_DEBOUNCE_MS,
  },
  forwardedRef,
) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const listId = useId();
  const labelId = `${id}-label`;
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  useImperativeHandle(forwardedRef, () => textareaRef.current as HTMLTextAreaElement);

  const [query, setQuery] = useState<{ start: number; query: string } | null>(null);
  const [results, setResults] = useState<PersonSummary[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const dismissedAt = useRef<number | null>(null);
  const requestSeq = useRef(0);
  const pendingCaret = useRef<number | null>(null);

  // Search after a pause in typing; only the newest answer counts.
  useEffect(() => {
    if (!query) return;
    const seq = ++requestSeq.current;
    const timer = setTimeout(() => {
      searchPeople(query.query.trim()).then(
        (people) => {
          if (seq !== requestSeq.current) return;
          if (people.length === 0 && query.query.trim().includes(' ')) {
            // "@Bo said hi": past the name, this is prose. Stop searching until the next "@".
            dismissedAt.current = query.start;
            close();
            return;
          }
          setResults(people);
          setActive(people.length > 0 ? 0 : -1);
          setOpen(true);
          announce(
            people.length > 0
              ? t('conversation.mention.results', { count: people.length })
              : t('conversation.mention.noResults'),
          );
        },
        () => {
          if (seq === requestSeq.current) close();
        },
      );
    }, debounceMs);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new search only when the query changes
  }, [query?.start, query?.query]);

  // Put the caret after an inserted mention once React has written the new text.
  useLayoutEffect(() => {
    if (pendingCaret.current === null || !textareaRef.current) return;
    textareaRef.current.setSelectionRange(pendingCaret.current, pendingCaret.current);
    pendingCaret.current = null;
  });

  function close() {
    requestSeq.current++;
    setQuery(null);
    setOpen(false);
    setActive(-1);
    setResults([]);
  }

  const track = (value: string, caret: number, picked: readonly Mention[] = mentions) => {
    const found = activeMentionQuery(value, caret);
    // Text after a picked person ("@Anna Lind tack") is not a new search.
    const next =
      found && !picked.some((m) => value.startsWith(`@${m.displayName}`, found.start)) ? found : null;
    if (next && next.start !== dismissedAt.current) {
      if (next.start !== query?.start || next.query !== query?.query) setQuery(next);
    } else {
      if (!next) dismissedAt.current = null;
      if (query || open) close();
    }
  };

  const onTextChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    const value = event.target.value;
    // Forget people whose token was deleted or altered, so they are not notified.
    const kept = mentions.filter((m) => value.includes(`@${m.displayName}`));
    onChange(value, kept);
    track(value, event.target.selectionStart ?? value.length, kept);
  };

  const pick = (person: PersonSummary) => {
    if (!query) return;
    const caret = textareaRef.current?.selectionStart ?? text.length;
    const mention = { id: person.id, displayName: person.displayName };
    const next = insertMention(
      text,
      query.start,
      Math.max(caret, query.start + query.query.length + 1),
      mention,
    );
    pendingCaret.current = next.caret;
    onChange(next.text, [
      ...mentions.filter((m) => m.id !== mention.id || m.displayName !== mention.displayName),
      mention,
    ]);
    close();
    announce(t('conversation.mention.mentioned', { name: person.displayName }));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!open) return;
    const count = results.length;
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault();
      setActive((i) => (i + 1) % count);
    } else if (event.key === 'ArrowUp' && count > 0) {
      event.preventDefault();
      setActive((i) => (i <= 0 ? count - 1 : i - 1));
    } else if (event.key === 'Enter' && active >= 0 && results[active]) {
      event.preventDefault();
      pick(results[active]);
    } else if (event.key === 'Escape') {
      // Only the list closes: not the dialog or form around it.
      event.preventDefault();
      event.stopPropagation();
      dismissedAt.current = query?.start ?? null;
      close();
    } else if (event.key === 'Tab') {
      close();
    }
  };

  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedByIds = [hintId, errorId, describedBy].filter(Boolean).join(' ') || undefined;
  const optionId = (index: number) => peopleOptionId(listId, index);
  const expanded = open && results.length > 0;

  return (
    <div className={`field mention${error ? ' field--error' : ''}`}>
      <label id={labelId} className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error">
          <span className="visually-hidden">{t('errors.prefix')} </span>
          {error}
        </p>
      )}
      <div
        className="mention__combobox"
        role="combobox"
        aria-labelledby={labelId}
        aria-expanded={expanded}
        aria-owns={listId}
        aria-controls={listId}
        aria-haspopup="listbox"
      >
        <textarea
          ref={textareaRef}
          id={id}
          className="field__input field__textarea field__input--wide"
          rows={rows}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedByIds}
          aria-autocomplete="list"
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          onChange={onTextChange}
          onKeyDown={onKeyDown}
          // Caret moves by mouse or arrow keys can land in (or leave) an "@name".
          onSelect={(e) => track(text, e.currentTarget.selectionStart ?? text.length)}
          onBlur={() => {
            if (open) close();
          }}
        />
        <PeopleListbox
          id={listId}
          label={t('conversation.mention.listLabel')}
          className="mention__list"
          expanded={expanded}
          people={results}
          active={active}
          onPick={pick}
        />
        {open && results.length === 0 && (
          <p className="mention__empty" aria-hidden="true">
            {t('conversation.mention.noResults')}
          </p>
        )}
      </div>
    </div>
  );
});
