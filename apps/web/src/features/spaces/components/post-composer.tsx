import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  POLL_OPTION_MAX_LENGTH,
  POLL_OPTIONS_MAX,
  POLL_OPTIONS_MIN,
  POLL_QUESTION_MAX_LENGTH,
  POST_BODY_MAX_LENGTH,
  POST_LINK_MAX_LENGTH,
} from '@commons/shared';
import type { PollBallot, PollChoice } from '@commons/web-graphql';
import { useAnnounce } from '@/components/ui/announcer';
import { ErrorBanner } from '@/components/ui/error-banner';
import { ErrorSummary, type FieldError } from '@/components/ui/error-summary';
import { TextAreaField, TextField } from '@/components/ui/text-field';
import { useErrorSummaryFocus } from '@/components/ui/use-error-summary-focus';
import { generalErrorKey, readAppError, type AppErrorInfo } from '@/utils/graphql-error';
import { useMediaUpload } from '@/utils/use-media-upload';
import { useCreatePost } from '../api/post-mutations';
import { isHttpUrl, postTextTooLong, textToPostHtml } from '../utils/post-text.util';
import { IMAGE_FIELD, PostImagesField, type DraftPostImage } from './post-images-field';

const FIELD = {
  text: 'post-text',
  link: 'post-link',
  question: 'poll-question',
  option: (i: number) => `poll-option-${i}`,
  closesAt: 'poll-closes-at',
};

interface PollDraft {
  question: string;
  options: { key: number; label: string }[];
  choice: PollChoice;
  ballot: PollBallot;
  closesAt: string;
}

const emptyPoll = (): PollDraft => ({
  question: '',
  options: [
    { key: 0, label: '' },
    { key: 1, label: '' },
  ],
  choice: 'SINGLE',
  ballot: 'ANONYMOUS',
  closesAt: '',
});

/**
 * Which field a refusal from the API is about (`field` is the innermost input property: `alt` of an
 * image, `images` or `mediaId` for an image it will not take), and what to say there.
 */
function serverRefusal({ field, reason }: AppErrorInfo) {
  if (!field) return null;
  if (field === 'bodyHtml' && reason === 'TOO_LONG')
    return { fieldId: FIELD.text, message: 'spaces.composer.errors.TOO_LONG' } as const;
  if (field === 'alt')
    return { fieldId: IMAGE_FIELD.alt(0), message: 'spaces.composer.errors.ALT_REFUSED' } as const;
  if (field === 'images' || field === 'mediaId')
    return { fieldId: IMAGE_FIELD.file, message: 'spaces.composer.errors.IMAGES_REFUSED' } as const;
  const fieldId = field === 'link' ? FIELD.link : field.startsWith('poll') ? FIELD.question : FIELD.text;
  return { fieldId, message: 'spaces.composer.errors.SERVER_REFUSED' } as const;
}

/**
 * Writing a post in a space: text (blank lines make paragraphs), images (each with its alt text), an
 * optional link and an optional poll. A failed submit focuses an error summary linking to each field; a published post is
 * announced and the form starts over with focus in the text.
 */
