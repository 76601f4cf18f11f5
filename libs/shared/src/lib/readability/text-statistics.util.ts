/**
 * Counting words, sentences and syllables the way readability formulas expect.
 * Words are runs of letters (any script, with inner apostrophes or hyphens); numbers are not words.
 * A sentence ends at `.`, `!`, `?` or `:` followed by space or the end, or at the end of a block.
 */
const WORD_PATTERN = /\p{L}+(?:['’-]\p{L}+)*/gu;
const SENTENCE_END = /[.!?:]+(?=\s|$)/gu;

export function words(text: string): string[] {
  return text.match(WORD_PATTERN) ?? [];
}

/** Splits text into sentences, dropping pieces with no words (a lone "…" or a number list marker). */
export function sentences(text: string): string[] {
  return text
    .split(SENTENCE_END)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0);
}

/** Letters only, so "e-post" is 5 letters long, as in LIX's count of long words. */
export function letterCount(word: string): number {
  return (word.match(/\p{L}/gu) ?? []).length;
}

/**
 * English syllables by vowel groups, the usual heuristic for Flesch: each run of vowels (y counts after a
 * consonant) is one; a final silent "e" is dropped unless the word ends in "le" after a consonant; every word
 * has at least one.
 */
export function englishSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  const groups = w.match(/[aeiouy]+/g) ?? [];
  let count = groups.length;
  if (w.endsWith('e') && !/[^aeiouy]le$/.test(w) && !w.endsWith('ee') && count > 1) count -= 1;
  if (/[^aeiouy]ed$/.test(w) && !/[td]ed$/.test(w) && count > 1) count -= 1;
  if (/es$/.test(w) && !/(ss|sh|ch|x|z|[cgs])es$/.test(w) && count > 1) count -= 1;
  return Math.max(1, count);
}
