import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { ANNOUNCE_DELAY_MS } from '@/config/constants';

type Announce = (message: string) => void;

const AnnouncerContext = createContext<Announce>(() => undefined);

/**
 * The one polite status region of the app. It is mounted empty at start-up, outside the routes,
 * so screen readers already watch it when the first message arrives; messages are debounced so a
 * burst of updates produces one announcement.
 */
export function AnnouncerProvider({
  children,
  delayMs = ANNOUNCE_DELAY_MS,
}: {
  children: ReactNode;
  delayMs?: number;
}) {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const announce = useCallback<Announce>(
    (next) => {
      clearTimeout(timer.current);
      // Clear first so the same text twice in a row is spoken again.
      setMessage('');
      timer.current = setTimeout(() => setMessage(next), delayMs);
    },
    [delayMs],
  );
  useEffect(() => () => clearTimeout(timer.current), []);

  const value = useMemo(() => announce, [announce]);
  return (
    <AnnouncerContext.Provider value={value}>
      {children}
      <div
        role="status"
        aria-live="polite"
        aria-atomic="true"
        className="visually-hidden"
        data-testid="announcer"
      >
        {message}
      </div>
    </AnnouncerContext.Provider>
  );
}

export function useAnnounce(): Announce {
  return useContext(AnnouncerContext);
}
