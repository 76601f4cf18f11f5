import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpacePollFieldsFragment } from '@commons/web-graphql';
import { useAnnounce } from '../../../components/ui/announcer';
import { readAppError } from '../../../utils/graphql-error';
import { useFormatDate } from '../../../utils/use-format-date';
import { useVote } from '../api/post-mutations';

/**
 * A poll on a post: a native radio or checkbox group to vote, and the results (after voting or once
 * closed) as text with a bar that only repeats it. Kept to this one component so a richer poll widget
 * can replace it.
 */
export function SpacePoll({ poll }: { poll: SpacePollFieldsFragment }) {
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
    if (target === 'results') containerRef.current?.querySelector<HTMLElement>('h4')?.focus();
    if (target === 'form') containerRef.current?.querySelector<HTMLInputElement>('input:checked, input')?.focus();
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
  onChange,
}: {
  poll: SpacePollFieldsFragment;
  details: string[];
  onChange: () => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const results = poll.results;
  const total = results?.totalVoters ?? 0;
  return (
    <section aria-labelledby={headingId}>
      <h4 id={headingId} className="space-poll__question" tabIndex={-1}>
        {poll.question}
      </h4>
      <p className="field__hint">{details.join(' · ')}</p>
      {results ? (
        <>
          <ul className="space-poll__results">
            {poll.options.map((option) => {
              const row = results.options.find((r) => r.optionId === option.id);
              const count = row?.count ?? 0;
              const percent = total > 0 ? Math.round((count / total) * 100) : 0;
              const mine = poll.viewerVote.includes(option.id);
              return (
                <li key={option.id} className="space-poll__result">
                  <span>
                    {option.label}
                    {mine && <> ({t('spaces.poll.yourChoice')})</>}
                    {': '}
                    {t('spaces.poll.votes', { count, percent })}
                  </span>
                  <span className="space-poll__bar" aria-hidden="true">
                    <span style={{ width: `${percent}%` }} />
                  </span>
                  {row?.voters && row.voters.length > 0 && (
                    <span className="space-poll__voters">
                      {t('spaces.poll.votersList', { names: row.voters.map((v) => v.displayName).join(', ') })}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
          <p>{t('spaces.poll.totalVoters', { count: total })}</p>
        </>
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
