import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpacePollFieldsFragment } from '@commons/web-graphql';
import { useAnnounce } from '@/components/ui/announcer';
import { readAppError } from '@/utils/graphql-error';
import { useFormatDate } from '@/utils/use-format-date';
import { useVote } from '../api/post-mutations';
import './space-poll.css';

/** The poll's question heading: one level below the post card's heading (h3 in lists, h2 on a post page). */
export type PollHeadingLevel = 3 | 4;

/**
 * A poll on a post: a native radio or checkbox group to vote (the question is its legend), then the
 * results (after voting or once closed) as a table. Focus follows the swap between the two.
 */
export function SpacePoll({
  poll,
  headingLevel = 4,
}: {
  poll: SpacePollFieldsFragment;
  headingLevel?: PollHeadingLevel;
}) {
  const { t } = useTranslation();
  const format = useFormatDate();
  const announce = useAnnounce();
  const [vote, { loading }] = useVote();
  const [changing, setChanging] = useState(false);
  const [chosen, setChosen] = useState<string[]>(poll.viewerVote);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const errorId = `${id}-error`;
  const multiple = poll.choice === 'MULTIPLE';
  const voting = !poll.closed && (!poll.results || changing);
  // Voting swaps the form for the results and back: focus follows to what replaced the control.
  const containerRef = useRef<HTMLDivElement>(null);
  const focusNext = useRef<'form' | 'results' | null>(null);
  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'results') containerRef.current?.querySelector<HTMLElement>('h3, h4')?.focus();
    if (target === 'form')
      containerRef.current?.querySelector<HTMLInputElement>('input:checked, input')?.focus();
  }, [voting]);

  const toggle = (optionId: string, checked: boolean) =>
    setChosen((current) =>
      multiple ? (checked ? [...current, optionId] : current.filter((o) => o !== optionId)) : [optionId],
    );

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    if (chosen.length === 0) {
      setError(t(multiple ? 'spaces.poll.chooseAtLeastOne' : 'spaces.poll.chooseOne'));
      return;
    }
    setError(null);
    // Set before the call: the cache (and so the form) changes before the mutation's promise settles.
    focusNext.current = 'results';
    try {
      await vote({ variables: { pollId: poll.id, optionIds: chosen } });
      setChanging(false);
      announce(t('spaces.poll.voted'));
    } catch (e) {
      focusNext.current = null;
      const info = readAppError(e);
      setError(t(info.reason === 'POLL_CLOSED' ? 'spaces.poll.closedError' : 'spaces.poll.voteFailed'));
    }
  };

  const details = [
    t(multiple ? 'spaces.poll.multiple' : 'spaces.poll.single'),
    t(poll.ballot === 'NAMED' ? 'spaces.poll.named' : 'spaces.poll.anonymous'),
    poll.closed
      ? t('spaces.poll.closed')
      : poll.closesAt
        ? t('spaces.poll.closesAt', { date: format.dateTime(poll.closesAt) })
        : null,
  ].filter(Boolean);

  return (
    <div className="space-poll" ref={containerRef}>
      {voting ? (
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <fieldset className="fieldset" aria-describedby={error ? errorId : undefined}>
            <legend className="fieldset__legend space-poll__question">{poll.question}</legend>
            <p className="field__hint">{details.join(' · ')}</p>
            {error && (
              <p id={errorId} className="field__error">
                <span className="visually-hidden">{t('errors.prefix')} </span>
                {error}
              </p>
            )}
            {poll.options.map((option) => (
              <div className="radio" key={option.id}>
                <input
                  id={`${id}-${option.id}`}
                  className="radio__input"
                  type={multiple ? 'checkbox' : 'radio'}
                  name={`${id}-options`}
                  checked={chosen.includes(option.id)}
                  onChange={(e) => toggle(option.id, e.target.checked)}
                />
                <label htmlFor={`${id}-${option.id}`}>{option.label}</label>
              </div>
            ))}
          </fieldset>
          <div className="button-row">
            <button type="submit" className="button" aria-disabled={loading || undefined}>
              {t('spaces.poll.vote')}
            </button>
            {changing && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  focusNext.current = 'results';
                  setChanging(false);
                }}
              >
                {t('spaces.cancel')}
              </button>
            )}
          </div>
        </form>
      ) : (
        <PollResults
          poll={poll}
          details={details as string[]}
          headingLevel={headingLevel}
          onChange={() => {
            setChosen(poll.viewerVote);
            focusNext.current = 'form';
            setChanging(true);
          }}
        />
      )}
    </div>
  );
}

