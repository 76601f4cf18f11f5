import { forwardRef, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ModerationQueueQuery } from '@commons/web-graphql';
import { useFormatDate } from '@/utils/use-format-date';
import { useReportedArticle, useReportedPost } from '../api/reported-place.query';
import type { ModerationChoice } from './moderation-dialog';
import { paths } from '@/config/paths';
import './report-card.css';

export type QueueReport = ModerationQueueQuery['moderationQueue']['edges'][number]['node'];

interface ReportCardProps {
  report: QueueReport;
  onChoose: (report: QueueReport, action: ModerationChoice, author: string) => void;
  /** The buttons that open the dialogs, for focus to return to. */
  registerButton: (key: string, el: HTMLButtonElement | null) => void;
}

/**
 * One open report: the reported content (text, author, where), who reported it, why and when, and
 * the two decisions. An <article> headed by what was reported, so a moderator can move report by
 * report with a screen reader's heading keys.
 */
export const ReportCard = forwardRef<HTMLHeadingElement, ReportCardProps>(function ReportCard(
  { report, onChoose, registerButton },
  headingRef,
) {
  const { t } = useTranslation();
  const format = useFormatDate();
  const headingId = useId();
  const isComment = report.targetKind === 'COMMENT';
  // A comment's place is the article or post it is on, asked for; a reported post comes with its
  // report (`Report.post`, space included), so it costs no further request.
  const placeId = isComment ? (report.comment?.targetId ?? null) : null;
  const article = useReportedArticle(placeId ?? '', !placeId);
  const articleMissing = article.error !== undefined && !article.data?.article;
  const commentPost = useReportedPost(placeId ?? '', !placeId || !articleMissing);
  const reportedPost = !isComment ? report.post : undefined;
  const space = reportedPost?.space ?? commentPost.data?.post?.space;
  // The post reported, or the post a reported comment is on: its own page shows it in context.
  const postId = reportedPost?.id ?? commentPost.data?.post?.id;

  const author = isComment ? report.comment?.author?.displayName : reportedPost?.author.displayName;
  const bodyHtml = isComment ? report.comment?.bodyHtml : reportedPost?.bodyHtml;
  const authorName = author ?? t('moderation.unknownAuthor');

  return (
    <article className="report-card" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="report-card__heading">
        {isComment
          ? t('moderation.commentHeading', { name: authorName })
          : t('moderation.postHeading', { name: authorName })}
      </h2>
      {bodyHtml ? (
        // Sanitised by the API (light profile), like every comment and post body.
        <div className="report-card__content prose" dangerouslySetInnerHTML={{ __html: bodyHtml }} />
      ) : (
        <p className="report-card__content">{t('moderation.contentGone')}</p>
      )}
      <dl className="report-card__facts">
        <dt>{t('moderation.where')}</dt>
        <dd>
          {article.data?.article ? (
            <Link to={paths.article.to(article.data.article.id)}>{article.data.article.title}</Link>
          ) : space ? (
            <>
              <span>{t('moderation.inSpace', { space: space.name })}</span>
              {postId && (
                <>
                  {' · '}
                  <Link to={paths.post.to(postId)}>{t('moderation.openPost')}</Link>
                </>
              )}
            </>
          ) : (
            t('moderation.placeUnknown')
          )}
        </dd>
        <dt>{t('moderation.reportedBy')}</dt>
        <dd>{report.reporter.displayName}</dd>
        <dt>{t('moderation.reportedAt')}</dt>
        <dd>
          <time dateTime={report.createdAt}>{format.dateTime(report.createdAt)}</time>
        </dd>
        <dt>{t('moderation.reason')}</dt>
        <dd className="report-card__reason">{report.reason}</dd>
      </dl>
      <div className="button-row">
        <button
          ref={(el) => registerButton(`${report.id}:HIDE`, el)}
          type="button"
          className="button button--warning"
          onClick={() => onChoose(report, 'HIDE', authorName)}
        >
          {t('moderation.hide')}
          <span className="visually-hidden">
            {' '}
            {isComment
              ? t('moderation.hideCommentContext', { name: authorName })
              : t('moderation.hidePostContext', { name: authorName })}
          </span>
        </button>
        <button
          ref={(el) => registerButton(`${report.id}:DISMISS`, el)}
          type="button"
          className="button button--secondary"
          onClick={() => onChoose(report, 'DISMISS', authorName)}
        >
          {t('moderation.dismiss')}
          <span className="visually-hidden">
            {' '}
            {t('moderation.dismissContext', { name: report.reporter.displayName })}
          </span>
        </button>
      </div>
    </article>
  );
});
