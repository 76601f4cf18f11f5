import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';

interface RouteFocus {
  /** 0 on first load; increases with every navigation to another path. */
  navigation: number;
  /** True once per navigation: the first heading to ask takes focus. */
  claim: (navigation: number) => boolean;
}

const RouteFocusContext = createContext<RouteFocus>({ navigation: 0, claim: () => false });

/** A navigation that should leave focus alone (redirects, e.g. to sign-in on first load). */
export interface NoFocusState {
  focus: false;
}

/**
 * Counts navigations between paths so the new page's h1 can take focus. First load and changes of
 * only the query string (filters, search) do not count: focus stays where the person is.
 */
export function RouteFocusProvider({ children }: { children: ReactNode }) {
  const location = useLocation();
  const [navigation, setNavigation] = useState(0);
  const previousPath = useRef(location.pathname);
  const claimed = useRef(0);

  useEffect(() => {
    if (location.pathname === previousPath.current) return;
    previousPath.current = location.pathname;
    const state = location.state as Partial<NoFocusState> | null;
    if (state?.focus === false) return;
    setNavigation((n) => n + 1);
  }, [location.pathname, location.state]);

  const value = useMemo<RouteFocus>(
    () => ({
      navigation,
      claim: (n) => {
        if (n === 0 || claimed.current >= n) return false;
        claimed.current = n;
        return true;
      },
    }),
    [navigation],
  );
  return <RouteFocusContext.Provider value={value}>{children}</RouteFocusContext.Provider>;
}

export function useRouteFocus(): RouteFocus {
  return useContext(RouteFocusContext);
}
