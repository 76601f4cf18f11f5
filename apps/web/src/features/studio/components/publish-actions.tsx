import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudioArticleFieldsFragment } from '@commons/web-graphql';
import { generalErrorKey, readAppError } from '@/utils/graphql-error';
import {
  useArchiveArticle,
  usePublishArticle,
  useReturnArticle,
  useSubmitArticle,
} from '../api/article-mutations';
import { fromLocalInput, toLocalInput } from '../utils/draft.util';

interface PublishActionsProps {
  article: StudioArticleFieldsFragment;
  /** Editors and admins: send back and archive (publishing itself follows viewerCanPublish). */
  isEditor: boolean;
  /** Sends unsaved changes first; false when something must be fixed before the action. */
  flush: () => Promise<boolean>;
}

type Outcome = { kind: 'done' | 'error'; message: string };

/**
 * What can happen next, by role: authors submit drafts for review; editors (viewerCanPublish) send
 * one back with a comment, publish now, schedule, or archive. The outcome is shown in a banner that
 * takes focus, because the button used may no longer exist.
 */
export function PublishActions({ article, isEditor, flush }: PublishActionsProps) {
  const { t } = useTranslation();
  const [submit] = useSubmitArticle();
  const [sendBack] = useReturnArticle();
  const [publish] = usePublishArticle();
  const [archive] = useArchiveArticle();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState(false);
  const [when, setWhen] = useState(toLocalInput(article.publishAt));
  const [whenError, setWhenError] = useState<string | null>(null);
  const bannerRef = useRef<HTMLDivElement>(null);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const whenRef = useRef<HTMLInputElement>(null);
  const headingId = useId();

  useEffect(() => {
    if (outcome) bannerRef.current?.focus();
  }, [outcome]);
  useEffect(() => {
    if (returning) commentRef.current?.focus();
  }, [returning]);

  const act = async (run: () => Promise<unknown>, done: string) => {
    if (busy) return;
    setBusy(true);
    try {
      if (!(await flush())) {
        setOutcome({ kind: 'error', message: t('studio.actions.fixFirst') });
        return;
      }
      await run();
      setOutcome({ kind: 'done', message: done });
      setReturning(false);
    } catch (e) {
      const info = readAppError(e);
      setOutcome({
        kind: 'error',
        message: info.code === 'BAD_USER_INPUT' ? t('studio.actions.invalid') : t(generalErrorKey(info)),
      });
    } finally {
      setBusy(false);
    }
  };

  const s = article.status;
  const canSubmit = s === 'DRAFT' && article.viewerCanEdit;
  const canPublish = article.viewerCanPublish && (s === 'DRAFT' || s === 'IN_REVIEW' || s === 'SCHEDULED');
  const canReturn = isEditor && s === 'IN_REVIEW';
  const canArchive = isEditor && (s === 'PUBLISHED' || s === 'SCHEDULED');

  const schedule = () => {
    const iso = fromLocalInput(when);
    if (!iso) {
      setWhenError(t('studio.actions.whenRequired'));
      whenRef.current?.focus();
      return;
    }
    if (new Date(iso).getTime() <= Date.now()) {
      setWhenError(t('studio.actions.whenPast'));
      whenRef.current?.focus();
      return;
    }
    setWhenError(null);
    void act(() => publish({ variables: { id: article.id, publishAt: iso } }), t('studio.actions.scheduled'));
  };

  return (
    <section aria-labelledby={headingId} className="studio-section">
      <h2 id={headingId}>{t('studio.actions.heading')}</h2>
      <p>{t('studio.actions.status', { status: t(`studio.status.${s}`) })}</p>
      {outcome && (
        <div
          ref={bannerRef}
          tabIndex={-1}
          className={`banner ${outcome.kind === 'done' ? 'banner--success' : 'banner--error'}`}
          role="alert"
        >
          {outcome.message}
        </div>
      )}
      <div className="button-row">
        {canSubmit && (
          <button
            type="button"
            className="button"
            aria-disabled={busy || undefined}
            onClick={() =>
              void act(() => submit({ variables: { id: article.id } }), t('studio.actions.submitted'))
            }
          >
            {t('studio.actions.submit')}
          </button>
        )}
        {canPublish && (
          <button
            type="button"
            className="button"
            aria-disabled={busy || undefined}
            onClick={() =>
              void act(
                () => publish({ variables: { id: article.id, publishAt: null } }),
                t('studio.actions.published'),
              )
            }
          >
            {t('studio.actions.publishNow')}
          </button>
        )}
        {canReturn && !returning && (
          <button
            type="button"
            className="button button--secondary"
            aria-expanded={false}
            onClick={() => setReturning(true)}
          >
            {t('studio.actions.sendBack')}
          </button>
        )}
        {canArchive && (
          <button
            type="button"
            className="button button--warning"
            aria-disabled={busy || undefined}
            onClick={() =>
              void act(() => archive({ variables: { id: article.id } }), t('studio.actions.archived'))
            }
          >
            {t('studio.actions.archive')}
          </button>
        )}
      </div>

      {canReturn && returning && (
        <div className={`field${commentError ? ' field--error' : ''}`}>
          <label className="field__label" htmlFor="return-comment">
            {t('studio.actions.comment')}
          </label>
          {commentError && (
            <p className="field__error" id="return-comment-error">
              <span className="visually-hidden">{t('errors.prefix')} </span>
              {t('studio.actions.commentRequired')}
            </p>
          )}
          <textarea
            ref={commentRef}
            id="return-comment"
            className="field__input field__textarea"
            rows={3}
            value={comment}
            aria-invalid={commentError ? true : undefined}
            aria-describedby={commentError ? 'return-comment-error' : undefined}
            onChange={(e) => setComment(e.target.value)}
          />
          <div className="button-row">
            <button
              type="button"
              className="button"
              onClick={() => {
                if (!comment.trim()) {
                  setCommentError(true);
                  commentRef.current?.focus();
                  return;
                }
                setCommentError(false);
                void act(
                  () => sendBack({ variables: { id: article.id, comment: comment.trim() } }),
                  t('studio.actions.sentBack'),
                );
              }}
            >
              {t('studio.actions.sendBackConfirm')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setReturning(false)}>
              {t('studio.cancel')}
            </button>
          </div>
        </div>
      )}

      {canPublish && (
        <div className={`field studio-schedule${whenError ? ' field--error' : ''}`}>
          <label className="field__label" htmlFor="publish-at">
            {t('studio.actions.scheduleAt')}
          </label>
          <p className="field__hint" id="publish-at-hint">
            {t('studio.actions.scheduleHint')}
          </p>
          {whenError && (
            <p className="field__error" id="publish-at-error">
              <span className="visually-hidden">{t('errors.prefix')} </span>
              {whenError}
            </p>
          )}
          <input
            ref={whenRef}
            id="publish-at"
            className="field__input"
            type="datetime-local"
            value={when}
            aria-invalid={whenError ? true : undefined}
            aria-describedby={`publish-at-hint${whenError ? ' publish-at-error' : ''}`}
            onChange={(e) => setWhen(e.target.value)}
          />
          <button
            type="button"
            className="button button--secondary"
            aria-disabled={busy || undefined}
            onClick={schedule}
          >
            {t('studio.actions.schedule')}
          </button>
        </div>
      )}
    </section>
  );
}
