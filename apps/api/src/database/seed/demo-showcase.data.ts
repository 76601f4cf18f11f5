import type { DemoConversation } from './demo-conversation';
import type { DemoArticle } from './demo-news.data';

/**
 * The demo's showcase: what a person trying Commons should see on the first screen — news in every
 * format with pictures (a video with captions, a gallery, an infographic with its text alternative),
 * posts with pictures and a poll, a featured post, and colleagues reacting, commenting, replying and
 * mentioning each other. It needs media storage, so the seed adds it at start-up and with the `seed`
 * command; API tests that seed only for the accounts leave it out (see seedDemoContent).
 *
 * Pictures are files in ./assets (CC0, made by assets/make-demo-assets.mjs), uploaded through the
 * app's own image pipeline.
 */
export type DemoPicture =
  | 'welcome'
  | 'security'
  | 'caseHandling'
  | 'eService'
  | 'entrance'
  | 'lunchRoom'
  | 'courtyard'
  | 'walk'
  | 'fika'
  | 'survey';

export interface DemoImage {
  picture: DemoPicture;
  alt: string;
}

export interface DemoShowcase {
  cover?: DemoImage;
  gallery?: DemoImage[];
  /** The demo clip (its poster is the cover) with these WebVTT captions, in the article's language. */
  videoCaptions?: string;
  textAlternative?: string;
}

const erik = 'erik@demo.commons';
const anna = 'anna@demo.commons';
const bo = 'bo@demo.commons';
const ada = 'ada@demo.commons';
const karin = 'karin.holm@demo.commons';
const sofia = 'sofia.bergstrom@demo.commons';
const johan = 'johan.lundgren@demo.commons';
const maria = 'maria.isaksson@demo.commons';
const ali = 'ali.hassan@demo.commons';
const elin = 'elin.dahl@demo.commons';
const ahmed = 'ahmed.karimi@demo.commons';
const fatima = 'fatima.ali@demo.commons';
const ingrid = 'ingrid.berg@demo.commons';
const henrik = 'henrik.blom@demo.commons';
const amira = 'amira.said@demo.commons';
const jonas = 'jonas.mattsson@demo.commons';
const malin = 'malin.forsberg@demo.commons';
const helena = 'helena.sandstrom@demo.commons';
const lars = 'lars.eriksson@demo.commons';
const emma = 'emma.falk@demo.commons';

/** Every person the showcase names (the seed looks them up once). */
export const SHOWCASE_PEOPLE = [
  erik,
  anna,
  bo,
  ada,
  karin,
  sofia,
  johan,
  maria,
  ali,
  elin,
  ahmed,
  fatima,
  ingrid,
  henrik,
  amira,
  jonas,
  malin,
  helena,
  lars,
  emma,
];

export const DEMO_SHOWCASE_TITLES = {
  video: 'Film: så använder du den nya e-tjänsten',
  videoEn: 'Video: how to use the new e-service',
  gallery: 'Bildspel: nya kontoret i Sundsvall är klart',
  infographic: 'Medarbetarenkäten 2026 i siffror',
} as const;

export const VIDEO_CAPTIONS_SV = `WEBVTT

00:00.000 --> 00:01.500
[Ljudsignal]
Den nya e-tjänsten i tre steg.

00:01.500 --> 00:03.200
Steg 1: Logga in med e-legitimation.

00:03.200 --> 00:04.800
Steg 2: Fyll i ansökan. Den sparas medan du skriver.

00:04.800 --> 00:06.000
[Ljudsignal]
Steg 3: Skicka. Klart!
`;

export const VIDEO_CAPTIONS_EN = `WEBVTT

00:00.000 --> 00:01.500
[Chime]
The new e-service in three steps.

00:01.500 --> 00:03.200
Step 1: Sign in with your e-ID.

00:03.200 --> 00:04.800
Step 2: Fill in the application. It is saved as you type.

00:04.800 --> 00:06.000
[Chime]
Step 3: Send it. Done!
`;

