import { useTranslation } from 'react-i18next';

/** Shown while a page's data loads; the status role lets screen readers hear it without moving focus. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}
