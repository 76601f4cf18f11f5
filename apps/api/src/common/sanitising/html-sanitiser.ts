// domhandler is htmlparser2's own tree (types only; htmlparser2 builds the nodes).
import type { Element, Text } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import sanitizeHtml from 'sanitize-html';

/** Video players an article may embed, besides the organisation's own address. */
export const VIDEO_HOSTS = ['www.youtube-nocookie.com', 'youtube-nocookie.com', 'player.vimeo.com'] as const;

/** Images in bodies come from our own media store only (uploaded, checked and re-encoded). */
const MEDIA_PATH = /^\/media\/[A-Za-z0-9._/-]+$/;

export interface SanitiseOptions {
  /** The organisation's PUBLIC_URL: its host may serve embedded video too. */
  publicUrl?: string;
}

/**
 * Rich text from editors, reduced to an allow-list: headings h2–h4, paragraphs, lists, quotes,
 * emphasis, links (http, https, mailto, relative), images from /media only, figures, and iframes
 * from allow-listed video hosts only. Everything else — script and style (with their content),
 * event-handler attributes, javascript: and data: URLs, unknown hosts — is dropped. Shared by every
 * module that stores HTML written by people (articles now, posts and comments later).
 */
export function sanitiseRichText(html: string, options: SanitiseOptions = {}): string {
  const iframeHosts: string[] = [...VIDEO_HOSTS];
  const ownHost = hostOf(options.publicUrl);
  if (ownHost) iframeHosts.push(ownHost);

  return sanitizeHtml(html, {
    allowedTags: [
      'h2',
      'h3',
      'h4',
      'p',
      'br',
      'ul',
      'ol',
      'li',
      'blockquote',
      'strong',
      'em',
      'a',
      'img',
      'figure',
      'figcaption',
      'iframe',
    ],
    // No class, style or id: presentation is the reader's stylesheet, and ids could clash with the page.
    allowedAttributes: {
      a: ['href', 'target', 'rel'],
      img: ['src', 'alt', 'width', 'height'],
      // No `allow`: an embed gets no camera, microphone or other powerful feature.
      iframe: ['src', 'title', 'width', 'height', 'allowfullscreen'],
      ol: ['start'],
    },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: [], iframe: ['https'] },
    allowedSchemesAppliedToAttributes: ['href', 'src'],
    allowProtocolRelative: false,
    allowedIframeHostnames: iframeHosts,
    allowIframeRelativeUrls: false,
    disallowedTagsMode: 'discard',
    // Headings the reader's page cannot use (h1 is the title; h5/h6 are too deep) become h4/h2.
    transformTags: {
      h1: 'h2',
      h5: 'h4',
      h6: 'h4',
      b: 'strong',
      i: 'em',
      a: (tagName, attribs) => {
        const out: Record<string, string> = {};
        if (attribs.href !== undefined) out.href = attribs.href;
        // A new tab must not get a handle on this page (reverse tabnabbing) nor learn where it came from.
        if (attribs.target === '_blank') {
          out.target = '_blank';
          out.rel = 'noopener noreferrer';
        }
        return { tagName, attribs: out };
      },
    },
    exclusiveFilter: (frame) => {
      if (frame.tag === 'img')
        return !MEDIA_PATH.test(frame.attribs.src ?? '') || frame.attribs.src.includes('..');
      // sanitize-html strips a disallowed iframe's src but keeps the element: drop it whole.
      if (frame.tag === 'iframe') return !frame.attribs.src;
      // A link whose href was removed (javascript:, data:) is left as its text only.
      return false;
    },
  });
}

function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/**
 * Mentions in light text are written by the web as `<a data-mention="<person id>">@Name</a>`.
 * The id is what counts: the server resolves it to a person and writes the element itself as
 * `<a href="/people/<id>" data-mention="<id>">@<their current name></a>`; the text the client sent
 * inside is only a hint. An id that resolves to nobody leaves its text as plain text.
 */
export const MENTION_ATTRIBUTE = 'data-mention';
const MENTION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LINK_SCHEME = /^(https?:|mailto:)/i;

/** The (lower-case, de-duplicated) person ids mentioned in a piece of light text, in order. */
export function mentionIdsIn(html: string): string[] {
  const ids = new Set<string>();
  for (const a of DomUtils.getElementsByTagName('a', parseDocument(html).children)) {
    const id = a.attribs[MENTION_ATTRIBUTE];
    if (id !== undefined && MENTION_ID.test(id)) ids.add(id.toLowerCase());
  }
  return [...ids];
}

/** Replaces an element by its children (its text stays, the element goes). */
function unwrap(element: Element): void {
  for (const child of [...element.children]) DomUtils.prepend(element, child);
  DomUtils.removeElement(element);
}

/**
 * Light formatting for comments (and staff posts): paragraphs, line breaks, strong, em, code,
 * lists and links (http, https, mailto), plus mentions of the people in `mentioned` (id → name;
 * see MENTION_ATTRIBUTE). Everything else — script and style with their content, event-handler
 * attributes, classes, styles, images, javascript: and data: URLs — is dropped.
 *
 * Links are rewritten on the parsed tree first (sanitize-html's transformTags cannot turn one <a>
 * into text without confusing the next closing tag); the allow-list pass then has the last word.
 */
export function sanitiseLightText(html: string, mentioned: ReadonlyMap<string, string> = new Map()): string {
  const document = parseDocument(html);
  for (const a of DomUtils.getElementsByTagName('a', document.children)) {
    const id = a.attribs[MENTION_ATTRIBUTE]?.toLowerCase();
    const href = (a.attribs.href ?? '').trim();
    if (hasLinkAncestor(a)) {
      unwrap(a);
    } else if (id !== undefined) {
      const name = MENTION_ID.test(id) ? mentioned.get(id) : undefined;
      if (name === undefined) {
        unwrap(a);
      } else {
        a.attribs = { href: `/people/${id}`, [MENTION_ATTRIBUTE]: id };
        for (const child of [...a.children]) DomUtils.removeElement(child);
        const text = parseDocument('x').children[0] as Text;
        text.data = `@${name}`;
        DomUtils.appendChild(a, text);
      }
    } else if (!LINK_SCHEME.test(href)) {
      unwrap(a); // javascript:, data:, relative or missing: the words stay, the link goes
    } else {
      // People's links never tell the target where they came from nor get a handle on this page.
      a.attribs = { href, rel: 'nofollow noopener noreferrer' };
    }
  }
  return sanitizeHtml(DomUtils.getOuterHTML(document), {
    allowedTags: ['p', 'br', 'strong', 'em', 'a', 'ul', 'ol', 'li', 'code'],
    allowedAttributes: { a: ['href', 'rel', MENTION_ATTRIBUTE] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { a: ['http', 'https', 'mailto'] },
    allowedSchemesAppliedToAttributes: ['href'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    transformTags: { b: 'strong', i: 'em' },
  });
}

function hasLinkAncestor(element: Element): boolean {
  for (let p = element.parent; p; p = p.parent)
    if (p.type === 'tag' && (p as Element).name === 'a') return true;
  return false;
}

/** The text a piece of sanitised HTML shows, whitespace (and no-break spaces) collapsed: tells an empty body from a real one. */
export function visibleText(html: string): string {
  return DomUtils.textContent(parseDocument(html)).replace(/\s+/g, ' ').trim();
}
