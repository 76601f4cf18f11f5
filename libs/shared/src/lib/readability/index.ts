export * from './readability';
export * from './plain-language';
export { words, sentences, englishSyllables } from './text-statistics.util';
