import type { ArticleFormat, ArticleInput, StudioArticleFieldsFragment } from '@commons/web-graphql';

export interface DraftImage {
  id: string;
  url: string;
  width: number;
  height: number;
  srcSet: string;
  sizes: string | null;
  alt: string;
}

/** The editor's form state; dates are what the inputs hold (datetime-local and date strings). */
export interface Draft {
  title: string;
  summary: string;
  bodyHtml: string;
  byline: string;
  format: ArticleFormat;
  language: 'SV' | 'EN';
  videoUrl: string;
  textAlternative: string;
  captions: { id: string; url: string } | null;
  cover: DraftImage | null;
  gallery: DraftImage[];
  topicIds: string[];
  orgUnitIds: string[];
  locationIds: string[];
  pinnedUntil: string;
  mustRead: boolean;
  mustReadDue: string;
  reviewBy: string;
  expireAt: string;
}

export type DraftKey = keyof Draft;

/** An ISO instant as the value of a datetime-local input, in the browser's time zone. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value (browser time zone) as an ISO instant; null when empty or not a date. */
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

export function draftFromArticle(a: StudioArticleFieldsFragment): Draft {
  return {
    title: a.title,
    summary: a.summary,
    bodyHtml: a.bodyHtml,
    byline: a.byline ?? '',
    format: a.format,
    language: a.language,
    videoUrl: a.videoUrl ?? '',
    textAlternative: a.textAlternative ?? '',
    captions: a.captionsUrl ? { id: '', url: a.captionsUrl } : null,
    cover: a.cover ? { ...a.cover } : null,
    gallery: a.gallery.map((g) => ({ ...g })),
    topicIds: a.topics.map((tp) => tp.id),
    orgUnitIds: a.audience.orgUnits.map((u) => u.id),
    locationIds: a.audience.locations.map((l) => l.id),
    pinnedUntil: toLocalInput(a.pinnedUntil),
    mustRead: a.mustRead,
    mustReadDue: a.mustReadDue?.slice(0, 10) ?? '',
    reviewBy: a.reviewBy?.slice(0, 10) ?? '',
    expireAt: toLocalInput(a.expireAt),
  };
}

export type DraftProblem =
  'TITLE_REQUIRED' | 'COVER_ALT_REQUIRED' | 'GALLERY_ALT_REQUIRED' | 'TEXT_ALTERNATIVE_REQUIRED';

/**
 * What autosave sends for the fields that changed, and what it must hold back until fixed (a
 * placed image without alt text, an empty title). Editor-only fields are sent only by editors.
 */
export function inputFromDraft(
  draft: Draft,
  dirty: ReadonlySet<DraftKey>,
  canPublish: boolean,
): { input: ArticleInput; sent: DraftKey[]; problems: DraftProblem[] } {
  const input: ArticleInput = {};
  const sent: DraftKey[] = [];
  const problems: DraftProblem[] = [];
  const take = (key: DraftKey, apply: () => void) => {
    if (!dirty.has(key)) return;
    apply();
    sent.push(key);
  };
  const orNull = (s: string) => (s.trim() ? s.trim() : null);

  if (dirty.has('title')) {
    if (draft.title.trim()) take('title', () => (input.title = draft.title.trim()));
    else problems.push('TITLE_REQUIRED');
  }
  take('summary', () => (input.summary = draft.summary));
  take('bodyHtml', () => (input.bodyHtml = draft.bodyHtml));
  take('byline', () => (input.byline = orNull(draft.byline)));
  take('format', () => (input.format = draft.format));
  take('language', () => (input.language = draft.language));
  take('videoUrl', () => (input.videoUrl = orNull(draft.videoUrl)));
  take('textAlternative', () => (input.textAlternative = orNull(draft.textAlternative)));
  take('captions', () => (input.captionsMediaId = draft.captions?.id || null));
  take('topicIds', () => (input.topicIds = draft.topicIds));
  if (dirty.has('orgUnitIds') || dirty.has('locationIds')) {
    input.audience = { orgUnitIds: draft.orgUnitIds, locationIds: draft.locationIds };
    sent.push('orgUnitIds', 'locationIds');
  }
  if (dirty.has('cover')) {
    if (draft.cover && !draft.cover.alt.trim()) problems.push('COVER_ALT_REQUIRED');
    else
      take('cover', () => {
        input.coverMediaId = draft.cover?.id ?? null;
        input.coverAlt = draft.cover?.alt.trim() ?? null;
      });
  }
  if (dirty.has('gallery')) {
    if (draft.gallery.some((g) => !g.alt.trim())) problems.push('GALLERY_ALT_REQUIRED');
    else
      take(
        'gallery',
        () => (input.gallery = draft.gallery.map((g) => ({ mediaId: g.id, alt: g.alt.trim() }))),
      );
  }
  if (draft.format === 'INFOGRAPHIC' && !draft.textAlternative.trim())
    problems.push('TEXT_ALTERNATIVE_REQUIRED');
  if (canPublish) {
    take('pinnedUntil', () => (input.pinnedUntil = fromLocalInput(draft.pinnedUntil)));
    take('mustRead', () => (input.mustRead = draft.mustRead));
    take('mustReadDue', () => (input.mustReadDue = draft.mustReadDue || null));
    take('reviewBy', () => (input.reviewBy = draft.reviewBy || null));
    take('expireAt', () => (input.expireAt = fromLocalInput(draft.expireAt)));
  }
  return { input, sent, problems };
}
