import type { TextBlock } from '@commons/shared';
import { Parser } from 'htmlparser2';

const BLOCK_KINDS: Record<string, 'paragraph' | 'list-item' | 'quote' | 'heading'> = {
  p: 'paragraph',
  li: 'list-item',
  blockquote: 'quote',
  figcaption: 'paragraph',
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
};

/**
 * The paragraph-level view of a (sanitised) body that the plain-language analysis reads: headings,
 * paragraphs, list items and quotes with their text, plus images (alt) and links (text, href) in
 * document order — the same shape the editor builds from its own document, so both score alike.
 * Uses htmlparser2, the parser sanitize-html already runs on.
 */
export function htmlToTextBlocks(html: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  // Open text blocks, innermost last; text goes to the innermost (a quote's paragraphs are paragraphs).
  const open: {
    tag: string;
    kind: (typeof BLOCK_KINDS)[string];
    text: string;
    level: number;
    index: number;
  }[] = [];
  let link: { href: string; text: string; index: number } | null = null;
  let loose = ''; // text outside any block (a bare text node at the top level)

  const flushLoose = () => {
    const text = squash(loose);
    if (text) blocks.push({ kind: 'paragraph', text });
    loose = '';
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const kind = BLOCK_KINDS[name];
        if (kind) {
          flushLoose();
          // Reserve the block's place now so links and images inside it come after it.
          open.push({ tag: name, kind, text: '', level: Number(name.slice(1)) || 0, index: blocks.length });
          blocks.push({ kind: 'paragraph', text: '' });
        } else if (name === 'a') {
          link = { href: attribs.href ?? '', text: '', index: -1 };
        } else if (name === 'img') {
          blocks.push({ kind: 'image', alt: attribs.alt ?? null });
        } else if (name === 'br') {
          appendText(' ');
        }
      },
      ontext(text) {
        appendText(text);
        if (link) link.text += text;
      },
      onclosetag(name) {
        if (name === 'a' && link) {
          blocks.push({ kind: 'link', text: squash(link.text), href: link.href });
          link = null;
          return;
        }
        const block = open[open.length - 1];
        if (BLOCK_KINDS[name] && block?.tag === name) {
          open.pop();
          const text = squash(block.text);
          blocks[block.index] =
            block.kind === 'heading'
              ? { kind: 'heading', level: block.level, text }
              : { kind: block.kind, text };
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );

  function appendText(text: string) {
    const target = open[open.length - 1];
    if (target) target.text += text;
    else loose += text;
  }

  parser.write(html);
  parser.end();
  flushLoose();
  // A quote or list item that only wrapped paragraphs leaves an empty block: drop empty prose blocks.
  return blocks.filter((b) => (b.kind === 'image' || b.kind === 'link' ? true : b.text !== ''));
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
