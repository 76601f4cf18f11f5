import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { fromApiLanguage } from '@/i18n/language';

/** After sign-in the person's saved language wins over the browser's. */
export function usePersonLanguage(apiLanguage: 'SV' | 'EN' | undefined): void {
  const { i18n } = useTranslation();
  useEffect(() => {
    if (!apiLanguage) return;
    const language = fromApiLanguage(apiLanguage);
    if (i18n.language !== language) void i18n.changeLanguage(language);
    // Only when the saved preference itself changes; a switch in progress must not be undone.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [apiLanguage]);
}
