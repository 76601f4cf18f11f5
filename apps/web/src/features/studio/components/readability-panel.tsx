import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlainLanguageReport } from '@commons/shared';
import { useAnnounce } from '@/components/ui/announcer';
import './readability-panel.css';

/** How long typing must pause before the warning count is spoken. */
export const READABILITY_ANNOUNCE_PAUSE_MS = 1500;

interface ReadabilityPanelProps {
  report: PlainLanguageReport;
  /** Moves focus (the cursor) to the flagged block in the editor. */
  onFocusBlock: (blockIndex: number) => void;
  /** Speaks the warning count; the app's announcer unless the page joins it with its own messages. */
  announce?: (message: string) => void;
}

/**
 * The plain-language panel beside the editor: a live score (LIX with its band for Swedish, Flesch
 * reading ease for English), reading time, and each warning as a button that takes the cursor to
 * the flagged text. When typing pauses and the number of warnings has changed, it is spoken politely.
 */
export function ReadabilityPanel({ report, onFocusBlock, announce: announceVia }: ReadabilityPanelProps) {
  const { t } = useTranslation();
  const appAnnounce = useAnnounce();
  const announce = announceVia ?? appAnnounce;
  const headingId = useId();
  const count = report.warnings.length;
  const spoken = useRef(count);

  useEffect(() => {
    if (count === spoken.current) return;
    const timer = setTimeout(() => {
      spoken.current = count;
      announce(t('studio.readability.warningCount', { count }));
    }, READABILITY_ANNOUNCE_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [count, announce, t]);

  const scale = report.scale === 'LIX' ? t('studio.readability.lix') : t('studio.readability.flesch');
  return (
    <aside className="readability" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('studio.readability.heading')}</h2>
      <dl className="readability__figures">
        <div>
          <dt>{scale}</dt>
          <dd>
            {report.score === null ? (
              t('studio.readability.noText')
            ) : (
              <>
                <strong>{new Intl.NumberFormat(t('studio.readability.locale')).format(report.score)}</strong>
                {report.band && <> – {t(`studio.readability.band.${report.band}`)}</>}
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('studio.readability.readingTimeLabel')}</dt>
          <dd>{t('studio.readability.readingTime', { count: report.readingTimeMinutes })}</dd>
        </div>
      </dl>
      <p className="field__hint">
        {report.scale === 'LIX' ? t('studio.readability.lixHint') : t('studio.readability.fleschHint')}
      </p>
      <h3>{t('studio.readability.warningsHeading', { count })}</h3>
      {count === 0 ? (
        <p>{t('studio.readability.noWarnings')}</p>
      ) : (
        <ul className="readability__warnings">
          {report.warnings.map((warning, i) => (
            <li key={`${warning.code}-${warning.blockIndex}-${i}`}>
              <button
                type="button"
                className="button button--link readability__warning"
                onClick={() => onFocusBlock(warning.blockIndex)}
              >
                {t(`studio.readability.warning.${warning.code}`)}
                {warning.excerpt && (
                  <span className="readability__excerpt">: “{excerpt(warning.excerpt)}”</span>
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}

const excerpt = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);
