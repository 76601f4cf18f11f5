import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '@commons/shared';
import { toApiLanguage } from '@/i18n/language';
import { useUpdateMyLanguage } from '../api/update-my-language.mutation';

/**
 * Switches the interface at once; for a signed-in person the choice is also saved on their
 * profile (before sign-in it is remembered in this browser only).
 */
export function useChangeLanguage({ signedIn }: { signedIn: boolean }) {
  const { i18n } = useTranslation();
  const [updateMyLanguage, { loading, error }] = useUpdateMyLanguage();

  const change = useCallback(
    async (language: Language) => {
      await i18n.changeLanguage(language);
      if (signedIn) await updateMyLanguage({ variables: { language: toApiLanguage(language) } });
    },
    [i18n, signedIn, updateMyLanguage],
  );
  return { change, saving: loading, error };
}
