/** Elements after which text runs on as a new sentence or line, not glued to the next word. */
const BREAKS = 'p, li, br, h1, h2, h3, h4, h5, h6, blockquote, pre, div';

/**
 * The start of an HTML text as plain text: tags dropped, blocks and line breaks turned into spaces,
 * whitespace collapsed, and cut at a word boundary with "…" when longer than `max` characters.
 * DOMParser builds an inert document (no scripts run, no images load), so any HTML is safe here.
 */
export function plainExcerpt(html: string, max: number): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // The API sanitises post HTML; this only keeps stray code out of the text should any get through.
  doc.body.querySelectorAll('script, style, template').forEach((el) => el.remove());
  doc.body.querySelectorAll(BREAKS).forEach((el) => el.after(' '));
  const text = (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  // One character more, so a word ending right at `max` counts as whole.
  const lastSpace = text.slice(0, max + 1).lastIndexOf(' ');
  // A very long word is cut where it is; otherwise at the last whole word.
  const cut = text.slice(0, lastSpace > max / 2 ? lastSpace : max);
  return `${cut.replace(/[\s,.;:!?–-]+$/, '')}…`;
}
