import sanitizeHtml from 'sanitize-html';

/**
 * Light formatting for what employees write in conversation (posts now; comments may share it):
 * paragraphs, line breaks, strong/em, lists, inline code and links (http, https, mailto). No
 * headings, images or embeds — a post's images and link are structured fields. Script and style
 * (with their content), event-handler attributes and javascript:/data: URLs are dropped. Links
 * always open safely (noopener noreferrer, nofollow: people's links are not the organisation's).
 */
export function sanitiseLightHtml(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: ['p', 'br', 'strong', 'em', 'a', 'ul', 'ol', 'li', 'code'],
    allowedAttributes: { a: ['href', 'rel', 'target'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesAppliedToAttributes: ['href'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    transformTags: {
      b: 'strong',
      i: 'em',
      a: (tagName, attribs) => {
        const out: Record<string, string> = { rel: 'noopener noreferrer nofollow' };
        if (attribs.href !== undefined) out.href = attribs.href;
        if (attribs.target === '_blank') out.target = '_blank';
        return { tagName, attribs: out };
      },
    },
  });
}

/** The text of light HTML, for "is anything written?" checks and titles. */
export function textOfHtml(html: string): string {
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} })
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

const TAG_LIKE = /<\/?[a-zA-Z!?][^<>]*>?/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * Plain text that people name things with (space names, poll options): rendered as text, never as
 * HTML, and also stripped of anything tag-like, so a pasted `<img onerror=…>` cannot come back as
 * markup in any client, e-mail or export that forgets to escape. Whitespace runs collapse (a single
 * line); the result may be empty (the caller says whether that is allowed).
 */
export function plainText(value: string, options: { multiline?: boolean } = {}): string {
  let text = value.replace(CONTROL, '');
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text.replace(TAG_LIKE, '');
  }
  text = options.multiline
    ? text
        .replace(/[^\S\n]+/g, ' ')
        .replace(/ *\n */g, '\n')
        .replace(/\n{3,}/g, '\n\n')
    : text.replace(/\s+/g, ' ');
  return text.trim();
}