/** The infographic's numbers, the same as in its picture (assets/make-demo-assets.mjs). */
export const SURVEY_TEXT_ALTERNATIVE = [
  'Stapeldiagram: andel medarbetare som instämmer i fyra påståenden i medarbetarenkäten 2026. 412 personer svarade, 82 procent av alla anställda.',
  'Jag trivs med mitt arbete: 86 procent. Kollegor hjälper varandra: 81 procent. Jag känner till våra mål: 72 procent. Min arbetsbelastning är rimlig: 48 procent.',
  'Arbetsbelastningen är det enda området där färre än hälften instämmer. Det är markerat med rött i diagrammet.',
].join('\n\n');

const welcomeCover: DemoImage = {
  picture: 'welcome',
  alt: 'Tecknad bild: tre kollegor pratar framför huvudkontoret en solig dag.',
};

/**
 * Media and conversation for base articles, by title (the seed's key for an article). Only what is
 * visible to the people named: department news gets colleagues from that department.
 */
export const ARTICLE_SHOWCASE: Record<string, Partial<DemoArticle>> = {
  'Välkommen till Commons, vårt nya intranät': {
    media: { cover: welcomeCover },
    conversation: {
      reactions: [
        [karin, 'CELEBRATE'],
        [sofia, 'LOVE'],
        [johan, 'LIKE'],
        [maria, 'CELEBRATE'],
        [ali, 'LIKE'],
        [henrik, 'LIKE'],
        [ingrid, 'INSIGHTFUL'],
        [malin, 'CELEBRATE'],
        [helena, 'LIKE'],
        [bo, 'LIKE'],
      ],
      comments: [
        {
          author: karin,
          body: '<p>Äntligen ett ställe där vi hittar både nyheterna och varandra. Tack till alla som har varit med och byggt det!</p>',
          hoursAfter: 0.3,
          reactions: [
            [erik, 'LOVE'],
            [sofia, 'LIKE'],
            [maria, 'LIKE'],
          ],
          replies: [
            {
              author: erik,
              body: '<p>Tack Karin! Säg till om något saknas, @{malin@demo.commons} och jag läser allt ni skriver.</p>',
              hoursAfter: 0.6,
            },
          ],
        },
        {
          author: johan,
          body: '<p>Går det att få nyheterna på telefonen också?</p>',
          hoursAfter: 0.9,
          replies: [
            {
              author: malin,
              body: '<p>Ja, öppna bara intranätet i mobilens webbläsare, @{johan.lundgren@demo.commons}. Allt fungerar från 360 pixlars bredd.</p>',
              hoursAfter: 1.1,
              reactions: [[johan, 'LIKE']],
            },
          ],
        },
      ],
    },
  },
  'Welcome to Commons, our new intranet': {
    media: {
      cover: {
        picture: 'welcome',
        alt: 'Drawing: three colleagues talking in front of the head office on a sunny day.',
      },
    },
    conversation: {
      reactions: [
        [fatima, 'CELEBRATE'],
        [amira, 'LIKE'],
        [karin, 'LIKE'],
      ],
      comments: [
        {
          author: fatima,
          body: '<p>Lovely to have the news in English too. Thank you!</p>',
          hoursAfter: 0.5,
          reactions: [[amira, 'LIKE']],
        },
      ],
    },
  },
  'Ny informationssäkerhetspolicy gäller från 1 december': {
    media: {
      cover: { picture: 'security', alt: 'Tecknad bild: ett hänglås på en sköld framför en bärbar dator.' },
    },
    conversation: {
      reactions: [
        [henrik, 'INSIGHTFUL'],
        [ada, 'LIKE'],
        [lars, 'INSIGHTFUL'],
        [ingrid, 'LIKE'],
      ],
      comments: [
        {
          author: ali,
          body: '<p>Gäller regeln om e-post även när vi skickar till andra myndigheter?</p>',
          hoursAfter: 0.8,
          replies: [
            {
              author: henrik,
              body: '<p>Ja, använd den säkra meddelandetjänsten för personuppgifter, även till andra myndigheter. @{ali.hassan@demo.commons}, jag visar gärna hur den fungerar.</p>',
              hoursAfter: 1.2,
              reactions: [
                [ali, 'LOVE'],
                [erik, 'LIKE'],
              ],
            },
          ],
        },
      ],
    },
  },
  'Nya rutiner för prioritering av ärenden': {
    media: {
      cover: {
        picture: 'caseHandling',
        alt: 'Tecknad bild: ärendemappar och en barnteckning på ett skrivbord.',
      },
    },
    conversation: {
      reactions: [
        [sofia, 'LIKE'],
        [maria, 'INSIGHTFUL'],
        [elin, 'LIKE'],
        [ingrid, 'LIKE'],
        [ahmed, 'CURIOUS'],
      ],
      comments: [
        {
          author: sofia,
          body: '<p>Viktigt och bra. @{anna@demo.commons}, kan du visa markeringen i ärendelistan på måndagens möte?</p>',
          hoursAfter: 2,
          reactions: [[elin, 'LIKE']],
        },
        {
          author: ahmed,
          body: '<p>Hur gör vi med ärenden där barnet har fyllt 18 under handläggningen?</p>',
          hoursAfter: 3,
        },
      ],
    },
  },
  'Planerat underhåll av ärendesystemet på lördag': {
    conversation: {
      reactions: [
        [henrik, 'LIKE'],
        [emma, 'LIKE'],
        [jonas, 'INSIGHTFUL'],
      ],
    },
  },
  'Kontoret i Sundsvall får ny entré': {
    media: {
      cover: {
        picture: 'entrance',
        alt: 'Tecknad bild: kontorshuset i Sundsvall med en ny ramp fram till entrén.',
      },
    },
  },
};

