import { Outlet } from 'react-router';
import { RouteFocusProvider } from '@/components/ui/route-focus';

/** Above every page: tracks navigations so each new page's h1 takes focus. */
export function RootLayout() {
  return (
    <RouteFocusProvider>
      <Outlet />
    </RouteFocusProvider>
  );
}
