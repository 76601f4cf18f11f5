import type { Lang } from './fixtures';

/**
 * What a person sees, in each language. Kept here rather than read from the web app's translation
 * files, so a wrong or missing translation fails these tests instead of being copied into them.
 */
export const texts = {
  en: {
    titleSuffix: ' – Commons',
    errorTitle: (title: string) => `Error: ${title} – Commons`,
    skipLink: 'Skip to main content',
    language: 'Language',
    signIn: {
      heading: 'Sign in',
      email: 'E-mail address',
      password: 'Password',
      submit: 'Sign in',
      summaryTitle: 'There is a problem',
      invalidCredentials: 'The e-mail address or password is not right',
    },
    nav: {
      label: 'Main',
      menu: 'Menu',
      home: 'Home',
      people: 'People',
      settings: 'Settings',
      signOut: 'Sign out',
    },
    home: {
      title: 'Home',
      greeting: (name: string) => `Hello, ${name}`,
      unit: (unit: string) => `You work in ${unit}.`,
    },
    people: {
      title: 'People',
      searchLabel: 'Search for people',
      resultsFor: (n: number, q: string) => `${n} ${n === 1 ? 'result' : 'results'} for ${q}`,
      showMore: 'Show more',
      shown: (shown: number, total: number) => `Showing ${shown} of ${total}`,
    },
    profile: { details: 'Contact and details', back: 'Back to people' },
    settings: { title: 'Settings', languageSave: 'Save language', saved: 'Your settings have been saved.' },
    notFound: { title: 'Page not found' },
    signedOut: 'You have signed out.',
  },
  sv: {
    titleSuffix: ' – Commons',
    errorTitle: (title: string) => `Fel: ${title} – Commons`,
    skipLink: 'Hoppa till huvudinnehållet',
    language: 'Språk',
    signIn: {
      heading: 'Logga in',
      email: 'E-postadress',
      password: 'Lösenord',
      submit: 'Logga in',
      summaryTitle: 'Det finns ett problem',
      invalidCredentials: 'E-postadressen eller lösenordet stämmer inte',
    },
    nav: {
      label: 'Huvudmeny',
      menu: 'Meny',
      home: 'Start',
      people: 'Personer',
      settings: 'Inställningar',
      signOut: 'Logga ut',
    },
    home: {
      title: 'Start',
      greeting: (name: string) => `Hej, ${name}`,
      unit: (unit: string) => `Du arbetar på ${unit}.`,
    },
    people: {
      title: 'Personer',
      searchLabel: 'Sök efter personer',
      resultsFor: (n: number, q: string) => `${n} ${n === 1 ? 'träff' : 'träffar'} för ${q}`,
      showMore: 'Visa fler',
      shown: (shown: number, total: number) => `Visar ${shown} av ${total}`,
    },
    profile: { details: 'Kontakt och uppgifter', back: 'Tillbaka till personer' },
    settings: {
      title: 'Inställningar',
      languageSave: 'Spara språk',
      saved: 'Dina inställningar har sparats.',
    },
    notFound: { title: 'Sidan hittades inte' },
    signedOut: 'Du har loggat ut.',
  },
} as const satisfies Record<Lang, unknown>;

export const otherLang = (lang: Lang): Lang => (lang === 'sv' ? 'en' : 'sv');

/** Each language's name in itself, as the language switch shows it. */
export const languageNames: Record<Lang, string> = { sv: 'Svenska', en: 'English' };

export const title = (lang: Lang, page: string) => `${page}${texts[lang].titleSuffix}`;
