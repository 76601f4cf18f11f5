import type { DemoConversation } from './demo-conversation';
import { DEMO_ACCOUNTS, DEMO_LOCATIONS } from './demo-seed.data';
import { ARTICLE_SHOWCASE, SHOWCASE_ARTICLES, type DemoShowcase } from './demo-news-showcase.data';

/** Demo topics, by slug. */
export const DEMO_TOPICS = [
  { slug: 'organisation', nameSv: 'Organisation', nameEn: 'Organisation' },
  { slug: 'it-och-system', nameSv: 'IT och system', nameEn: 'IT and systems' },
  { slug: 'arbetsmiljo', nameSv: 'Arbetsmiljö', nameEn: 'Work environment' },
  { slug: 'arendehandlaggning', nameSv: 'Ärendehandläggning', nameEn: 'Case handling' },
  { slug: 'sakerhet', nameSv: 'Säkerhet', nameEn: 'Security' },
  { slug: 'klarsprak', nameSv: 'Klarspråk', nameEn: 'Plain language' },
] as const;

export type DemoTopicSlug = (typeof DEMO_TOPICS)[number]['slug'];

export interface DemoArticle {
  /** Stable key within the demo: the seed matches existing articles by title and author. */
  title: string;
  summary: string;
  bodyHtml: string;
  language: 'sv' | 'en';
  author: string;
  status: 'PUBLISHED' | 'IN_REVIEW' | 'SCHEDULED';
  /** Published this many hours ago (negative: scheduled this many hours ahead). */
  hoursAgo: number;
  topics: DemoTopicSlug[];
  /** Org unit keys of DEMO_ORG (with their sub-units); empty with no locations: everyone. */
  units?: string[];
  locations?: (keyof typeof DEMO_LOCATIONS)[];
  pinnedDays?: number;
  mustReadDueDays?: number;
  /** Title of the article this one translates (it shares its translation group). */
  translationOf?: string;
  byline?: string;
  /** Added only with the showcase (see demo-showcase.data.ts): the formats that need media. */
  showcase?: boolean;
  format?: 'ARTICLE' | 'VIDEO' | 'GALLERY' | 'INFOGRAPHIC';
  /** Cover, gallery, video captions, text alternative and conversation: showcase only. */
  media?: DemoShowcase;
  conversation?: DemoConversation;
}

const erik = DEMO_ACCOUNTS.editor;

/** The titles tests and journeys refer to. */
export const DEMO_NEWS = {
  pinned: 'Välkommen till Commons, vårt nya intranät',
  pinnedEn: 'Welcome to Commons, our new intranet',
  mustRead: 'Ny informationssäkerhetspolicy gäller från 1 december',
  caseHandling: 'Nya rutiner för prioritering av ärenden',
  it: 'Planerat underhåll av ärendesystemet på lördag',
  sundsvall: 'Kontoret i Sundsvall får ny entré',
  inReview: 'Förslag: gemensam fika varje fredag',
} as const;

