import { analysePlainLanguage, type PlainLanguageReport } from '@commons/shared';
import { htmlToTextBlocks } from '../../common/sanitising/html-text-blocks';
import type { Article } from './article.entity';

/**
 * The plain-language report of an article's body (sanitised HTML), in its language: the same
 * library the editor runs while writing, so the stored score is the one the author saw.
 */
export function readabilityOf(article: Pick<Article, 'bodyHtml' | 'language'>): PlainLanguageReport {
  return analysePlainLanguage(htmlToTextBlocks(article.bodyHtml), article.language === 'en' ? 'en' : 'sv');
}