/** The formats that need media, added only with the showcase. */
export const SHOWCASE_ARTICLES: readonly DemoArticle[] = [
  {
    title: DEMO_SHOWCASE_TITLES.video,
    summary:
      'En minut om hur du loggar in, fyller i och skickar en ansökan i den nya e-tjänsten. Filmen är textad.',
    bodyHtml:
      '<p>Från måndag tar vi emot ansökningar i den nya e-tjänsten. Den här korta filmen visar de tre stegen.</p>' +
      '<ol><li>Logga in med e-legitimation.</li><li>Fyll i ansökan. Den sparas medan du skriver.</li><li>Skicka in.</li></ol>' +
      '<p>Har du frågor om e-tjänsten, skriv en kommentar här.</p>',
    language: 'sv',
    author: erik,
    status: 'PUBLISHED',
    hoursAgo: 3,
    topics: ['it-och-system', 'arendehandlaggning'],
    format: 'VIDEO',
    showcase: true,
    media: {
      cover: {
        picture: 'eService',
        alt: 'Bild ur filmen: en mobiltelefon med ett formulär där tre steg är avbockade.',
      },
      videoCaptions: VIDEO_CAPTIONS_SV,
    },
    conversation: {
      reactions: [
        [sofia, 'LIKE'],
        [johan, 'CELEBRATE'],
        [maria, 'LIKE'],
        [ingrid, 'INSIGHTFUL'],
        [bo, 'LIKE'],
        [karin, 'LIKE'],
      ],
      comments: [
        {
          author: maria,
          body: '<p>Smidigt! Kan den sökande spara och fortsätta en annan dag?</p>',
          hoursAfter: 0.4,
          replies: [
            {
              author: jonas,
              body: '<p>Ja, @{maria.isaksson@demo.commons}. Ansökan sparas i 30 dagar.</p>',
              hoursAfter: 0.7,
              reactions: [
                [maria, 'LIKE'],
                [sofia, 'LIKE'],
              ],
            },
          ],
        },
      ],
    },
  },
  {
    title: DEMO_SHOWCASE_TITLES.videoEn,
    summary:
      'One minute on signing in, filling in and sending an application in the new e-service. With captions.',
    bodyHtml:
      '<p>From Monday we take applications in the new e-service. This short video shows the three steps.</p>' +
      '<ol><li>Sign in with your e-ID.</li><li>Fill in the application. It is saved as you type.</li><li>Send it.</li></ol>' +
      '<p>Questions about the e-service? Write a comment here.</p>',
    language: 'en',
    author: erik,
    status: 'PUBLISHED',
    hoursAgo: 3,
    topics: ['it-och-system', 'arendehandlaggning'],
    translationOf: DEMO_SHOWCASE_TITLES.video,
    format: 'VIDEO',
    showcase: true,
    media: {
      cover: {
        picture: 'eService',
        alt: 'Still from the video: a mobile phone showing a form with three steps ticked off.',
      },
      videoCaptions: VIDEO_CAPTIONS_EN,
    },
    conversation: {
      reactions: [
        [fatima, 'LIKE'],
        [amira, 'INSIGHTFUL'],
      ],
      comments: [
        {
          author: amira,
          body: '<p>The captions are a nice touch. Is there a version in plain Swedish for applicants too?</p>',
          hoursAfter: 0.5,
          replies: [
            {
              author: erik,
              body: '<p>Yes, @{amira.said@demo.commons}: the public version on our website has Swedish captions and sign language.</p>',
              hoursAfter: 0.8,
            },
          ],
        },
      ],
    },
  },
  {
    title: DEMO_SHOWCASE_TITLES.gallery,
    summary: 'Ny entré utan trappsteg, ett ljust lunchrum och en innergård med cykelställ. Se bilderna.',
    bodyHtml:
      '<p>Ombyggnaden av kontoret i Sundsvall är klar. Alla är välkomna på öppet hus den 5 mars.</p>' +
      '<p>Entrén har ingen trappa längre, lunchrummet har fått stora fönster och innergården har nya cykelställ.</p>',
    language: 'sv',
    author: erik,
    status: 'PUBLISHED',
    hoursAgo: 20,
    topics: ['arbetsmiljo'],
    format: 'GALLERY',
    showcase: true,
    media: {
      cover: {
        picture: 'entrance',
        alt: 'Tecknad bild: kontorshuset i Sundsvall med en ny ramp fram till entrén.',
      },
      gallery: [
        {
          picture: 'entrance',
          alt: 'Den nya entrén: en ramp utan trappsteg leder fram till glasdörrarna. En person i rullstol är på väg in.',
        },
        {
          picture: 'lunchRoom',
          alt: 'Lunchrummet: tre kollegor vid två långbord framför stora fönster med utsikt mot träd.',
        },
        {
          picture: 'courtyard',
          alt: 'Innergården: två träd, en parkbänk och två cyklar i det nya cykelstället mellan husen.',
        },
      ],
    },
    conversation: {
      reactions: [
        [bo, 'LOVE'],
        [helena, 'CELEBRATE'],
        [lars, 'LIKE'],
        [karin, 'LIKE'],
      ],
      comments: [
        {
          author: bo,
          body: '<p>Lunchrummet blev verkligen fint. Välkomna hit allihop!</p>',
          hoursAfter: 1,
          reactions: [[helena, 'LIKE']],
        },
      ],
    },
  },
  {
    title: DEMO_SHOWCASE_TITLES.infographic,
    summary: 'Åtta av tio svarade. De flesta trivs, men arbetsbelastningen behöver bli bättre.',
    bodyHtml:
      '<p>Här är de viktigaste resultaten från årets medarbetarenkät i en bild. Under bilden finns samma siffror som text.</p>' +
      '<p>Varje avdelning gör en handlingsplan för arbetsbelastningen före mars.</p>',
    language: 'sv',
    author: erik,
    status: 'PUBLISHED',
    hoursAgo: 30,
    topics: ['arbetsmiljo', 'organisation'],
    format: 'INFOGRAPHIC',
    showcase: true,
    media: {
      cover: {
        picture: 'survey',
        alt: 'Stapeldiagram över medarbetarenkäten 2026. Hela texten finns under bilden.',
      },
      textAlternative: SURVEY_TEXT_ALTERNATIVE,
    },
    conversation: {
      reactions: [
        [helena, 'INSIGHTFUL'],
        [karin, 'INSIGHTFUL'],
        [sofia, 'LIKE'],
        [ingrid, 'CURIOUS'],
      ],
      comments: [
        {
          author: helena,
          body: '<p>Tack alla som svarade! HR hjälper gärna till med handlingsplanerna.</p>',
          hoursAfter: 1,
          reactions: [[karin, 'LIKE']],
        },
      ],
    },
  },
];

