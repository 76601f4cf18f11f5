import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets "Page – Commons", prefixed "Error: " while a form shows errors. */
export function useDocumentTitle(title: string, options: { error?: boolean } = {}): void {
  const { t } = useTranslation();
  const page = options.error ? t('app.errorTitlePrefix', { title }) : title;
  const full = t('app.titleTemplate', { page });
  useEffect(() => {
    document.title = full;
  }, [full]);
}
