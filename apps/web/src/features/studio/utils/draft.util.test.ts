import { fromLocalInput, inputFromDraft, toLocalInput, type Draft } from './draft.util';

const draft: Draft = {
  title: 'Title',
  summary: 'Summary',
  bodyHtml: '<p>Body</p>',
  byline: '',
  format: 'ARTICLE',
  language: 'SV',
  videoUrl: '',
  textAlternative: '',
  captions: null,
  cover: null,
  gallery: [],
  topicIds: [],
  orgUnitIds: ['ou-2'],
  locationIds: [],
  pinnedUntil: '',
  mustRead: false,
  mustReadDue: '',
  reviewBy: '',
  expireAt: '',
};
const image = { id: 'm-1', url: '/media/m-1.jpg', width: 10, height: 10, srcSet: '', sizes: null, alt: '' };

describe('autosave input', () => {
  it('sends only the fields that changed, with the audience as one object', () => {
    const { input, sent, problems } = inputFromDraft(draft, new Set(['summary', 'orgUnitIds']), false);
    expect(input).toEqual({ summary: 'Summary', audience: { orgUnitIds: ['ou-2'], locationIds: [] } });
    expect(sent.sort()).toEqual(['locationIds', 'orgUnitIds', 'summary']);
    expect(problems).toEqual([]);
  });

  it('holds back an empty title and a cover without alt text, and says why', () => {
    const bad = { ...draft, title: '  ', cover: image };
    const { input, sent, problems } = inputFromDraft(bad, new Set(['title', 'cover']), false);
    expect(input).toEqual({});
    expect(sent).toEqual([]);
    expect(problems).toEqual(['TITLE_REQUIRED', 'COVER_ALT_REQUIRED']);
    const fixed = inputFromDraft(
      { ...bad, cover: { ...image, alt: ' A blue square ' } },
      new Set(['cover']),
      false,
    );
    expect(fixed.input).toEqual({ coverMediaId: 'm-1', coverAlt: 'A blue square' });
  });

  it('sends editor-only fields (pinning, must-read, dates) only for editors', () => {
    const editorial = {
      ...draft,
      mustRead: true,
      mustReadDue: '2026-12-01',
      pinnedUntil: '2026-12-24T12:00',
    };
    const dirty = new Set(['mustRead', 'mustReadDue', 'pinnedUntil'] as const);
    expect(inputFromDraft(editorial, dirty, false).input).toEqual({});
    const asEditor = inputFromDraft(editorial, dirty, true).input;
    expect(asEditor).toMatchObject({ mustRead: true, mustReadDue: '2026-12-01' });
    expect(asEditor.pinnedUntil).toBe(new Date('2026-12-24T12:00').toISOString());
  });

  it('flags an infographic without its text alternative', () => {
    expect(inputFromDraft({ ...draft, format: 'INFOGRAPHIC' }, new Set(['format']), true).problems).toEqual([
      'TEXT_ALTERNATIVE_REQUIRED',
    ]);
  });

  it('round-trips datetime-local values and treats empty or broken ones as no date', () => {
    const iso = new Date('2026-12-24T12:30').toISOString();
    expect(fromLocalInput(toLocalInput(iso))).toBe(iso);
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('not a date')).toBeNull();
  });
});
