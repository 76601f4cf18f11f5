import { createContext, useCallback, useContext, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { ANNOUNCE_DELAY_MS } from '../../config/constants';

type Announce = (message: string) => void;
type AnnounceFrom = (source: string, message: string) => void;

const AnnouncerContext = createContext<AnnounceFrom>(() => undefined);

/**
 * The one polite status region of the app. It is mounted empty at start-up, outside the routes,
 * so screen readers already watch it when the first message arrives. Messages are debounced: a
 * burst from one component is spoken once, as its last message, while messages from different
 * components in the same moment are spoken together (the studio's "Saved" must not be swallowed
 * by the plain-language panel's warning count, which arrives at about the same time).
 */
export function AnnouncerProvider({ children, delayMs = ANNOUNCE_DELAY_MS }: { children: ReactNode; delayMs?: number }) {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef(new Map<string, string>());

  const announceFrom = useCallback<AnnounceFrom>(
    (source, next) => {
      clearTimeout(timer.current);
      // A source's newer message replaces its older one and takes its place at the end.
      pending.current.delete(source);
      pending.current.set(source, next);
      // Clear first so the same text twice in a row is spoken again.
      setMessage('');
      timer.current = setTimeout(() => {
        setMessage([...pending.current.values()].join(' '));
        pending.current.clear();
      }, delayMs);
    },
    [delayMs],
  );
  useEffect(() => () => clearTimeout(timer.current), []);

  return (
    <AnnouncerContext.Provider value={announceFrom}>
      {children}
      <div role="status" aria-live="polite" aria-atomic="true" className="visually-hidden" data-testid="announcer">
        {message}
      </div>
    </AnnouncerContext.Provider>
  );
}

/** Speaks a message politely; each component using this is one source (see AnnouncerProvider). */
export function useAnnounce(): Announce {
  const announceFrom = useContext(AnnouncerContext);
  const source = useId();
  return useMemo(() => (message: string) => announceFrom(source, message), [announceFrom, source]);
}
