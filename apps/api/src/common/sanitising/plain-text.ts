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
