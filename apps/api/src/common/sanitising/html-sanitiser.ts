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
    allowedTags: ['h2', 'h3', 'h4', 'p', 'br', 'ul', 'ol', 'li', 'blockquote', 'strong', 'em', 'a', 'img', 'figure', 'figcaption', 'iframe'],
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
      if (frame.tag === 'img') return !MEDIA_PATH.test(frame.attribs.src ?? '') || frame.attribs.src.includes('..');
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
