import { useTranslation } from 'react-i18next';
import { generalErrorKey } from '@/utils/graphql-error';
import type { SaveState } from '../hooks/use-autosave';

/** Where autosave stands, in words: unsaved, saving, saved at…, or why it could not save. */
export function SaveStatus({ state, formatTime }: { state: SaveState; formatTime: (iso: string) => string }) {
  const { t } = useTranslation();
  switch (state.kind) {
    case 'pending':
      return <>{t('studio.unsaved')}</>;
    case 'saving':
      return <>{t('studio.saving')}</>;
    case 'held':
      return <span className="studio-status__error">{t('studio.held')}</span>;
    case 'saved':
      return <>{t('studio.savedAt', { time: formatTime(state.at.toISOString()) })}</>;
    case 'failed':
      return (
        <span className="studio-status__error">
          {state.error.code === 'BAD_USER_INPUT' ? t('studio.saveInvalid') : t(generalErrorKey(state.error))}
        </span>
      );
    default:
      return <>{t('studio.allSaved')}</>;
  }
}
