import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../../components/ui/announcer';
import { ErrorSummary, type FieldError } from '../../../components/ui/error-summary';
import { useErrorSummaryFocus } from '../../../components/ui/use-error-summary-focus';
import { generalErrorKey, readAppError } from '../../../utils/graphql-error';
import { useFormatDate } from '../../../utils/use-format-date';
import type { Poll } from '../types';

export interface PollWidgetProps {
  poll: Poll;
  /** Resolves once the vote (or changed vote) is saved and the poll props carry the results. */
  onVote: (optionIds: string[]) => Promise<unknown>;
  headingLevel?: 2 | 3 | 4;
}

/**
 * A poll: the question is the legend of a radio (single) or checkbox (multiple) fieldset; errors follow
 * the error summary pattern. Results are a table (caption, row headers, counts and percentages as
 * text; the bar only repeats the number) with a one-line takeaway, per the charts guidance.
 */
export function PollWidget({ poll, onVote, headingLevel = 3 }: PollWidgetProps) {
  const { t } = useTranslation();
  const format = useFormatDate();
  const announce = useAnnounce();
  const headingId = useId();
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const changeButton = useRef<HTMLButtonElement>(null);
  const [changing, setChanging] = useState(false);
  const [focusAfter, setFocusAfter] = useState<'results' | 'change' | null>(null);

  const canVote = !poll.closed && (!poll.viewerHasVoted || changing);
  const showResults = poll.resultsVisible && !canVote;
  const Heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  const SubHeading = `h${Math.min(headingLevel + 1, 6)}` as 'h3' | 'h4' | 'h5';

  useEffect(() => {
    if (focusAfter === 'results') resultsHeading.current?.focus();
    if (focusAfter === 'change') changeButton.current?.focus();
    if (focusAfter) setFocusAfter(null);
  }, [focusAfter]);

  const meta = (
    <ul className="poll__meta">
      <li>{poll.anonymous ? t('conversation.poll.anonymous') : t('conversation.poll.named')}</li>
      {poll.closesAt && (
        <li>
          {poll.closed
            ? t('conversation.poll.closedAt', { date: format.dateTime(poll.closesAt) })
            : t('conversation.poll.closesAt', { date: format.dateTime(poll.closesAt) })}
        </li>
      )}
    </ul>
  );

  const question = (
    <Heading id={headingId} className="poll__question">
      {poll.question}
    </Heading>
  );

  return (
    <section className="poll" aria-labelledby={headingId}>
      {!canVote && question}
      {!canVote && meta}
      {poll.closed && <p className="poll__closed">{t('conversation.poll.closed')}</p>}

      {canVote ? (
        <PollForm
          poll={poll}
          question={question}
          meta={meta}
          changing={changing}
          onCancel={() => {
            setChanging(false);
            setFocusAfter('change');
          }}
          onVote={async (ids) => {
            await onVote(ids);
            setChanging(false);
            setFocusAfter('results');
            announce(t('conversation.poll.voted'));
          }}
        />
      ) : null}
      {!poll.resultsVisible && <p className="field__hint">{t('conversation.poll.resultsHidden')}</p>}

      {showResults && (
        <div className="poll__results">
          <SubHeading ref={resultsHeading} tabIndex={-1} className="poll__results-heading">
            {t('conversation.poll.results')}
          </SubHeading>
          <PollResults poll={poll} />
        </div>
      )}

      {!poll.closed && poll.viewerHasVoted && !changing && (
        <button
          ref={changeButton}
          type="button"
          className="button button--secondary"
          onClick={() => setChanging(true)}
        >
          {t('conversation.poll.changeVote')}
        </button>
      )}
    </section>
  );
}

