import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAnnounce } from '@/components/ui/announcer';
import { generalErrorKey, readAppError } from '@/utils/graphql-error';
import { REACTION_KINDS, type ReactionCount, type ReactionKind, type Reactor } from '../types';
import { paths } from '@/config/paths';
import './reaction-bar.css';

/** Decorative: each button's name is its word ("Gilla"), never the picture. */
const ICONS: Record<ReactionKind, string> = {
  LIKE: '👍',
  LOVE: '❤️',
  CELEBRATE: '🎉',
  INSIGHTFUL: '💡',
  CURIOUS: '🤔',
};

export interface ReactionBarProps {
  /** Per kind, in any order; kinds left out count as zero. */
  counts: readonly ReactionCount[];
  myReaction: ReactionKind | null;
  /** The viewer's new reaction, or null to remove it. A rejected promise shows an error. */
  onReact: (kind: ReactionKind | null) => void | Promise<unknown>;
  /** While a reaction is being saved: buttons stay focusable but do nothing. */
  busy?: boolean;
  /** Names the group, e.g. "Reactions to Anna Lind's comment"; defaults to "Reactions". */
  label?: string;
  /** "Who reacted": loaded on first open. Leave out onLoadReactors to hide the button. */
  reactors?: readonly Reactor[] | null;
  reactorsLoading?: boolean;
  onLoadReactors?: () => void;
  hasMoreReactors?: boolean;
  onLoadMoreReactors?: () => void;
}

/**
 * Five toggle buttons (aria-pressed) with fixed names; each count is the button's description
 * ("Like", "3 people"), so it is heard with the button but the name never changes. Only the viewer's
 * own change is spoken, once, through the app's status region. "Who reacted" is a disclosure.
 */
export function ReactionBar({
  counts,
  myReaction,
  onReact,
  busy = false,
  label,
  reactors,
  reactorsLoading = false,
  onLoadReactors,
  hasMoreReactors = false,
  onLoadMoreReactors,
}: ReactionBarProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const idBase = useId();
  const [error, setError] = useState<string | null>(null);
  const [reactorsOpen, setReactorsOpen] = useState(false);
  const pending = useRef(false);
  const countOf = (kind: ReactionKind) => counts.find((c) => c.kind === kind)?.count ?? 0;
  const total = REACTION_KINDS.reduce((sum, kind) => sum + countOf(kind), 0);
  const kindName = (kind: ReactionKind) => t(`conversation.reactions.kinds.${kind}`);

  const choose = async (kind: ReactionKind) => {
    if (busy || pending.current) return;
    const next = myReaction === kind ? null : kind;
    pending.current = true;
    setError(null);
    try {
      await onReact(next);
      announce(
        next
          ? t('conversation.reactions.chosen', { kind: kindName(next) })
          : t('conversation.reactions.removed'),
      );
    } catch (e) {
      const info = readAppError(e);
      const message = info.code === 'UNKNOWN' ? t('conversation.reactions.failed') : t(generalErrorKey(info));
      setError(message);
      announce(message);
    } finally {
      pending.current = false;
    }
  };

  const toggleReactors = () => {
    const open = !reactorsOpen;
    setReactorsOpen(open);
    if (open && !reactors && onLoadReactors) onLoadReactors();
  };

  const panelId = `${idBase}-reactors`;
  return (
    <div className="reactions">
      <div
        role="group"
        aria-label={label ?? t('conversation.reactions.groupLabel')}
        className="reactions__bar"
      >
        {REACTION_KINDS.map((kind) => {
          const count = countOf(kind);
          const countId = `${idBase}-${kind}`;
          return (
            <span key={kind} className="reactions__item">
              <button
                type="button"
                className="reaction"
                aria-pressed={myReaction === kind}
                aria-describedby={countId}
                aria-disabled={busy || undefined}
                onClick={() => void choose(kind)}
              >
                <span className="reaction__icon" aria-hidden="true">
                  {ICONS[kind]}
                </span>
                <span className="reaction__label">{kindName(kind)}</span>
                <span className="reaction__count" aria-hidden="true">
                  {count}
                </span>
              </button>
              {/* Hidden but still referable: descriptions are computed from hidden elements too. */}
              <span id={countId} hidden>
                {t('conversation.reactions.count', { count })}
              </span>
            </span>
          );
        })}
      </div>
      {error && (
        <p className="field__error">
          <span className="visually-hidden">{t('errors.prefix')} </span>
          {error}
        </p>
      )}
      {onLoadReactors && total > 0 && (
        <div className="reactions__who">
          <button
            type="button"
            className="button button--link"
            aria-expanded={reactorsOpen}
            aria-controls={panelId}
            onClick={toggleReactors}
          >
            {t('conversation.reactions.whoReacted')}
          </button>
          <div id={panelId} hidden={!reactorsOpen} className="reactions__panel">
            {reactorsOpen && (
              <ReactorList
                reactors={reactors ?? []}
                loading={reactorsLoading || !reactors}
                hasMore={hasMoreReactors}
                onLoadMore={onLoadMoreReactors}
                kindName={kindName}
              />
            )}
          </div>
        </div>
      )}
    </div>
  );
}

function ReactorList({
  reactors,
  loading,
  hasMore,
  onLoadMore,
  kindName,
}: {
  reactors: readonly Reactor[];
  loading: boolean;
  hasMore: boolean;
  onLoadMore?: () => void;
  kindName: (kind: ReactionKind) => string;
}) {
  const { t } = useTranslation();
  return (
    <>
      {reactors.length > 0 && (
        <ul className="reactions__people" aria-label={t('conversation.reactions.whoReactedLabel')}>
          {reactors.map(({ person, kind }) => (
            <li key={person.id}>
              <span aria-hidden="true">{ICONS[kind]} </span>
              <Link to={paths.person.to(person.id)}>{person.displayName}</Link>
              <span className="visually-hidden">: </span>
              <span className="reactions__person-kind"> {kindName(kind)}</span>
            </li>
          ))}
        </ul>
      )}
      {loading ? (
        <p className="loading">{t('conversation.reactions.loading')}</p>
      ) : (
        reactors.length === 0 && <p>{t('conversation.reactions.noReactors')}</p>
      )}
      {hasMore && onLoadMore && !loading && (
        <button type="button" className="button button--secondary" onClick={onLoadMore}>
          {t('conversation.reactions.showMoreReactors')}
        </button>
      )}
    </>
  );
}
