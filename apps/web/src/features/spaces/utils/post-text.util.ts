import { POST_BODY_MAX_LENGTH } from '@commons/shared';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/**
 * The composer is a plain textarea: a blank line starts a paragraph, a single line break stays a
 * line break. Everything typed is escaped, so what people write is text, never markup (the server
 * sanitises again anyway).
 */
export function textToPostHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map(
      (paragraph) =>
        `<p>${paragraph
          .split('\n')
          .map((line) => escapeHtml(line.trim()))
          .join('<br>')}</p>`,
    )
    .join('');
}

/** The text of a post body back for editing in the textarea: paragraphs become blank lines. */
export function postHtmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  doc.querySelectorAll('br').forEach((br) => br.replaceWith('\n'));
  const blocks = [...doc.body.querySelectorAll('p, li')];
  if (blocks.length === 0) return (doc.body.textContent ?? '').trim();
  return blocks.map((block) => (block.textContent ?? '').trim()).join('\n\n');
}

/** Over the API's limit, which counts the text readers see (not the paragraphs' markup). */
export function postTextTooLong(text: string): boolean {
  return text.replace(/\r\n?/g, '\n').trim().length > POST_BODY_MAX_LENGTH;
}

/** An absolute http(s) URL, as the API requires for a post's link. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
