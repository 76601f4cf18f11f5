import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpacePostFieldsFragment } from '@commons/web-graphql';
import { MODERATION_REASON_MAX_LENGTH, POST_BODY_MAX_LENGTH } from '@commons/shared';
import { useAnnounce } from '@/components/ui/announcer';
import { ErrorBanner } from '@/components/ui/error-banner';
import { ModalDialog } from '@/components/ui/modal-dialog';
import { ReasonForm } from '@/components/ui/reason-form';
import { generalErrorKey, readAppError } from '@/utils/graphql-error';
import { useFormatDate } from '@/utils/use-format-date';
import { useDeletePost, useUpdatePost } from '../api/post-mutations';
import { focusOnce } from '../utils/focus-once.util';
import { postHtmlToText, postTextTooLong, textToPostHtml } from '../utils/post-text.util';
import { CurationActions } from './curation-actions';
import { InlineConfirm } from './inline-confirm';
import { PostBody } from './post-body';
import { ShareButton } from './share-button';
import './post-card.css';

/**
 * What the app puts into a post card, wherever it is shown (a space's feed, the post's own page):
 * features do not import each other, so the conversation and reporting come in from app/routes.
 */
export interface PostSlots {
  /** Under the post: its reactions and comments, their heading one level below the post's. */
  conversation?: (post: SpacePostFieldsFragment, headingLevel: 3 | 4) => ReactNode;
  /** Among the post's actions: reporting it (the app decides on whose posts it is offered). */
  report?: (post: SpacePostFieldsFragment) => ReactNode;
}

interface SpacePostCardProps {
  post: SpacePostFieldsFragment;
  /** Where focus goes once this post is deleted (it leaves the page). */
  onDeleted: () => void;
  /** 3 in a list of posts under the page's h2; 2 on the post's own page. */
  headingLevel?: 2 | 3;
  slots?: PostSlots;
}

/**
 * One post: an <article> headed by its author and time, then its body (PostBody). The author edits
 * inline and deletes after a confirmation; a moderator deleting someone else's post gives a reason
 * in a dialog (it goes to the audit log). Anyone may share it to one of their spaces.
 */
