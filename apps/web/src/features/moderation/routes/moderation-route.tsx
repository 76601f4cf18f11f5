import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '@/components/ui/announcer';
import { Loading } from '@/components/ui/loading';
import { PageHeading } from '@/components/ui/page-heading';
import { QueryError } from '@/components/ui/query-error';
import { useModerate } from '../api/moderate.mutation';
import { MODERATION_PAGE_SIZE, useModerationQueue } from '../api/moderation-queue.query';
import { ModerationDialog, type ModerationChoice } from '../components/moderation-dialog';
import { ReportCard, type QueueReport } from '../components/report-card';
import './moderation-route.css';

interface Pending {
  report: QueueReport;
  action: ModerationChoice;
  author: string;
}

/**
 * /moderation: the open reports the viewer may handle (editors: all; a space's moderators: their
 * spaces' — the API decides, so anyone may open the page and sees only what is theirs). Hide or
 * dismiss with a reason; the result is spoken and focus moves to the next report (or the heading).
 */
export function ModerationRoute() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { data, error, loading, refetch, fetchMore } = useModerationQueue();
  const [moderate] = useModerate();
  const [pending, setPending] = useState<Pending | null>(null);
  const headings = useRef(new Map<string, HTMLElement>());
  const buttons = useRef(new Map<string, HTMLElement>());
  const focusAfter = useRef<(() => HTMLElement | null | undefined) | null>(null);

  const queue = data?.moderationQueue;
  if (!queue && error) return <QueryError error={error} onRetry={() => void refetch()} />;

  const reports = queue?.edges.map((edge) => edge.node) ?? [];

  const handle = async (reason: string) => {
    if (!pending) return;
    const { report, action } = pending;
    await moderate({ variables: { reportId: report.id, action, reason } });
    // Hiding closes every open report on the same content.
    const gone = (r: QueueReport) =>
      r.id === report.id || (action === 'HIDE' && r.targetId === report.targetId);
    const index = reports.findIndex((r) => r.id === report.id);
    const next =
      reports.slice(index + 1).find((r) => !gone(r)) ??
      reports
        .slice(0, index)
        .reverse()
        .find((r) => !gone(r));
    await refetch().catch(() => undefined);
    announce(
      action === 'HIDE'
        ? report.targetKind === 'COMMENT'
          ? t('moderation.hiddenComment')
          : t('moderation.hiddenPost')
        : t('moderation.dismissed'),
    );
    focusAfter.current = () =>
      (next && headings.current.get(next.id)) ?? document.querySelector<HTMLElement>('main h1');
    setPending(null);
  };

  const dialogTitle = pending
    ? pending.action === 'HIDE'
      ? pending.report.targetKind === 'COMMENT'
        ? t('moderation.dialog.hideCommentTitle', { name: pending.author })
        : t('moderation.dialog.hidePostTitle', { name: pending.author })
      : t('moderation.dialog.dismissTitle')
    : '';

  return (
    <>
      <PageHeading title={t('moderation.title')}>{t('moderation.title')}</PageHeading>
      <p className="lead">{t('moderation.intro')}</p>
      {!queue && loading ? (
        <Loading />
      ) : reports.length === 0 ? (
        <p className="moderation__empty">{t('moderation.empty')}</p>
      ) : (
        <>
          <p>{t('moderation.count', { count: reports.length })}</p>
          <ol className="moderation__list">
            {reports.map((report) => (
              <li key={report.id}>
                <ReportCard
                  ref={(el) => {
                    if (el) headings.current.set(report.id, el);
                    else headings.current.delete(report.id);
                  }}
                  report={report}
                  onChoose={(r, action, author) => setPending({ report: r, action, author })}
                  registerButton={(key, el) => {
                    if (el) buttons.current.set(key, el);
                    else buttons.current.delete(key);
                  }}
                />
              </li>
            ))}
          </ol>
          {queue?.pageInfo.hasNextPage && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() =>
                void fetchMore({
                  variables: { first: MODERATION_PAGE_SIZE, after: queue.pageInfo.endCursor ?? null },
                }).catch(() => undefined)
              }
            >
              {t('moderation.showMore')}
            </button>
          )}
        </>
      )}
      <ModerationDialog
        open={pending !== null}
        action={pending?.action ?? 'HIDE'}
        title={dialogTitle}
        onClose={() => setPending(null)}
        onSubmit={handle}
        returnFocusTo={() => {
          const after = focusAfter.current;
          focusAfter.current = null;
          if (after) return after();
          return pending ? buttons.current.get(`${pending.report.id}:${pending.action}`) : null;
        }}
      />
    </>
  );
}
