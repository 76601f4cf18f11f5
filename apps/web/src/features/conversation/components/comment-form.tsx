import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMENT_BODY_MAX_LENGTH } from '@commons/shared';
import { ErrorSummary, type FieldError } from '@/components/ui/error-summary';
import { useErrorSummaryFocus } from '@/components/ui/use-error-summary-focus';
import { generalErrorKey, readAppError } from '@/utils/graphql-error';
import type { Mention, SearchPeople } from '../types';
import { fromBodyHtml, toBodyHtml } from '../utils/mention-body.util';
import { MentionTextarea } from './mention-textarea';
import './comment-form.css';

export interface CommentFormProps {
  label: string;
  submitLabel: string;
  busyLabel: string;
  /** Resolves when saved; the form then clears (or the caller closes it). Rejects keep the text. */
  onSubmit: (bodyHtml: string) => Promise<unknown>;
  onCancel?: () => void;
  searchPeople: SearchPeople;
  /** The body being edited (server HTML). */
  initialHtml?: string;
  /** Inline reply and edit forms take focus when they open (ACCESSIBILITY.md, comments). */
  focusOnMount?: boolean;
  maxLength?: number;
  debounceMs?: number;
}

/** How close to the limit the form starts counting down. */
const COMMENT_COUNTDOWN_FROM = 500;

/**
 * Writing, replying and editing: a mention field with a character count (GOV.UK character count:
 * the limit in the hint, a countdown near it, over-limit text as an error only on submit), and the
 * error summary pattern when a submit fails.
 */
export function CommentForm({
  label,
  submitLabel,
  busyLabel,
  onSubmit,
  onCancel,
  searchPeople,
  initialHtml,
  focusOnMount = false,
  maxLength = COMMENT_BODY_MAX_LENGTH,
  debounceMs,
}: CommentFormProps) {
  const { t } = useTranslation();
  const fieldId = useId();
  const countId = `${fieldId}-count`;
  const [initial] = useState(() =>
    initialHtml ? fromBodyHtml(initialHtml) : { text: '', mentions: [] as Mention[] },
  );
  const [text, setText] = useState(initial.text);
  const [mentions, setMentions] = useState<Mention[]>(initial.mentions);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const { summaryRef, focusSummary } = useErrorSummaryFocus();
  const textareaRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (!focusOnMount) return;
    const field = textareaRef.current;
    field?.focus();
    field?.setSelectionRange(field.value.length, field.value.length);
  }, [focusOnMount]);

  // What the writer sees counts, as in the API: a mention is its "@Name", never its link markup.
  // (The API collapses runs of spaces and drops line breaks, so it never counts more than this.)
  const length = text.replace(/\r\n?/g, '\n').trim().length;
  const left = maxLength - length;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const problem =
      length === 0
        ? t('conversation.commentForm.required')
        : left < 0
          ? t('conversation.commentForm.tooLong', { max: maxLength })
          : null;
    if (problem) {
      setErrors([{ fieldId, message: problem }]);
      focusSummary();
      return;
    }
    setBusy(true);
    setErrors([]);
    try {
      await onSubmit(toBodyHtml(text, mentions));
      setText('');
      setMentions([]);
    } catch (e) {
      const info = readAppError(e);
      setErrors([
        {
          fieldId,
          message:
            info.code === 'BAD_USER_INPUT' ? t('conversation.commentForm.invalid') : t(generalErrorKey(info)),
        },
      ]);
      focusSummary();
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="comment-form" noValidate onSubmit={(e) => void submit(e)}>
      <ErrorSummary ref={summaryRef} errors={errors} />
      <MentionTextarea
        ref={textareaRef}
        id={fieldId}
        label={label}
        hint={t('conversation.commentForm.hint', { max: maxLength })}
        error={errors[0]?.message}
        describedBy={left <= COMMENT_COUNTDOWN_FROM ? countId : undefined}
        text={text}
        mentions={mentions}
        onChange={(nextText, nextMentions) => {
          setText(nextText);
          setMentions(nextMentions);
        }}
        searchPeople={searchPeople}
        debounceMs={debounceMs}
      />
      {left <= COMMENT_COUNTDOWN_FROM && (
        <p id={countId} className={`comment-form__count${left < 0 ? ' comment-form__count--over' : ''}`}>
          {left >= 0
            ? t('conversation.commentForm.remaining', { count: left })
            : t('conversation.commentForm.over', { count: -left })}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button" aria-disabled={busy || undefined}>
          {busy ? busyLabel : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('conversation.commentForm.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