/** Pictures and conversation on posts; the featured post is in the open space anyone can read. */
export interface DemoPostShowcase {
  images?: DemoImage[];
  conversation?: DemoConversation;
  /** Featured on home by this editor. */
  featuredBy?: string;
  /** Poll votes: [e-mail, option position]. */
  votes?: (readonly [string, number])[];
}

export const SHOWCASE_SPACE = {
  name: 'Ärendehandläggarnas nätverk',
  description:
    'Tips, frågor och fika för alla som handlägger ärenden, i Norr, Syd och Vägledningsenheten. Alla är välkomna.',
  owner: sofia,
  members: [anna, johan, maria, ali, elin, ahmed, fatima, ingrid],
};

/** The post picture of the walk, by its space post's text (the seed's key within a space). */
export const WALK_POST_BODY =
  '<p>Dagens promenad i höstsolen: runt parken på 25 minuter. Vi går igen på torsdag, alla är välkomna!</p>';

export const POST_SHOWCASE = {
  walk: {
    images: [
      {
        picture: 'walk',
        alt: 'Tecknad bild: två kollegor promenerar på en grusväg genom en park med orange höstlöv.',
      },
    ],
    featuredBy: erik,
    conversation: {
      reactions: [
        [maria, 'LOVE'],
        [erik, 'LIKE'],
        [karin, 'LIKE'],
        [henrik, 'LIKE'],
      ],
      comments: [
        {
          author: maria,
          body: '<p>Vilket ljus! Jag hänger med på torsdag.</p>',
          hoursAfter: 0.5,
          replies: [
            {
              author: bo,
              body: '<p>Toppen, @{maria.isaksson@demo.commons}! Vi ses vid entrén klockan tolv.</p>',
              hoursAfter: 0.8,
            },
          ],
        },
      ],
    },
  },
  fika: {
    images: [{ picture: 'fika', alt: 'Tecknad bild: tre kaffekoppar och två kanelbullar på ett bord.' }],
    conversation: {
      reactions: [
        [johan, 'LOVE'],
        [maria, 'CELEBRATE'],
        [ali, 'LIKE'],
        [elin, 'LOVE'],
        [ingrid, 'LIKE'],
        [fatima, 'LIKE'],
      ],
      comments: [
        {
          author: elin,
          body: '<p>Jag bakar kanelbullar, några utan mjölk och ägg.</p>',
          hoursAfter: 0.3,
          reactions: [
            [sofia, 'LOVE'],
            [ali, 'LIKE'],
          ],
          replies: [{ author: fatima, body: '<p>Thank you Elin, I will be there!</p>', hoursAfter: 0.6 }],
        },
        {
          author: johan,
          body: '<p>@{anna@demo.commons}, du kommer väl? Då kan vi prata om nya prioriteringarna.</p>',
          hoursAfter: 0.9,
        },
      ],
    },
  },
  poll: {
    votes: [
      [sofia, 0],
      [johan, 1],
      [maria, 0],
      [ali, 2],
      [elin, 0],
      [ingrid, 1],
      [ahmed, 0],
    ],
    conversation: {
      reactions: [
        [maria, 'LIKE'],
        [ingrid, 'LIKE'],
      ],
      comments: [
        {
          author: ingrid,
          body: '<p>Klarspråk i beslut skulle hjälpa oss på Vägledningsenheten mycket.</p>',
          hoursAfter: 1,
          reactions: [[johan, 'LIKE']],
        },
      ],
    },
  },
} satisfies Record<string, DemoPostShowcase>;
