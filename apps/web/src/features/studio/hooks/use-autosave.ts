import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleInput } from '@commons/web-graphql';
import { readAppError, type AppErrorInfo } from '@/utils/graphql-error';
import { useUpdateArticle } from '../api/article-mutations';
import { inputFromDraft, type Draft, type DraftKey, type DraftProblem } from '../utils/draft.util';

/** Quiet time after the last change before autosave sends it. */
export const AUTOSAVE_DELAY_MS = 1200;

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  /** Some changes wait for a fix (an image without alt text, an empty title) before they can be sent. */
  | { kind: 'held' }
  | { kind: 'failed'; error: AppErrorInfo };

/**
 * Debounced autosave: changes are collected per field and sent with updateArticle once typing
 * pauses; `flush` sends at once (before Submit, Publish…). It never touches focus; the page shows
 * the state and speaks "Saved" politely.
 */
export function useAutosave(id: string, draft: Draft, canPublish: boolean, onSaved: () => void) {
  const [update] = useUpdateArticle();
  const dirty = useRef(new Set<DraftKey>());
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const [version, setVersion] = useState(0);
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const inFlight = useRef<Promise<boolean> | null>(null);

  const markDirty = useCallback((keys: DraftKey[]) => {
    keys.forEach((k) => dirty.current.add(k));
    setState({ kind: 'pending' });
    setVersion((v) => v + 1);
  }, []);

  const save = useCallback(async (): Promise<boolean> => {
    if (inFlight.current) await inFlight.current;
    const { input, sent, problems: found } = inputFromDraft(draftRef.current, dirty.current, canPublish);
    setProblems(found);
    // A missing text alternative blocks publishing, not saving; the others keep a field back.
    const held = found.some((p) => p !== 'TEXT_ALTERNATIVE_REQUIRED');
    if (sent.length === 0) {
      setState((s) => (held ? { kind: 'held' } : s.kind === 'pending' ? { kind: 'idle' } : s));
      return found.length === 0;
    }
    sent.forEach((k) => dirty.current.delete(k));
    setState({ kind: 'saving' });
    const run = (async () => {
      try {
        await update({ variables: { id, input: input as ArticleInput } });
        setState(held ? { kind: 'held' } : { kind: 'saved', at: new Date() });
        onSaved();
        return found.length === 0;
      } catch (e) {
        sent.forEach((k) => dirty.current.add(k));
        setState({ kind: 'failed', error: readAppError(e) });
        return false;
      } finally {
        inFlight.current = null;
      }
    })();
    inFlight.current = run;
    return run;
  }, [id, canPublish, update, onSaved]);

  useEffect(() => {
    if (version === 0) return;
    const timer = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [version, save]);

  return { state, problems, markDirty, flush: save };
}
