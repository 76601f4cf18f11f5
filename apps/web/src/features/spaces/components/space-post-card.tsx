import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpacePostFieldsFragment } from '@commons/web-graphql';
import { POST_BODY_MAX_LENGTH } from '@commons/shared';
import { useAnnounce } from '../../../components/ui/announcer';
import { ErrorBanner } from '../../../components/ui/error-banner';
import { generalErrorKey, readAppError } from '../../../utils/graphql-error';
import { useFormatDate } from '../../../utils/use-format-date';
import { useDeletePost, useUpdatePost } from '../api/post-mutations';
import { focusOnce } from '../utils/focus-once.util';
import { postHtmlToText, postTextTooLong, textToPostHtml } from '../utils/post-text.util';
import { CurationActions } from './curation-actions';
import { InlineConfirm } from './inline-confirm';
import { PostBody } from './post-body';
import { ShareDialog } from './share-dialog';

interface SpacePostCardProps {
  post: SpacePostFieldsFragment;
  /** Where focus goes once this post is deleted (it leaves the page). */
  onDeleted: () => void;
  /** Rendered under the post: the app passes the conversation (reactions and comments) here. */
  conversation?: ReactNode;
}

/**
 * One post: an <article> headed by its author and time, then its body (PostBody). The author edits
 * inline; author and moderators delete after a confirmation; anyone may share it to one of their spaces.
 */
export function SpacePostCard({ post, onDeleted, conversation }: SpacePostCardProps) {
  const { t } = useTranslation();
  const format = useFormatDate();
  const announce = useAnnounce();
  const headingId = useId();
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm-delete' | 'share'>('view');
  const [error, setError] = useState<string | null>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const shareRef = useRef<HTMLButtonElement>(null);
  // Which button gets focus back once the inline form, confirmation or dialog has gone: it is
  // rendered again only then, so it is looked up after that render.
  const returnFocus = useRef<'edit' | 'delete' | 'share' | null>(null);
  const [deletePost, { loading: deleting }] = useDeletePost();

  // Closing a form or dialog returns focus to the button that opened it.
  useEffect(() => {
    if (mode !== 'view' || !returnFocus.current) return;
    const refs = { edit: editRef, delete: deleteRef, share: shareRef };
    refs[returnFocus.current].current?.focus();
    returnFocus.current = null;
  }, [mode]);
  const close = (to: 'edit' | 'delete' | 'share') => {
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
  return (
    <article className="post-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="post-card__heading" tabIndex={-1}>
        {author}
        <span className="post-card__meta">
          {' · '}
          <time dateTime={post.createdAt}>{format.dateTime(post.createdAt)}</time>
          {post.editedAt && <> · {t('spaces.post.edited')}</>}
        </span>
      </h3>
      {post.featured && (
        <ul className="news-card__states">
          <li className="tag tag--pinned">{t('spaces.curation.featuredTag')}</li>
        </ul>
      )}
      {post.isShare && <p className="post-card__meta">{t('spaces.post.shared')}</p>}
      <ErrorBanner message={error} />
      <PostBody
        post={post}
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
                <span className="visually-hidden"> {t('spaces.post.byline', { name: author })}</span>
              </button>
            )}
            {post.viewerCanDelete && (
              <button
                type="button"
                ref={deleteRef}
                className="button button--secondary"
                onClick={() => setMode('confirm-delete')}
              >
                {t('spaces.post.delete')}
                <span className="visually-hidden"> {t('spaces.post.byline', { name: author })}</span>
              </button>
            )}
            <button
              type="button"
              ref={shareRef}
              className="button button--secondary"
              onClick={() => setMode('share')}
            >
              {t('spaces.share.open')}
              <span className="visually-hidden"> {t('spaces.post.byline', { name: author })}</span>
            </button>
            {post.viewerCanCurate && (
              <CurationActions post={post} what={t('spaces.curation.what', { name: author })} />
            )}
          </div>
        )
      )}
      {mode === 'share' && (
        <ShareDialog
          targetId={post.id}
          what={t('spaces.post.byline', { name: author })}
          onClose={() => close('share')}
        />
      )}
      {conversation}
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
