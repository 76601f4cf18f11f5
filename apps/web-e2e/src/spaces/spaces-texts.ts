import type { Lang } from '../support/fixtures';

/**
 * The spaces words a person relies on, in each language. Written out here rather than read from the
 * web app's translation files, so a wrong or missing translation fails the tests.
 */
export const spacesTexts = {
  en: {
    nav: 'Spaces',
    title: 'Spaces',
    create: 'Create space',
    discover: 'Spaces to discover',
    formTitle: 'Create a space',
    formSubmit: 'Create space',
    nameRequired: 'Enter a name for the space',
    join: 'Join space',
    leave: 'Leave space',
    joined: (space: string) => `You joined ${space}`,
    composer: 'Write a post',
    text: 'Text',
    addPoll: 'Add a poll',
    question: 'Question',
    option: (n: number) => `Option ${n}`,
    addOption: 'Add option',
    publish: 'Publish post',
    published: 'Your post was published',
    vote: 'Vote',
    voted: 'Your vote was saved',
    oneVoter: '1 person has voted',
    questionRequired: 'Enter the poll question',
    share: 'Share to a space',
    shareSpace: 'Space',
  },
  sv: {
    nav: 'Grupper',
    title: 'Grupper',
    create: 'Skapa grupp',
    discover: 'Grupper att upptäcka',
    formTitle: 'Skapa en grupp',
    formSubmit: 'Skapa grupp',
    nameRequired: 'Ange ett namn på gruppen',
    join: 'Gå med i gruppen',
    leave: 'Lämna gruppen',
    joined: (space: string) => `Du gick med i ${space}`,
    composer: 'Skriv ett inlägg',
    text: 'Text',
    addPoll: 'Lägg till en omröstning',
    question: 'Fråga',
    option: (n: number) => `Alternativ ${n}`,
    addOption: 'Lägg till alternativ',
    publish: 'Publicera inlägget',
    published: 'Ditt inlägg publicerades',
    vote: 'Rösta',
    voted: 'Din röst sparades',
    oneVoter: '1 person har röstat',
    questionRequired: 'Ange frågan i omröstningen',
    share: 'Dela till en grupp',
    shareSpace: 'Grupp',
  },
} satisfies Record<Lang, unknown>;

/** The OPEN demo space anna is not in when the demo starts (apps/api/src/database/seed/demo-spaces.data.ts). */
export const OPEN_DEMO_SPACE = 'Lunchpromenader';