function PollForm({
  poll,
  question,
  meta,
  changing,
  onVote,
  onCancel,
}: {
  poll: Poll;
  question: ReactNode;
  /** Anonymous or named, closing time: read right after the question. */
  meta: ReactNode;
  changing: boolean;
  onVote: (ids: string[]) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const groupId = useId();
  const hintId = `${groupId}-hint`;
  const errorId = `${groupId}-error`;
  const firstOptionId = `${groupId}-0`;
  const [chosen, setChosen] = useState<string[]>(() =>
    changing ? poll.options.filter((o) => o.viewerChose).map((o) => o.id) : [],
  );
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const { summaryRef, focusSummary } = useErrorSummaryFocus();
  const firstOption = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // "Change your vote" replaces the button with the form: carry focus into it.
    if (changing) firstOption.current?.focus();
  }, [changing]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (chosen.length === 0) {
      setErrors([
        {
          fieldId: firstOptionId,
          message: poll.multiple ? t('conversation.poll.chooseAtLeastOne') : t('conversation.poll.chooseOne'),
        },
      ]);
      focusSummary();
      return;
    }
    setBusy(true);
    try {
      await onVote(chosen);
    } catch (e) {
      setErrors([{ fieldId: firstOptionId, message: t(generalErrorKey(readAppError(e))) }]);
      focusSummary();
    } finally {
      setBusy(false);
    }
  };

  const error = errors[0]?.message;
  return (
    <form noValidate onSubmit={(e) => void submit(e)}>
      <ErrorSummary ref={summaryRef} errors={errors} />
      <div className={error ? 'field field--error' : 'field'}>
        <fieldset
          className="fieldset"
          aria-describedby={[hintId, error ? errorId : ''].filter(Boolean).join(' ')}
        >
          <legend className="fieldset__legend poll__legend">{question}</legend>
          {meta}
          <p id={hintId} className="field__hint">
            {poll.multiple ? t('conversation.poll.multiple') : t('conversation.poll.single')}
          </p>
          {error && (
            <p id={errorId} className="field__error">
              <span className="visually-hidden">{t('errors.prefix')} </span>
              {error}
            </p>
          )}
          {poll.options.map((option, index) => {
            const id = `${groupId}-${index}`;
            const checked = chosen.includes(option.id);
            return (
              <div key={option.id} className="radio">
                <input
                  ref={index === 0 ? firstOption : undefined}
                  id={id}
                  className="radio__input"
                  type={poll.multiple ? 'checkbox' : 'radio'}
                  name={groupId}
                  value={option.id}
                  checked={checked}
                  onChange={(e) =>
                    setChosen((list) =>
                      poll.multiple
                        ? e.target.checked
                          ? [...list, option.id]
                          : list.filter((x) => x !== option.id)
                        : [option.id],
                    )
                  }
                />
                <label htmlFor={id}>{option.text}</label>
              </div>
            );
          })}
        </fieldset>
      </div>
      <div className="button-row">
        <button type="submit" className="button" aria-disabled={busy || undefined}>
          {busy
            ? t('conversation.poll.voting')
            : changing
              ? t('conversation.poll.saveVote')
              : t('conversation.poll.vote')}
        </button>
        {changing && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('conversation.poll.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

function PollResults({ poll }: { poll: Poll }) {
  const { t, i18n } = useTranslation();
  const percent = useMemo(
    () =>
      new Intl.NumberFormat(i18n.language === 'sv' ? 'sv-SE' : 'en-GB', {
        style: 'percent',
        maximumFractionDigits: 0,
      }),
    [i18n.language],
  );
  const voters = poll.voterCount ?? 0;
  const rows = poll.options.map((option) => {
    const count = option.voteCount ?? 0;
    const share = voters > 0 ? count / voters : 0;
    return { option, count, share };
  });
  const top = Math.max(0, ...rows.map((r) => r.count));
  const leaders = top > 0 ? rows.filter((r) => r.count === top) : [];
  const takeaway =
    leaders.length === 0
      ? t('conversation.poll.noVotes')
      : leaders.length === 1
        ? t('conversation.poll.leader', {
            option: leaders[0].option.text,
            percent: percent.format(leaders[0].share),
          })
        : t('conversation.poll.tie', { options: leaders.map((r) => r.option.text).join(', ') });

  return (
    <>
      <p className="poll__takeaway">{takeaway}</p>
      <table className="poll__table">
        <caption>{t('conversation.poll.resultsCaption', { count: voters })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('conversation.poll.option')}</th>
            <th scope="col">{t('conversation.poll.votes')}</th>
            <th scope="col">{t('conversation.poll.share')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ option, count, share }) => (
            <tr key={option.id} className={option.viewerChose ? 'poll__row--mine' : undefined}>
              <th scope="row">
                {option.text}
                {option.viewerChose && (
                  <span className="poll__mine"> ({t('conversation.poll.yourChoice')})</span>
                )}
              </th>
              <td>{count}</td>
              <td>
                <span className="poll__share">{percent.format(share)}</span>
                {/* Repeats the percentage for the eye; the number beside it is the value. React sets the
                    width through CSSOM, which the CSP (style-src 'self') allows, unlike a style attribute. */}
                <span className="poll__bar" aria-hidden="true">
                  <span className="poll__bar-fill" style={{ width: `${Math.round(share * 100)}%` }} />
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {poll.multiple && <p className="field__hint">{t('conversation.poll.multipleShare')}</p>}
    </>
  );
}
