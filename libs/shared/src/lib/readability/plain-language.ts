import {
  countText,
  fleschBand,
  fleschReadingEase,
  lix,
  lixBand,
  type FleschBand,
  type LixBand,
  type ReadabilityLanguage,
  type TextBlock,
  type TextCounts,
} from './readability';
import { sentences, words } from './text-statistics.util';

/** Sentences longer than this are hard to follow (plain-language guidance in both languages). */
export const LONG_SENTENCE_WORDS = 25;
/** Average silent reading speed used for the reading-time estimate. */
export const WORDS_PER_MINUTE = 200;

/** Link texts that say nothing out of context (WCAG 2.4.4), in both languages, compared case-insensitively. */
const VAGUE_LINK_TEXTS = new Set([
  'click here',
  'here',
  'read more',
  'more',
  'link',
  'this link',
  'click',
  'klicka här',
  'klicka',
  'här',
  'läs mer',
  'mer',
  'länk',
  'denna länk',
  'den här länken',
]);

export type PlainLanguageWarningCode =
  'MISSING_ALT_TEXT' | 'SKIPPED_HEADING_LEVEL' | 'VAGUE_LINK_TEXT' | 'LONG_SENTENCE' | 'TEXT_IN_CAPITALS';

export interface PlainLanguageWarning {
  code: PlainLanguageWarningCode;
  /** Index of the block at fault, so an editor can move focus to it. */
  blockIndex: number;
  /** The text at fault (a sentence, a link text, a heading), for display. */
  excerpt: string;
}

export interface PlainLanguageReport {
  language: ReadabilityLanguage;
  counts: TextCounts;
  /** LIX for Swedish, Flesch reading ease for English; null when there is no text yet. */
  score: number | null;
  scale: 'LIX' | 'FLESCH';
  band: LixBand | FleschBand | null;
  readingTimeMinutes: number;
  warnings: PlainLanguageWarning[];
}

/**
 * The plain-language report an editor sees while writing and the API stores with each revision:
 * one implementation, so both always agree.
 */
export function analysePlainLanguage(
  blocks: readonly TextBlock[],
  language: ReadabilityLanguage,
): PlainLanguageReport {
  const counts = countText(blocks, language);
  const score = language === 'sv' ? lix(counts) : fleschReadingEase(counts);
  const band = score === null ? null : language === 'sv' ? lixBand(score) : fleschBand(score);
  return {
    language,
    counts,
    score: score === null ? null : Math.round(score * 10) / 10,
    scale: language === 'sv' ? 'LIX' : 'FLESCH',
    band,
    readingTimeMinutes: counts.words === 0 ? 0 : Math.max(1, Math.round(counts.words / WORDS_PER_MINUTE)),
    warnings: findWarnings(blocks),
  };
}

function findWarnings(blocks: readonly TextBlock[]): PlainLanguageWarning[] {
  const warnings: PlainLanguageWarning[] = [];
  // The article title is the page's h1, so the body's first heading should be h2.
  let previousHeadingLevel = 1;
  blocks.forEach((block, blockIndex) => {
    switch (block.kind) {
      case 'image':
        if (!block.alt || block.alt.trim() === '') {
          warnings.push({ code: 'MISSING_ALT_TEXT', blockIndex, excerpt: '' });
        }
        return;
      case 'link': {
        const text = block.text
          .trim()
          .replace(/[.…:!]+$/u, '')
          .toLowerCase();
        if (text === '' || VAGUE_LINK_TEXTS.has(text) || text === block.href.trim().toLowerCase()) {
          warnings.push({ code: 'VAGUE_LINK_TEXT', blockIndex, excerpt: block.text });
        }
        return;
      }
      case 'heading':
        if (block.level > previousHeadingLevel + 1) {
          warnings.push({ code: 'SKIPPED_HEADING_LEVEL', blockIndex, excerpt: block.text });
        }
        previousHeadingLevel = block.level;
        break;
    }
    for (const sentence of sentences(block.text)) {
      if (words(sentence).length > LONG_SENTENCE_WORDS) {
        warnings.push({ code: 'LONG_SENTENCE', blockIndex, excerpt: sentence });
      }
    }
    if (hasRunOfCapitals(block.text)) {
      warnings.push({ code: 'TEXT_IN_CAPITALS', blockIndex, excerpt: block.text });
    }
  });
  return warnings;
}

/**
 * Three or more words in a row written in capitals. Single acronyms (EU, IT, SKR) are fine;
 * running text in capitals is hard to read, and some screen readers spell it out.
 */
function hasRunOfCapitals(text: string): boolean {
  let run = 0;
  for (const word of words(text)) {
    const isCapitals = word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
    run = isCapitals ? run + 1 : 0;
    if (run >= 3) return true;
  }
  return false;
}
