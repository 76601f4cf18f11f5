import { analysePlainLanguage, type TextBlock } from './index';
import { englishSyllables, sentences, words } from './text-statistics.util';

const paragraph = (text: string): TextBlock => ({ kind: 'paragraph', text });

/*
 * Reference scores computed by hand (shown beside each case), so the formulas cannot drift unnoticed.
 */
describe('LIX (Swedish)', () => {
  it('scores plain Swedish as very easy', () => {
    // 9 words, 2 sentences, 2 long words (springer, trädgården): 9/2 + 2·100/9 = 4.5 + 22.22 = 26.72
    const report = analysePlainLanguage(
      [paragraph('Katten sitter på mattan. Hunden springer ute i trädgården.')],
      'sv',
    );
    expect(report.counts).toEqual({ words: 9, sentences: 2, longWords: 2, syllables: 0 });
    expect(report.scale).toBe('LIX');
    expect(report.score).toBe(26.7);
    expect(report.band).toBe('VERY_EASY');
  });

  it('scores bureaucratic Swedish as very difficult', () => {
    // 9 words, 1 sentence, 6 long words: 9 + 6·100/9 = 9 + 66.67 = 75.67
    const report = analysePlainLanguage(
      [paragraph('Myndighetens verksamhetsplanering ska genomföras i enlighet med gällande styrdokument.')],
      'sv',
    );
    expect(report.counts.longWords).toBe(6);
    expect(report.score).toBe(75.7);
    expect(report.band).toBe('VERY_DIFFICULT');
  });

  it('counts each block as ending a sentence, and headings as text', () => {
    // heading "Nytt kontor" (2 words) + "Vi flyttar i maj" (4 words), 2 sentences, 1 long word (flyttar, 7 letters):
    // 6/2 + 1·100/6 = 3 + 16.67 = 19.67
    const report = analysePlainLanguage(
      [{ kind: 'heading', level: 2, text: 'Nytt kontor' }, paragraph('Vi flyttar i maj')],
      'sv',
    );
    expect(report.counts).toMatchObject({ words: 6, sentences: 2, longWords: 1 });
    expect(report.score).toBe(19.7);
  });

  it('gives no score for an empty body', () => {
    const report = analysePlainLanguage([], 'sv');
    expect(report.score).toBeNull();
    expect(report.band).toBeNull();
    expect(report.readingTimeMinutes).toBe(0);
  });
});

describe('Flesch reading ease (English)', () => {
  it('scores a plain instruction as fairly easy', () => {
    // 9 words, 1 sentence, 13 syllables: 206.835 − 1.015·9 − 84.6·13/9 = 206.835 − 9.135 − 122.2 = 75.5
    const report = analysePlainLanguage(
      [paragraph('Please send your report to the office before Friday.')],
      'en',
    );
    expect(report.counts).toEqual({ words: 9, sentences: 1, longWords: 0, syllables: 13 });
    expect(report.scale).toBe('FLESCH');
    expect(report.score).toBe(75.5);
    expect(report.band).toBe('FAIRLY_EASY');
  });

  it('scores nominal-style English as very difficult', () => {
    // 5 words, 1 sentence, 23 syllables (6+4+4+4+5): 206.835 − 5.075 − 84.6·23/5 = −187.4
    const report = analysePlainLanguage(
      [paragraph('Organisational transformation necessitates comprehensive communication.')],
      'en',
    );
    expect(report.counts.syllables).toBe(23);
    expect(report.score).toBe(-187.4);
    expect(report.band).toBe('VERY_DIFFICULT');
  });

  it.each([
    ['the', 1],
    ['make', 1],
    ['makes', 1],
    ['table', 2],
    ['wanted', 2],
    ['jumped', 1],
    ['boxes', 2],
    ['agree', 2],
    ['office', 2],
    ['beautiful', 3],
    ['communication', 5],
  ])('counts %s as %i syllables', (word, expected) => {
    expect(englishSyllables(word)).toBe(expected);
  });
});

describe('tokenising', () => {
  it('keeps Swedish letters, hyphens and apostrophes inside words and ignores numbers', () => {
    expect(words('Åsa läser e-post kl. 9 på fredag, det är Anna’s tur.')).toEqual([
      'Åsa',
      'läser',
      'e-post',
      'kl',
      'på',
      'fredag',
      'det',
      'är',
      'Anna’s',
      'tur',
    ]);
  });

  it('ends sentences at . ! ? and : followed by space, not inside numbers or addresses', () => {
    expect(sentences('Mötet börjar 9.30 i rum A. Kom i tid! Frågor? Ring: 0701.')).toEqual([
      'Mötet börjar 9.30 i rum A',
      'Kom i tid',
      'Frågor',
      'Ring',
    ]);
  });
});

describe('reading time', () => {
  it('estimates minutes at 200 words a minute, at least one', () => {
    expect(analysePlainLanguage([paragraph('Kort text.')], 'sv').readingTimeMinutes).toBe(1);
    expect(analysePlainLanguage([paragraph('ord '.repeat(1000) + '.')], 'sv').readingTimeMinutes).toBe(5);
  });
});

describe('accessibility warnings', () => {
  it('flags an image without alt text', () => {
    const report = analysePlainLanguage(
      [
        { kind: 'image', alt: ' ' },
        { kind: 'image', alt: 'Karta' },
      ],
      'sv',
    );
    expect(report.warnings).toEqual([{ code: 'MISSING_ALT_TEXT', blockIndex: 0, excerpt: '' }]);
  });

  it('flags a heading that skips a level, starting below the title h1', () => {
    const report = analysePlainLanguage(
      [
        { kind: 'heading', level: 2, text: 'Bakgrund' },
        { kind: 'heading', level: 4, text: 'Detaljer' },
        { kind: 'heading', level: 3, text: 'Mer' },
      ],
      'sv',
    );
    expect(report.warnings).toEqual([{ code: 'SKIPPED_HEADING_LEVEL', blockIndex: 1, excerpt: 'Detaljer' }]);
    expect(
      analysePlainLanguage([{ kind: 'heading', level: 3, text: 'Start' }], 'en').warnings.map((w) => w.code),
    ).toEqual(['SKIPPED_HEADING_LEVEL']);
  });

  it.each(['Klicka här', 'läs mer…', 'click here', 'Here', 'https://x.se'])(
    'flags the link text %p',
    (text) => {
      const report = analysePlainLanguage([{ kind: 'link', text, href: 'https://x.se' }], 'sv');
      expect(report.warnings.map((w) => w.code)).toEqual(['VAGUE_LINK_TEXT']);
    },
  );

  it('accepts a link text that says where it goes', () => {
    const report = analysePlainLanguage(
      [{ kind: 'link', text: 'Ansök om semester', href: '/semester' }],
      'sv',
    );
    expect(report.warnings).toEqual([]);
  });

  it('flags a sentence over 25 words, and not one of 25', () => {
    const long = `${'ord '.repeat(26).trim()}.`;
    const ok = `${'ord '.repeat(25).trim()}.`;
    const report = analysePlainLanguage([paragraph(ok), paragraph(long)], 'sv');
    expect(report.warnings).toEqual([{ code: 'LONG_SENTENCE', blockIndex: 1, excerpt: long.slice(0, -1) }]);
  });

  it('flags running text in capitals but not acronyms', () => {
    const report = analysePlainLanguage(
      [paragraph('IT och HR flyttar till SKR.'), paragraph('VIKTIGT ATT ALLA LÄSER detta.')],
      'sv',
    );
    expect(report.warnings.map((w) => [w.code, w.blockIndex])).toEqual([['TEXT_IN_CAPITALS', 1]]);
  });
});
