import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { analysePlainLanguage, type TextBlock } from '@commons/shared';
import type { StudioArticleFieldsFragment } from '@commons/web-graphql';
import { draftFromArticle, type Draft, type DraftKey } from '../utils/draft.util';
import { useAutosave } from './use-autosave';
import { useJoinedAnnounce } from './use-joined-announce';

/**
 * The editor's form state: the draft and its changes (autosaved), the body's text blocks and their
 * plain-language report, and the polite messages about both.
 */
export function useArticleDraft(article: StudioArticleFieldsFragment, isEditor: boolean) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftFromArticle(article));
  const [blocks, setBlocks] = useState<TextBlock[]>([]);
  // "Saved" and the plain-language panel's warning count often arrive together: speak both.
  const announceJoined = useJoinedAnnounce();
  const onSaved = useCallback(() => announceJoined('autosave', t('studio.saved')), [announceJoined, t]);
  const announceReadability = useCallback(
    (message: string) => announceJoined('readability', message),
    [announceJoined],
  );
  const { state, problems, markDirty, flush } = useAutosave(article.id, draft, isEditor, onSaved);

  const change = useCallback(
    (patch: Partial<Draft>) => {
      setDraft((d) => ({ ...d, ...patch }));
      markDirty(Object.keys(patch) as DraftKey[]);
    },
    [markDirty],
  );

  const contentLanguage = draft.language === 'EN' ? 'en' : 'sv';
  const report = useMemo(() => analysePlainLanguage(blocks, contentLanguage), [blocks, contentLanguage]);
  const firstHtml = useRef(true);
  const onBodyChange = useCallback(
    (html: string, located: { blocks: TextBlock[] }) => {
      setBlocks(located.blocks);
      // The editor reports its first render too; that is not a change to save.
      if (firstHtml.current) {
        firstHtml.current = false;
        return;
      }
      change({ bodyHtml: html });
    },
    [change],
  );

  return {
    draft,
    change,
    onBodyChange,
    contentLanguage,
    report,
    announceReadability,
    saveState: state,
    problems,
    flush,
  } as const;
}

/** Applies a change to the draft (and marks its fields for autosave). */
export type ChangeDraft = (patch: Partial<Draft>) => void;
