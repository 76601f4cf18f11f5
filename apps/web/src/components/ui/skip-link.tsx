import { useTranslation } from 'react-i18next';

/**
 * The first tab stop on every page. It moves focus itself instead of relying on the "#main"
 * fragment, which a client-side router could swallow.
 */
export function SkipLink({ targetId = 'main' }: { targetId?: string }) {
  const { t } = useTranslation();
  return (
    <a
      className="skip-link"
      href={`#${targetId}`}
      onClick={(event) => {
        const target = document.getElementById(targetId);
        if (!target) return;
        event.preventDefault();
        target.focus();
      }}
    >
      {t('app.skipLink')}
    </a>
  );
}
