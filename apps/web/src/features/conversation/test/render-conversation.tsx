import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { Language } from '@commons/shared';
import { AnnouncerProvider } from '@/components/ui/announcer';
import { createI18n } from '@/i18n/i18n';

/**
 * A conversation component with the app's translations and its one status region, on every path of
 * a memory router (so links can be followed and checked), without the API.
 */
export function renderConversation(ui: ReactElement, { language = Language.EN } = {}) {
  const i18n = createI18n(language);
  const router = createMemoryRouter([{ path: '*', element: ui }]);
  const utils = render(
    <I18nextProvider i18n={i18n}>
      <AnnouncerProvider delayMs={0}>
        <RouterProvider router={router} />
      </AnnouncerProvider>
    </I18nextProvider>,
  );
  return { ...utils, i18n, router };
}

/** The status region's text (the app's announcer). */
export const announcer = () => document.querySelector('[data-testid="announcer"]') as HTMLElement;
