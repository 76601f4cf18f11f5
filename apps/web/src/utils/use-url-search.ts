import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { SEARCH_DEBOUNCE_MS } from '../config/constants';

/**
 * A search kept in the URL's `q`: the field's text, and the query that follows it (debounced, or at
 * once on submit), replacing the history entry so Back leaves the page. `searched` is true once the
 * person has searched, so a page announces results then and not on first load.
 */
export function useUrlSearch() {
  const [params, setParams] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  const [text, setText] = useState(params.get('q') ?? '');
  const searched = useRef(false);

  const apply = useCallback(
    (value: string) => {
      searched.current = true;
      const next = value.trim();
      setParams(next ? { q: next } : {}, { replace: true });
    },
    [setParams],
  );

  useEffect(() => {
    if (text.trim() === query) return;
    const timer = setTimeout(() => apply(text), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, query, apply]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply(text);
  };

  return { query, text, setText, searched, onSubmit };
}
