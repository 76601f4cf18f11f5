import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { createApolloClient } from './app/apollo/apollo-client';
import { AppProviders } from './app/providers/app-providers';
import { appRoutes } from './app/router/routes';
import { createI18n } from './i18n/i18n';
import { detectLanguage, isLanguage } from './i18n/language';
import './styles/global.css';
import { paths } from '@/config/paths';

const requested = new URLSearchParams(window.location.search).get('lang');
const i18n = createI18n(
  isLanguage(requested)
    ? requested
    : detectLanguage(window.localStorage, navigator.languages ?? [navigator.language]),
  window.localStorage,
);

const router = createBrowserRouter(appRoutes);

// A session that ends mid-use (idle timeout, signed out elsewhere) sends the person to sign-in and back.
const client = createApolloClient({
  onUnauthenticated: () => {
    const { pathname, search } = router.state.location;
    if (pathname === paths.signIn.path) return;
    void router
      .navigate(paths.signIn.to({ next: pathname + search }), { replace: true })
      .then(() => client.clearStore());
  },
});

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <AppProviders client={client} i18n={i18n}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