const BASE_ARTICLES: readonly DemoArticle[] = [
  {
    title: DEMO_NEWS.pinned,
    summary: 'Här hittar du nyheter, kollegor och det du behöver för jobbet. Så kommer du igång.',
    bodyHtml:
      '<p>Från och med i dag har vi ett nytt intranät. Det heter Commons och samlar nyheter, kollegor och organisationen på ett ställe.</p>' +
      '<h2>Det här kan du göra</h2><ul><li>Läsa nyheter som gäller just dig.</li><li>Hitta kollegor och se var de arbetar.</li><li>Kvittera viktig information.</li></ul>' +
      '<h2>Säg vad du tycker</h2><p>Vi vill gärna höra hur intranätet fungerar för dig. Skriv till <a href="mailto:intranat@myndigheten.example">intranätredaktionen</a>.</p>',
    language: 'sv',
    author: erik,
    status: 'PUBLISHED',
    hoursAgo: 2,
    topics: ['organisation'],
    pinnedDays: 365,
    byline: 'Erik Sandberg, intern kommunikation',
  },
  {
    title: DEMO_NEWS.pinnedEn,
    summary: 'News, colleagues and what you need for your work, in one place. How to get started.',
    bodyHtml:
      '<p>From today we have a new intranet. It is called Commons and brings news, colleagues and the organisation together in one place.</p>' +
      '<h2>What you can do</h2><ul><li>Read news that concerns you.</li><li>Find colleagues and see where they work.</li><li>Acknowledge important information.</li></ul>' +
      '<h2>Tell us what you think</h2><p>We would like to hear how the intranet works for you. Write to <a href="mailto:intranat@myndigheten.example">the intranet editors</a>.</p>',
    language: 'en',
    author: erik,
    status: 'PUBLISHED',
    hoursAgo: 2,
    topics: ['organisation'],
    translationOf: DEMO_NEWS.pinned,
    byline: 'Erik Sandberg, internal communications',
  },
  {
    title: DEMO_NEWS.mustRead,
    summary: 'Alla medarbetare ska läsa den nya policyn och kvittera att de har förstått den.',
    bodyHtml:
      '<p>Myndighetens ledning har beslutat om en ny informationssäkerhetspolicy. Den gäller från 1 december för alla medarbetare och konsulter.</p>' +
      '<h2>Det viktigaste</h2><ul><li>Lås datorn när du lämnar den.</li><li>Skicka aldrig personuppgifter med vanlig e-post.</li><li>Rapportera misstänkta incidenter till IT-avdelningen direkt.</li></ul>' +
      '<p>Läs policyn och kvittera att du har läst och förstått den senast den 15 december.</p>',
    language: 'sv',
    author: erik,
    status: 'PUBLISHED',
    hoursAgo: 5,
    topics: ['sakerhet', 'organisation'],
    mustReadDueDays: 14,
  },
  {
    title: DEMO_NEWS.caseHandling,
    summary: 'Ärenden med barn inblandade prioriteras från och med nästa vecka.',
    bodyHtml:
      '<p>Från måndag prioriterar vi ärenden där barn berörs. Det gäller både nya ärenden och ärenden som redan är öppna.</p>' +
      '<h2>Vad betyder det för dig?</h2><p>Du ser en ny markering i ärendelistan. Ta de markerade ärendena först.</p>' +
      '<blockquote><p>Barnets bästa ska alltid komma först.</p></blockquote>',
    language: 'sv',
    author: erik,
    status: 'PUBLISHED',
    hoursAgo: 26,
    topics: ['arendehandlaggning'],
    units: ['caseHandling'],
  },
  {
    title: 'Handläggarträff i Norr och Syd i januari',
    summary: 'Båda ärendeenheterna träffas en dag för att dela erfarenheter.',
    bodyHtml:
      '<p>Den 20 januari träffas alla handläggare i Ärendeenhet Norr och Ärendeenhet Syd. Vi ses i Stockholm.</p>' +
      '<p>Dagen handlar om hur vi skriver beslut som är lätta att förstå.</p>',
    language: 'sv',
    author: erik,
    status: 'PUBLISHED',
    hoursAgo: 50,
    topics: ['arendehandlaggning', 'klarsprak'],
    units: ['caseNorth', 'caseSouth'],
  },
  {
    title: DEMO_NEWS.it,
    summary: 'Ärendesystemet är stängt lördag 08–14. Spara ditt arbete på fredag.',
    bodyHtml:
      '<p>På lördag uppdaterar vi ärendesystemet. Systemet är stängt mellan klockan 8 och 14.</p>' +
      '<h2>Inför uppdateringen</h2><ol><li>Spara ditt arbete på fredag.</li><li>Logga ut innan du går hem.</li></ol>',
    language: 'sv',
    author: erik,
    status: 'PUBLISHED',
    hoursAgo: 8,
    topics: ['it-och-system'],
    units: ['it'],
  },
  {
    title: 'Nya rutiner för incidenthantering i driften',
    summary: 'Jourlistan flyttar till intranätet och larm går direkt till jourhavande.',
    bodyHtml:
      '<p>Från nästa månad ligger jourlistan här på intranätet. Larm från övervakningen går direkt till den som har jour.</p>' +
      '<p>Har du frågor, prata med Henrik Blom.</p>',
    language: 'sv',
    author: erik,
    status: 'PUBLISHED',
    hoursAgo: 75,
    topics: ['it-och-system', 'sakerhet'],
    units: ['it'],
  },
  {
    title: DEMO_NEWS.sundsvall,
    summary: 'Entrén på Storgatan byggs om under februari. Använd ingången från gården.',
    bodyHtml:
      '<p>Under februari byggs entrén på Storgatan om. Den blir tillgänglig för alla, även med rullstol och rullator.</p>' +
      '<p>Under tiden går du in från gården.</p>',
    language: 'sv',
    author: erik,
    status: 'PUBLISHED',
    hoursAgo: 30,
    topics: ['arbetsmiljo'],
    locations: ['sundsvall'],
  },
  {
    title: 'Så skriver vi begripligt – nya riktlinjer för klarspråk',
    summary: 'Korta meningar, vanliga ord och det viktigaste först.',
    bodyHtml:
      '<p>Vi är skyldiga att skriva så att alla förstår. Därför har vi nya riktlinjer för klarspråk.</p>' +
      '<h2>Tre råd</h2><ul><li>Skriv det viktigaste först.</li><li>Använd korta meningar.</li><li>Välj vanliga ord.</li></ul>' +
      '<p>Intranätet visar ett läsbarhetsvärde medan du skriver.</p>',
    language: 'sv',
    author: erik,
    status: 'PUBLISHED',
    hoursAgo: 100,
    topics: ['klarsprak'],
  },
  {
    title: 'Friskvårdsbidraget höjs till 5 000 kronor',
    summary: 'Från 1 januari kan du få upp till 5 000 kronor om året för friskvård.',
    bodyHtml:
      '<p>Från den 1 januari höjs friskvårdsbidraget till 5 000 kronor om året. Du ansöker som vanligt i personalsystemet.</p>' +
      '<p>Bidraget gäller till exempel gym, simning och massage.</p>',
    language: 'sv',
    author: erik,
    status: 'PUBLISHED',
    hoursAgo: 125,
    topics: ['arbetsmiljo'],
  },
  {
    title: 'Staff survey 2026: the results',
    summary: 'Most of us like our work and our colleagues. Workload is what we need to improve.',
    bodyHtml:
      '<p>Thank you to everyone who answered the staff survey. Eight out of ten took part.</p>' +
      '<h2>What went well</h2><p>Most of us like our work and feel that colleagues help each other.</p>' +
      '<h2>What we will improve</h2><p>Many say the workload is too high. Each department will make a plan before March.</p>',
    language: 'en',
    author: erik,
    status: 'PUBLISHED',
    hoursAgo: 150,
    topics: ['arbetsmiljo', 'organisation'],
  },
  {
    title: 'Ny växel och nya telefonnummer i Stockholm',
    summary: 'Alla i Stockholm får nya direktnummer den 10 mars.',
    bodyHtml:
      '<p>Den 10 mars byter vi telefonväxel i Stockholm. Alla får ett nytt direktnummer.</p>' +
      '<p>Ditt nya nummer syns i din profil i katalogen en vecka innan.</p>',
    language: 'sv',
    author: erik,
    status: 'PUBLISHED',
    hoursAgo: 175,
    topics: ['it-och-system'],
    locations: ['stockholm'],
  },
  {
    title: DEMO_NEWS.inReview,
    summary: 'Ett förslag från ärendehandläggningen.',
    bodyHtml: '<p>Jag föreslår att vi har gemensam fika varje fredag klockan 15 i lunchrummet.</p>',
    language: 'sv',
    author: DEMO_ACCOUNTS.employee,
    status: 'IN_REVIEW',
    hoursAgo: 1,
    topics: ['arbetsmiljo'],
  },
  {
    title: 'Julavslutning den 18 december',
    summary: 'Välkommen på glögg och pepparkakor i Stockholm och Sundsvall.',
    bodyHtml: '<p>Den 18 december klockan 15 bjuder vi på glögg och pepparkakor på båda kontoren.</p>',
    language: 'sv',
    author: erik,
    status: 'SCHEDULED',
    hoursAgo: -72,
    topics: ['organisation'],
  },
];

/** Every demo article: the base ones with their showcase media and conversation, then the showcase-only ones. */
export const DEMO_ARTICLES: readonly DemoArticle[] = [
  ...BASE_ARTICLES.map((a) => ({ ...a, ...ARTICLE_SHOWCASE[a.title] })),
  ...SHOWCASE_ARTICLES,
];
