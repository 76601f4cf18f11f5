import type { Mention } from '../types';
import { paths } from '@/config/paths';

/**
 * How a comment travels to the server: light HTML built here from the plain textarea text, with
 * every character escaped except the mentions the person picked, which become
 * `<a data-mention="PERSON_ID" href="/people/PERSON_ID">@Display Name</a>` (the format the API
 * resolves and records for notifications). Blank lines make paragraphs, single newlines `<br>`.
 */
export function toBodyHtml(text: string, mentions: readonly Mention[]): string {
  const normalised = text.replace(/\r\n?/g, '\n').trim();
  if (!normalised) return '';
  // Longest name first, so "@Anna Lind" wins over "@Anna" when both were picked.
  const byLength = [...uniqueMentions(mentions)].sort((a, b) => b.displayName.length - a.displayName.length);
  return normalised
    .split(/\n[ \t]*\n\s*/)
    .map(
      (paragraph) =>
        `<p>${paragraph
          .split('\n')
          .map((line) => lineHtml(line, byLength))
          .join('<br>')}</p>`,
    )
    .join('');
}

function lineHtml(line: string, mentions: readonly Mention[]): string {
  let html = '';
  let i = 0;
  while (i < line.length) {
    const mention =
      line[i] === '@' && isTokenStart(line, i) ? mentions.find((m) => tokenAt(line, i, m)) : undefined;
    if (mention) {
      html += mentionHtml(mention);
      i += mention.displayName.length + 1;
    } else {
      html += escapeHtml(line[i]);
      i += 1;
    }
  }
  return html;
}

function tokenAt(line: string, at: number, mention: Mention): boolean {
  const token = `@${mention.displayName}`;
  if (!line.startsWith(token, at)) return false;
  // "@Anna" must not claim the start of "@Annabel".
  const next = line.charAt(at + token.length);
  return next === '' || !/[\p{L}\p{N}_]/u.test(next);
}

/** A mention starts a word: "anna@example.com" is not one. */
function isTokenStart(text: string, at: number): boolean {
  return at === 0 || !/[\p{L}\p{N}_]/u.test(text.charAt(at - 1));
}

export function mentionHtml(mention: Mention): string {
  const id = escapeHtml(mention.id);
  const href = escapeHtml(paths.person.to(mention.id));
  return `<a data-mention="${id}" href="${href}">@${escapeHtml(mention.displayName)}</a>`;
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

function uniqueMentions(mentions: readonly Mention[]): Mention[] {
  const seen = new Map<string, Mention>();
  for (const m of mentions)
    if (m.displayName && !seen.has(`${m.id}\u0000${m.displayName}`))
      seen.set(`${m.id}\u0000${m.displayName}`, m);
  return [...seen.values()];
}

/**
 * The way back, for editing: the server's sanitised body as textarea text plus the mentions in it.
 * Formatting other than paragraphs, line breaks and list items is dropped (the textarea is plain).
 */
export function fromBodyHtml(html: string): { text: string; mentions: Mention[] } {
  const template = document.createElement('template');
  template.innerHTML = html;
  const mentions: Mention[] = [];
  const blocks: string[] = [];
  let inline = '';
  const flush = () => {
    if (inline.trim()) blocks.push(inline.trim());
    inline = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      inline += node.textContent ?? '';
      return;
    }
    if (!(node instanceof Element)) return;
    const tag = node.tagName.toLowerCase();
    if (tag === 'br') {
      inline += '\n';
      return;
    }
    const id = node.getAttribute('data-mention');
    if (tag === 'a' && id) {
      const label = node.textContent ?? '';
      mentions.push({ id, displayName: label.replace(/^@/, '') });
      inline += label.startsWith('@') ? label : `@${label}`;
      return;
    }
    const block = tag === 'p' || tag === 'ul' || tag === 'ol' || tag === 'div';
    if (block) flush();
    if (tag === 'li') {
      if (inline.trim() && !inline.endsWith('\n')) inline += '\n';
      inline += '- ';
    }
    node.childNodes.forEach(walk);
    if (tag === 'li') inline += '\n';
    if (block) flush();
  };
  template.content.childNodes.forEach(walk);
  flush();
  return { text: blocks.map((b) => b.replace(/\n+$/, '')).join('\n\n'), mentions };
}

/** The "@query" being typed just before the caret, if any: letters, digits and single spaces after an "@". */
export function activeMentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at < 0 || !isTokenStart(before, at)) return null;
  const query = before.slice(at + 1);
  if (query.length === 0 || query.length > 40) return null;
  if (!/^[\p{L}\p{N}][\p{L}\p{N}\p{M} .'’-]*$/u.test(query) || / {2}/.test(query)) return null;
  return { start: at, query };
}

/** Replaces the "@query" at start..caret with the picked person's token and a space. */
export function insertMention(
  text: string,
  start: number,
  caret: number,
  mention: Mention,
): { text: string; caret: number } {
  const token = `@${mention.displayName} `;
  const after = text.slice(caret).replace(/^ /, '');
  return { text: text.slice(0, start) + token + after, caret: start + token.length };
}
