import type { TextBlock } from '@commons/shared';

/** The subset of a ProseMirror node this needs; keeps the util testable without an editor. */
export interface DocNode {
  type: { name: string };
  attrs: Record<string, unknown>;
  textContent: string;
  isTextblock: boolean;
  marks: readonly { type: { name: string }; attrs: Record<string, unknown> }[];
  isText: boolean;
  text?: string | null;
  descendants: (f: (node: DocNode, pos: number, parent: DocNode | null) => boolean | void) => void;
}

export interface LocatedBlocks {
  blocks: TextBlock[];
  /** Document position of each block, so a warning can put the cursor on it. */
  positions: number[];
}

/**
 * The body as the plain-language scorer sees it: one block per heading, paragraph, list item and
 * quote, followed by the links in it; one block per image. Same order as the API's extraction from
 * the saved HTML, so warnings point at the same blocks.
 */
export function extractTextBlocks(doc: DocNode): LocatedBlocks {
  const blocks: TextBlock[] = [];
  const positions: number[] = [];
  const push = (block: TextBlock, pos: number) => {
    blocks.push(block);
    positions.push(pos);
  };
  doc.descendants((node, pos, parent) => {
    if (node.type.name === 'image') {
      push(
        { kind: 'image', alt: typeof node.attrs['alt'] === 'string' ? (node.attrs['alt'] as string) : null },
        pos,
      );
      return false;
    }
    if (!node.isTextblock) return true;
    const text = node.textContent.trim();
    if (text) {
      if (node.type.name === 'heading')
        push({ kind: 'heading', level: Number(node.attrs['level']) || 2, text }, pos);
      else if (parent?.type.name === 'listItem') push({ kind: 'list-item', text }, pos);
      else if (parent?.type.name === 'blockquote') push({ kind: 'quote', text }, pos);
      else push({ kind: 'paragraph', text }, pos);
    }
    // Links inside the block: adjacent text runs with the same href form one link.
    let link: { href: string; text: string; pos: number } | null = null;
    node.descendants((child, childPos) => {
      if (!child.isText) return true;
      const mark = child.marks.find((m) => m.type.name === 'link');
      const href = mark ? String(mark.attrs['href'] ?? '') : null;
      if (link && href === link.href) {
        link.text += child.text ?? '';
        return true;
      }
      if (link) push({ kind: 'link', text: link.text, href: link.href }, link.pos);
      link = href !== null ? { href, text: child.text ?? '', pos: pos + 1 + childPos } : null;
      return true;
    });
    if (link) {
      const last = link as { href: string; text: string; pos: number };
      push({ kind: 'link', text: last.text, href: last.href }, last.pos);
    }
    return false;
  });
  return { blocks, positions };
}
