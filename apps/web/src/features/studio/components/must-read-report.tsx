import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { generalErrorKey, readAppError } from '@/utils/graphql-error';
import { useMustReadReport, useRequireAcknowledgementAgain } from '../api/must-read-report.query';
import './must-read-report.css';

/**
 * For editors of a published must-read: how many have acknowledged the current version, per org
 * unit as a table, the same per person as CSV, and a way to ask everyone again after a real change.
 */
export function MustReadReport({ articleId }: { articleId: string }) {
  const { t, i18n } = useTranslation();
  const { data, error, loading, refetch } = useMustReadReport(articleId);
  const [requireAgain, { loading: asking }] = useRequireAcknowledgementAgain();
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const bannerRef = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const number = new Intl.NumberFormat(i18n.language === 'sv' ? 'sv-SE' : 'en-GB');
  const report = data?.mustReadReport;

  const askAgain = async () => {
    if (asking) return;
    try {
      await requireAgain({ variables: { id: articleId } });
      setOutcome({ ok: true, message: t('studio.report.askedAgain') });
    } catch (e) {
      setOutcome({ ok: false, message: t(generalErrorKey(readAppError(e))) });
    }
    setTimeout(() => bannerRef.current?.focus(), 0);
  };

  return (
    <section aria-labelledby={headingId} className="studio-section">
      <h2 id={headingId}>{t('studio.report.heading')}</h2>
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {!report && loading && <Loading />}
      {report && (
        <>
          <p>
            {t('studio.report.summary', {
              acknowledged: number.format(report.acknowledged),
              total: number.format(report.acknowledged + report.pending),
              version: report.version,
            })}
          </p>
          <table className="report-table">
            <caption>{t('studio.report.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('studio.report.unit')}</th>
                <th scope="col">{t('studio.report.acknowledged')}</th>
                <th scope="col">{t('studio.report.pending')}</th>
              </tr>
            </thead>
            <tbody>
              {report.byOrgUnit.map((row) => (
                <tr key={row.orgUnit.id}>
                  <th scope="row">{row.orgUnit.name}</th>
                  <td>{number.format(row.acknowledged)}</td>
                  <td>{number.format(row.pending)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <a href={report.csvUrl} download>
              {t('studio.report.csv')}
            </a>
          </p>
        </>
      )}
      {outcome && (
        <div
          ref={bannerRef}
          tabIndex={-1}
          className={`banner ${outcome.ok ? 'banner--success' : 'banner--error'}`}
          role="alert"
        >
          {outcome.message}
        </div>
      )}
      <p className="field__hint" id={`${headingId}-again`}>
        {t('studio.report.askAgainHint')}
      </p>
      <button
        type="button"
        className="button button--secondary"
        aria-describedby={`${headingId}-again`}
        aria-disabled={asking || undefined}
        onClick={() => void askAgain()}
      >
        {t('studio.report.askAgain')}
      </button>
    </section>
  );
}
