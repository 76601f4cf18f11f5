import { useCallback, useRef } from 'react';
import { useAnnounce } from '@/components/ui/announcer';
import { ANNOUNCE_DELAY_MS } from '@/config/constants';

/**
 * Speaks messages from several sources of one page through the app's announcer without losing
 * any. The announcer speaks only the last message of a burst (it waits ANNOUNCE_DELAY_MS); in the
 * editor, autosave's "Saved" and the plain-language panel's warning count often land in the same
 * burst when typing stops. A message is therefore spoken together with the other sources' messages
 * still waiting in that burst; one already spoken is not repeated.
 */
export function useJoinedAnnounce(): (source: string, message: string) => void {
  const announce = useAnnounce();
  const waiting = useRef(new Map<string, { message: string; at: number }>());
  return useCallback(
    (source: string, message: string) => {
      const now = Date.now();
      const messages = waiting.current;
      for (const [key, entry] of messages) if (now - entry.at >= ANNOUNCE_DELAY_MS) messages.delete(key);
      // A source's newer message replaces its older one and is spoken last.
      messages.delete(source);
      messages.set(source, { message, at: now });
      const texts = [...messages.values()].map((entry) => entry.message);
      announce(texts.length === 1 ? texts[0] : texts.map(asSentence).join(' '));
    },
    [announce],
  );
}

/** Joined messages are read as sentences: "Saved. 3 things to check in the text." */
const asSentence = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);
