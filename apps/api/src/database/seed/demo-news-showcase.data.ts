import type { DemoArticle } from './demo-news.data';
import { DEMO_COLLEAGUES, type DemoImage } from './demo-showcase.data';

// The showcase's news (see demo-showcase.data.ts): media and conversation for the base articles, and
// the formats that need media.
const {
  erik,
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
} = DEMO_COLLEAGUES;

export interface DemoShowcase {
  cover?: DemoImage;
  gallery?: DemoImage[];
  /** The demo clip (its poster is the cover) with these WebVTT captions, in the article's language. */
  videoCaptions?: string;
  textAlternative?: string;
}

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
