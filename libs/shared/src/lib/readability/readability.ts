import { englishSyllables, letterCount, sentences, words } from './text-statistics.util';

/** A paragraph-level view of a document: what the editor and the API both extract from a body. */
export type TextBlock =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list-item'; text: string }
  | { kind: 'quote'; text: string }
  | { kind: 'image'; alt: string | null }
  | { kind: 'link'; text: string; href: string };

export type ReadabilityLanguage = 'sv' | 'en';

/** LIX bands as commonly published for Swedish (lix.se); lower is easier. */
export type LixBand = 'VERY_EASY' | 'EASY' | 'MEDIUM' | 'DIFFICULT' | 'VERY_DIFFICULT';
/** Flesch reading-ease bands (Flesch 1948); higher is easier. */
export type FleschBand =
  'VERY_EASY' | 'EASY' | 'FAIRLY_EASY' | 'STANDARD' | 'FAIRLY_DIFFICULT' | 'DIFFICULT' | 'VERY_DIFFICULT';

export interface TextCounts {
  words: number;
  sentences: number;
  /** Words of more than six letters (LIX). */
  longWords: number;
  /** English syllables (Flesch); counted for English only. */
  syllables: number;
}

/**
 * LIX (Björnsson 1968): words per sentence plus the percentage of words longer than six letters.
 * Returns null for text with no words.
 */
export function lix(counts: TextCounts): number | null {
  if (counts.words === 0 || counts.sentences === 0) return null;
  return counts.words / counts.sentences + (counts.longWords * 100) / counts.words;
}

export function lixBand(score: number): LixBand {
  if (score < 30) return 'VERY_EASY';
  if (score < 40) return 'EASY';
  if (score < 50) return 'MEDIUM';
  if (score < 60) return 'DIFFICULT';
  return 'VERY_DIFFICULT';
}

/** Flesch reading ease: 206.835 − 1.015 × words/sentence − 84.6 × syllables/word. Null for no words. */
export function fleschReadingEase(counts: TextCounts): number | null {
  if (counts.words === 0 || counts.sentences === 0) return null;
  return 206.835 - 1.015 * (counts.words / counts.sentences) - 84.6 * (counts.syllables / counts.words);
}

export function fleschBand(score: number): FleschBand {
  if (score >= 90) return 'VERY_EASY';
  if (score >= 80) return 'EASY';
  if (score >= 70) return 'FAIRLY_EASY';
  if (score >= 60) return 'STANDARD';
  if (score >= 50) return 'FAIRLY_DIFFICULT';
  if (score >= 30) return 'DIFFICULT';
  return 'VERY_DIFFICULT';
}

/** Counts over the prose of a document: headings, paragraphs, list items and quotes; each block ends a sentence. */
export function countText(blocks: readonly TextBlock[], language: ReadabilityLanguage): TextCounts {
  const counts: TextCounts = { words: 0, sentences: 0, longWords: 0, syllables: 0 };
  for (const block of blocks) {
    if (block.kind === 'image' || block.kind === 'link') continue;
    for (const sentence of sentences(block.text)) {
      const ws = words(sentence);
      counts.sentences += 1;
      counts.words += ws.length;
      for (const w of ws) {
        if (letterCount(w) > 6) counts.longWords += 1;
        if (language === 'en') counts.syllables += englishSyllables(w);
      }
    }
  }
  return counts;
}