function PollResults({
  poll,
  details,
  headingLevel,
  onChange,
}: {
  poll: SpacePollFieldsFragment;
  details: string[];
  headingLevel: PollHeadingLevel;
  onChange: () => void;
}) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const Heading = `h${headingLevel}` as 'h3' | 'h4';
  const percent = useMemo(
    () =>
      new Intl.NumberFormat(i18n.language === 'sv' ? 'sv-SE' : 'en-GB', {
        style: 'percent',
        maximumFractionDigits: 0,
      }),
    [i18n.language],
  );
  const results = poll.results;
  return (
    <section aria-labelledby={headingId}>
      <Heading id={headingId} className="space-poll__question" tabIndex={-1}>
        {poll.question}
      </Heading>
      <p className="field__hint">{details.join(' · ')}</p>
      {results ? (
        <ResultsTable poll={poll} results={results} percent={percent} />
      ) : (
        <p>{t('spaces.poll.noResults')}</p>
      )}
      {!poll.closed && poll.viewerVote.length > 0 && (
        <button type="button" className="button button--secondary" onClick={onChange}>
          {t('spaces.poll.changeVote')}
        </button>
      )}
    </section>
  );
}

/**
 * The results as a table (caption, a row header per option, the count and share as text; the bar only
 * repeats the share) with a one-line takeaway first, per the charts guidance in ACCESSIBILITY.md.
 */
function ResultsTable({
  poll,
  results,
  percent,
}: {
  poll: SpacePollFieldsFragment;
  results: NonNullable<SpacePollFieldsFragment['results']>;
  percent: Intl.NumberFormat;
}) {
  const { t } = useTranslation();
  const voters = results.totalVoters;
  const rows = poll.options.map((option) => {
    const row = results.options.find((r) => r.optionId === option.id);
    const count = row?.count ?? 0;
    return { option, count, share: voters > 0 ? count / voters : 0, names: row?.voters ?? [] };
  });
  const top = Math.max(0, ...rows.map((r) => r.count));
  const leaders = top > 0 ? rows.filter((r) => r.count === top) : [];
  const takeaway =
    leaders.length === 0
      ? t('spaces.poll.noVotes')
      : leaders.length === 1
        ? t('spaces.poll.leader', {
            option: leaders[0].option.label,
            percent: percent.format(leaders[0].share),
          })
        : t('spaces.poll.tie', { options: leaders.map((r) => r.option.label).join(', ') });
  return (
    <>
      <p className="space-poll__takeaway">{takeaway}</p>
      <table className="space-poll__table">
        <caption>{t('spaces.poll.resultsCaption', { count: voters })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('spaces.poll.option')}</th>
            <th scope="col">{t('spaces.poll.votes')}</th>
            <th scope="col">{t('spaces.poll.share')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ option, count, share, names }) => {
            const mine = poll.viewerVote.includes(option.id);
            return (
              <tr key={option.id} className={mine ? 'space-poll__row--mine' : undefined}>
                <th scope="row">
                  {option.label}
                  {mine && <> ({t('spaces.poll.yourChoice')})</>}
                  {names.length > 0 && (
                    <span className="space-poll__voters">
                      {t('spaces.poll.votersList', { names: names.map((v) => v.displayName).join(', ') })}
                    </span>
                  )}
                </th>
                <td>{count}</td>
                <td>
                  <span className="space-poll__share">{percent.format(share)}</span>
                  {/* Repeats the share for the eye. React sets the width through CSSOM, which the CSP
                      (style-src 'self') allows, unlike a style attribute in the HTML. */}
                  <span className="space-poll__bar" aria-hidden="true">
                    <span style={{ width: `${Math.round(share * 100)}%` }} />
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {poll.choice === 'MULTIPLE' && <p className="field__hint">{t('spaces.poll.multipleShare')}</p>}
    </>
  );
}