export function PostComposer({ spaceId, spaceName }: { spaceId: string; spaceName: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [create, { loading }] = useCreatePost();
  const [text, setText] = useState('');
  const [link, setLink] = useState('');
  const [images, setImages] = useState<DraftPostImage[]>([]);
  const upload = useMediaUpload((problem) => t(`spaces.composer.images.${problem}`));
  const [withPoll, setWithPoll] = useState(false);
  const [poll, setPoll] = useState<PollDraft>(emptyPoll);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [serverError, setServerError] = useState<string | null>(null);
  const { summaryRef, focusSummary } = useErrorSummaryFocus();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const headingId = useId();
  const nextKey = useRef(2);
  const focusOption = useRef<number | null>(null);

  // After adding or removing an option, focus the option the person is now at.
  useEffect(() => {
    if (focusOption.current === null) return;
    document.getElementById(FIELD.option(focusOption.current))?.focus();
    focusOption.current = null;
  }, [poll.options.length]);

  const errorFor = (fieldId: string) => errors.find((e) => e.fieldId === fieldId)?.message;
  const setOption = (index: number, label: string) =>
    setPoll((p) => ({ ...p, options: p.options.map((o, i) => (i === index ? { ...o, label } : o)) }));
  const addOption = () => {
    focusOption.current = poll.options.length;
    setPoll((p) => ({ ...p, options: [...p.options, { key: nextKey.current++, label: '' }] }));
  };
  const removeOption = (index: number) => {
    focusOption.current = Math.max(0, index - 1);
    setPoll((p) => ({ ...p, options: p.options.filter((_, i) => i !== index) }));
  };

  const validate = (): FieldError[] => {
    const found: FieldError[] = [];
    const trimmedLink = link.trim();
    if (postTextTooLong(text))
      found.push({
        fieldId: FIELD.text,
        message: t('spaces.composer.errors.TOO_LONG', { max: POST_BODY_MAX_LENGTH }),
      });
    images.forEach((image, i) => {
      if (!image.alt.trim())
        found.push({
          fieldId: IMAGE_FIELD.alt(i),
          message: t('spaces.composer.errors.ALT_REQUIRED', { n: i + 1 }),
        });
    });
    if (upload.busy)
      found.push({ fieldId: IMAGE_FIELD.file, message: t('spaces.composer.errors.STILL_UPLOADING') });
    if (trimmedLink && !isHttpUrl(trimmedLink))
      found.push({ fieldId: FIELD.link, message: t('spaces.composer.errors.LINK_INVALID') });
    if (withPoll) {
      if (!poll.question.trim())
        found.push({ fieldId: FIELD.question, message: t('spaces.composer.errors.QUESTION_REQUIRED') });
      const seen = new Set<string>();
      poll.options.forEach((option, i) => {
        const label = option.label.trim();
        if (!label)
          found.push({
            fieldId: FIELD.option(i),
            message: t('spaces.composer.errors.OPTION_REQUIRED', { n: i + 1 }),
          });
        else if (seen.has(label.toLowerCase()))
          found.push({
            fieldId: FIELD.option(i),
            message: t('spaces.composer.errors.OPTION_DUPLICATE', { n: i + 1 }),
          });
        seen.add(label.toLowerCase());
      });
      if (poll.closesAt && !(new Date(poll.closesAt).getTime() > Date.now()))
        found.push({ fieldId: FIELD.closesAt, message: t('spaces.composer.errors.CLOSES_IN_PAST') });
    }
    if (found.length === 0 && !text.trim() && images.length === 0 && !trimmedLink && !withPoll)
      found.push({ fieldId: FIELD.text, message: t('spaces.composer.errors.REQUIRED') });
    return found;
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setServerError(null);
    const found = validate();
    setErrors(found);
    if (found.length > 0) {
      focusSummary();
      return;
    }
    const bodyHtml = textToPostHtml(text);
    try {
      await create({
        variables: {
          spaceId,
          input: {
            bodyHtml: bodyHtml || null,
            ...(images.length > 0 && {
              images: images.map((image) => ({ mediaId: image.id, alt: image.alt.trim() })),
            }),
            link: link.trim() || null,
            poll: withPoll
              ? {
                  question: poll.question.trim(),
                  options: poll.options.map((o) => o.label.trim()),
                  choice: poll.choice,
                  ballot: poll.ballot,
                  closesAt: poll.closesAt ? new Date(poll.closesAt).toISOString() : null,
                }
              : null,
          },
        },
      });
      setText('');
      setLink('');
      setImages([]);
      setWithPoll(false);
      setPoll(emptyPoll());
      announce(t('spaces.composer.published'));
      textRef.current?.focus();
    } catch (e) {
      const info = readAppError(e);
      const refused = info.code === 'BAD_USER_INPUT' ? serverRefusal(info) : null;
      if (refused) {
        setErrors([{ fieldId: refused.fieldId, message: t(refused.message, { max: POST_BODY_MAX_LENGTH }) }]);
        focusSummary();
      } else setServerError(t(generalErrorKey(info)));
    }
  };

  return (
    <section className="composer" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('spaces.composer.heading')}</h3>
      <ErrorSummary ref={summaryRef} errors={errors} />
      <ErrorBanner message={serverError} />
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextAreaField
          ref={textRef}
          id={FIELD.text}
          label={t('spaces.composer.text')}
          hint={t('spaces.composer.textHint', { space: spaceName })}
          rows={4}
          value={text}
          error={errorFor(FIELD.text)}
          onChange={(e) => setText(e.target.value)}
        />
        <PostImagesField images={images} onChange={setImages} upload={upload} errorFor={errorFor} />
        <TextField
          id={FIELD.link}
          type="url"
          inputMode="url"
          label={t('spaces.composer.link')}
          hint={t('spaces.composer.linkHint')}
          maxLength={POST_LINK_MAX_LENGTH}
          value={link}
          error={errorFor(FIELD.link)}
          onChange={(e) => setLink(e.target.value)}
        />
        <div className="radio">
          <input
            id="post-with-poll"
            className="radio__input"
            type="checkbox"
            checked={withPoll}
            aria-controls="post-poll"
            onChange={(e) => setWithPoll(e.target.checked)}
          />
          <label htmlFor="post-with-poll">{t('spaces.composer.addPoll')}</label>
        </div>
        <div id="post-poll" hidden={!withPoll}>
          {withPoll && (
            <fieldset className="fieldset composer__poll">
              <legend className="fieldset__legend">{t('spaces.composer.pollLegend')}</legend>
              <TextField
                id={FIELD.question}
                label={t('spaces.composer.question')}
                maxLength={POLL_QUESTION_MAX_LENGTH}
                value={poll.question}
                error={errorFor(FIELD.question)}
                onChange={(e) => setPoll((p) => ({ ...p, question: e.target.value }))}
              />
              <ol className="composer__options">
                {poll.options.map((option, i) => (
                  <li key={option.key} className="composer__option">
                    <TextField
                      id={FIELD.option(i)}
                      label={t('spaces.composer.option', { n: i + 1 })}
                      maxLength={POLL_OPTION_MAX_LENGTH}
                      value={option.label}
                      error={errorFor(FIELD.option(i))}
                      onChange={(e) => setOption(i, e.target.value)}
                    />
                    {poll.options.length > POLL_OPTIONS_MIN && (
                      <button
                        type="button"
                        className="button button--secondary"
                        onClick={() => removeOption(i)}
                      >
                        {t('spaces.composer.removeOption', { n: i + 1 })}
                      </button>
                    )}
                  </li>
                ))}
              </ol>
              {poll.options.length < POLL_OPTIONS_MAX ? (
                <button type="button" className="button button--secondary" onClick={addOption}>
                  {t('spaces.composer.addOption')}
                </button>
              ) : (
                <p className="field__hint">{t('spaces.composer.maxOptions', { max: POLL_OPTIONS_MAX })}</p>
              )}
              <fieldset className="fieldset">
                <legend className="fieldset__legend">{t('spaces.composer.choice')}</legend>
                {(['SINGLE', 'MULTIPLE'] as const).map((choice) => (
                  <div className="radio" key={choice}>
                    <input
                      id={`poll-choice-${choice}`}
                      className="radio__input"
                      type="radio"
                      name="poll-choice"
                      checked={poll.choice === choice}
                      onChange={() => setPoll((p) => ({ ...p, choice }))}
                    />
                    <label htmlFor={`poll-choice-${choice}`}>{t(`spaces.composer.choices.${choice}`)}</label>
                  </div>
                ))}
              </fieldset>
              <fieldset className="fieldset">
                <legend className="fieldset__legend">{t('spaces.composer.ballot')}</legend>
                {(['ANONYMOUS', 'NAMED'] as const).map((ballot) => (
                  <div className="radio" key={ballot}>
                    <input
                      id={`poll-ballot-${ballot}`}
                      className="radio__input"
                      type="radio"
                      name="poll-ballot"
                      checked={poll.ballot === ballot}
                      onChange={() => setPoll((p) => ({ ...p, ballot }))}
                    />
                    <label htmlFor={`poll-ballot-${ballot}`}>{t(`spaces.composer.ballots.${ballot}`)}</label>
                  </div>
                ))}
              </fieldset>
              <TextField
                id={FIELD.closesAt}
                type="datetime-local"
                label={t('spaces.composer.closesAt')}
                hint={t('spaces.composer.closesAtHint')}
                value={poll.closesAt}
                error={errorFor(FIELD.closesAt)}
                onChange={(e) => setPoll((p) => ({ ...p, closesAt: e.target.value }))}
              />
            </fieldset>
          )}
        </div>
        <button type="submit" className="button" aria-disabled={loading || undefined}>
          {loading ? t('spaces.composer.publishing') : t('spaces.composer.publish')}
        </button>
      </form>
    </section>
  );
}
