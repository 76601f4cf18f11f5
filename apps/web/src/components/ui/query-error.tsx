import { useTranslation } from 'react-i18next';
import { generalErrorKey, readAppError } from '@/utils/graphql-error';

/** A translated message for a failed query, with a way to try again. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="banner banner--error" role="alert">
      <p>{t(generalErrorKey(readAppError(error)))}</p>
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('errors.tryAgain')}
        </button>
      )}
    </div>
  );
}
