import { useId, type FormEvent } from 'react';
import { SEARCH_MAX_LENGTH } from '@commons/shared';
import './search-form.css';

interface SearchFormProps {
  id: string;
  label: string;
  hint: string;
  buttonLabel: string;
  value: string;
  onChange: (value: string) => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** Off for names and e-mail addresses. */
  spellCheck?: boolean;
}

/** A page's search landmark: labelled field with its hint, and a search button. */
export function SearchForm({
  id,
  label,
  hint,
  buttonLabel,
  value,
  onChange,
  onSubmit,
  spellCheck,
}: SearchFormProps) {
  const hintId = useId();
  return (
    // role repeats the element's own role for browsers and tools that predate <search>.
    <search className="search" role="search">
      <form onSubmit={onSubmit} className="search__form">
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
        <div className="search__row">
          <input
            id={id}
            className="field__input search__input"
            type="search"
            name="q"
            autoComplete="off"
            spellCheck={spellCheck}
            maxLength={SEARCH_MAX_LENGTH}
            aria-describedby={hintId}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
          <button type="submit" className="button search__button">
            {buttonLabel}
          </button>
        </div>
      </form>
    </search>
  );
}
