import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { Language } from '@commons/shared';
import { AnnouncerProvider } from '@/components/ui/announcer';
import { createI18n } from '@/i18n/i18n';

/** A component with the app's translations and status region, for tests that need no router or API. */
export function renderWithI18n(ui: ReactElement, { language = Language.EN, announceDelayMs = 0 } = {}) {
  const i18n = createI18n(language);
  return render(
    <I18nextProvider i18n={i18n}>
      <AnnouncerProvider delayMs={announceDelayMs}>{ui}</AnnouncerProvider>
    </I18nextProvider>,
  );
}