export function SpacePostCard({ post, onDeleted, headingLevel = 3, slots }: SpacePostCardProps) {
  const { t } = useTranslation();
  const format = useFormatDate();
  const announce = useAnnounce();
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm-delete' | 'delete-reason'>('view');
  const [error, setError] = useState<string | null>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  // Which button gets focus back once the inline form or confirmation has gone: it is rendered
  // again only then, so it is looked up after that render.
  const returnFocus = useRef<'edit' | 'delete' | null>(null);
  const [deletePost, { loading: deleting }] = useDeletePost();
  // Only the author may edit (the API's rule), so this also says whose post it is.
  const isAuthor = post.viewerCanEdit;

  // Closing a form returns focus to the button that opened it.
  useEffect(() => {
    if (mode !== 'view' || !returnFocus.current) return;
    const refs = { edit: editRef, delete: deleteRef };
    refs[returnFocus.current].current?.focus();
    returnFocus.current = null;
  }, [mode]);
  const close = (to: 'edit' | 'delete') => {
    returnFocus.current = to;
    setMode('view');
  };

  const onDelete = async () => {
    if (deleting) return;
    try {
      await deletePost({ variables: { id: post.id } });
      announce(t('spaces.post.deleted'));
      onDeleted();
    } catch (e) {
      setError(t(generalErrorKey(readAppError(e))));
    }
  };

  const author = post.author.displayName;
  const byline = t('spaces.post.byline', { name: author });
  const max = MODERATION_REASON_MAX_LENGTH;
  return (
    <article className="post-card" aria-labelledby={headingId}>
      <Heading id={headingId} className="post-card__heading" tabIndex={-1}>
        {author}
        <span className="post-card__meta">
          {' · '}
          <time dateTime={post.createdAt}>{format.dateTime(post.createdAt)}</time>
          {post.editedAt && <> · {t('spaces.post.edited')}</>}
        </span>
      </Heading>
      {post.featured && (
        <ul className="news-card__states">
          <li className="tag tag--pinned">{t('spaces.curation.featuredTag')}</li>
        </ul>
      )}
      {post.hidden && (
        // Said in words, not only shown: only its author and the moderators see a hidden post.
        <div className="post-card__hidden">
          <p>
            <strong>
              {post.hidden.reason
                ? t('spaces.post.hiddenNotice', { reason: post.hidden.reason })
                : t('spaces.post.hiddenNoticeNoReason')}
            </strong>
          </p>
          <p className="post-card__meta">
            {isAuthor ? t('spaces.post.hiddenExplain') : t('spaces.post.hiddenExplainModerator')}
          </p>
        </div>
      )}
      {post.isShare && <p className="post-card__meta">{t('spaces.post.shared')}</p>}
      <ErrorBanner message={error} />
      <PostBody
        post={post}
        pollHeadingLevel={headingLevel === 2 ? 3 : 4}
        editor={mode === 'edit' ? <PostEditForm post={post} onDone={() => close('edit')} /> : undefined}
      />

      {mode === 'confirm-delete' ? (
        <InlineConfirm
          question={t('spaces.post.confirmDelete')}
          confirmLabel={t('spaces.post.deleteConfirm')}
          busy={deleting}
          onConfirm={() => void onDelete()}
          onCancel={() => close('delete')}
        />
      ) : (
        mode !== 'edit' && (
          <div className="button-row post-card__actions">
            {post.viewerCanEdit && (
              <button
                type="button"
                ref={editRef}
                className="button button--secondary"
                onClick={() => setMode('edit')}
              >
                {t('spaces.post.edit')}
                <span className="visually-hidden"> {byline}</span>
              </button>
            )}
            {post.viewerCanDelete && (
              <button
                type="button"
                ref={deleteRef}
                className="button button--secondary"
                onClick={() => setMode(isAuthor ? 'confirm-delete' : 'delete-reason')}
              >
                {t('spaces.post.delete')}
                <span className="visually-hidden"> {byline}</span>
              </button>
            )}
            <ShareButton targetId={post.id} kind="post" what={byline} />
            {slots?.report?.(post)}
            {post.viewerCanCurate && (
              <CurationActions post={post} what={t('spaces.curation.what', { name: author })} />
            )}
          </div>
        )
      )}
      {!isAuthor && post.viewerCanDelete && (
        <ModalDialog
          open={mode === 'delete-reason'}
          title={t('spaces.post.deleteTitle', { name: author })}
          onClose={() => close('delete')}
        >
          <ReasonForm
            texts={{
              intro: t('spaces.post.deleteIntro'),
              label: t('spaces.post.deleteReason'),
              hint: t('spaces.post.deleteReasonHint', { max }),
              required: t('spaces.post.deleteReasonRequired'),
              tooLong: t('spaces.post.deleteReasonTooLong', { max }),
              submit: t('spaces.post.deleteConfirm'),
              sending: t('spaces.post.deleting'),
              cancel: t('spaces.cancel'),
            }}
            maxLength={max}
            submitClassName="button--warning"
            onClose={() => close('delete')}
            onSubmit={(reason) => deletePost({ variables: { id: post.id, reason } })}
            // The post has left the list (or the page moves on): focus goes where the page says.
            onSent={() => {
              announce(t('spaces.post.deleted'));
              onDeleted();
            }}
          />
        </ModalDialog>
      )}
      {slots?.conversation?.(post, headingLevel === 2 ? 3 : 4)}
    </article>
  );
}

function PostEditForm({ post, onDone }: { post: SpacePostFieldsFragment; onDone: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [update, { loading }] = useUpdatePost();
  const [text, setText] = useState(() => postHtmlToText(post.bodyHtml));
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    const tooLong = t('spaces.composer.errors.TOO_LONG', { max: POST_BODY_MAX_LENGTH });
    if (postTextTooLong(text)) {
      setError(tooLong);
      return;
    }
    try {
      await update({ variables: { id: post.id, input: { bodyHtml: textToPostHtml(text) } } });
      announce(t('spaces.post.saved'));
      onDone();
    } catch (e) {
      const info = readAppError(e);
      setError(
        info.reason === 'REQUIRED'
          ? t('spaces.composer.errors.REQUIRED')
          : info.reason === 'TOO_LONG'
            ? tooLong
            : t(generalErrorKey(info)),
      );
    }
  };

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="post-card__edit">
      <div className={`field${error ? ' field--error' : ''}`}>
        <label className="field__label" htmlFor={`${id}-text`}>
          {t('spaces.post.editLabel')}
        </label>
        {error && (
          <p id={`${id}-error`} className="field__error">
            <span className="visually-hidden">{t('errors.prefix')} </span>
            {error}
          </p>
        )}
        <textarea
          id={`${id}-text`}
          ref={focusOnce}
          className="field__input field__textarea"
          rows={4}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button" aria-disabled={loading || undefined}>
          {t('spaces.post.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('spaces.cancel')}
        </button>
      </div>
    </form>
  );
}
