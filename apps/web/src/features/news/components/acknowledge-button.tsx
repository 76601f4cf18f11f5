import { useTranslation } from 'react-i18next';
import { useAnnounce } from '@/components/ui/announcer';
import { generalErrorKey, readAppError } from '@/utils/graphql-error';
import { useAcknowledgeArticle } from '../api/acknowledge-article.mutation';
import { useState } from 'react';
import './acknowledge-button.css';

/**
 * "I have read and understood". The button stays where it is after the click (focus is not lost),
 * says it is done and is no longer actionable; the new state is also spoken through the status region.
 */
export function AcknowledgeButton({
  id,
  title,
  acknowledged,
}: {
  id: string;
  title: string;
  acknowledged: boolean;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [acknowledge, { loading }] = useAcknowledgeArticle();
  const [error, setError] = useState<string | null>(null);

  const onClick = async () => {
    if (acknowledged || loading) return;
    setError(null);
    try {
      await acknowledge({ variables: { id } });
      announce(t('news.acknowledgedAnnouncement', { title }));
    } catch (e) {
      const message = t(generalErrorKey(readAppError(e)));
      setError(message);
      announce(message);
    }
  };

  return (
    <div className="acknowledge">
      <button
        type="button"
        className={`button${acknowledged ? ' button--secondary' : ''}`}
        aria-disabled={acknowledged || loading || undefined}
        onClick={() => void onClick()}
      >
        {acknowledged ? t('news.acknowledged') : loading ? t('news.acknowledging') : t('news.acknowledge')}
      </button>
      {error && (
        <p className="field__error">
          <span className="visually-hidden">{t('errors.prefix')} </span>
          {error}
        </p>
      )}
    </div>
  );
}
