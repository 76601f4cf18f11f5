import { useTranslation } from 'react-i18next';

/**
 * Shown while a page's data loads. Deliberately not a live region: the app has one status region
 * (the announcer), and a region inserted with its text already in it is not reliably read.
 */
export function Loading() {
  const { t } = useTranslation();
  return <p className="loading">{t('app.loading')}</p>;
}
