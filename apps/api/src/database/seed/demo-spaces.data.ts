import { DEMO_ACCOUNTS } from './demo-seed.data';
import {
  POST_SHOWCASE,
  SHOWCASE_SPACE,
  WALK_POST_BODY,
  type DemoPostShowcase,
} from './demo-spaces-showcase.data';

export interface DemoSpacePost {
  author: string;
  /** Light formatting (sanitised on the way in like any post). */
  bodyHtml: string;
  link?: string;
  hoursAgo: number;
  poll?: {
    question: string;
    options: string[];
    choice: 'SINGLE' | 'MULTIPLE';
    ballot: 'ANONYMOUS' | 'NAMED';
  };
  /** Added only with the showcase (see demo-showcase.data.ts), like its pictures and conversation. */
  showcase?: boolean;
  media?: DemoPostShowcase;
}

export interface DemoSpace {
  name: string;
  description: string;
  visibility: 'OPEN' | 'CLOSED' | 'SECRET';
  owner: string;
  /** Active members besides the owner. */
  members: string[];
  posts: DemoSpacePost[];
  /** Added only with the showcase. */
  showcase?: boolean;
}

/**
 * Demo spaces. anna is deliberately in none of the first three: the browser journey starts with "anna
 * joins an open space" (Lunchpromenader), and the CLOSED one shows her a request to join. With the
 * showcase she is in the case handlers' network, so her home feed has posts with pictures and a poll.
 */
export const DEMO_SPACES: DemoSpace[] = [
  {
    name: 'Lunchpromenader',
    description: 'Vi går en halvtimme runt kvarteret på lunchen. Alla är välkomna, i vilken takt som helst.',
    visibility: 'OPEN',
    owner: DEMO_ACCOUNTS.itEmployee,
    members: [DEMO_ACCOUNTS.editor, 'maria.isaksson@demo.commons'],
    posts: [
      {
        author: DEMO_ACCOUNTS.itEmployee,
        bodyHtml:
          '<p>Vi samlas vid entrén klockan 12.00 på tisdagar och torsdagar. Regnkläder rekommenderas i november!</p>',
        hoursAgo: 30,
      },
      {
        author: DEMO_ACCOUNTS.editor,
        bodyHtml: '<p>Tips: kartan över promenadstråken runt kontoret finns hos kommunen.</p>',
        link: 'https://example.org/promenadstrak',
        hoursAgo: 6,
      },
      {
        author: DEMO_ACCOUNTS.itEmployee,
        bodyHtml: WALK_POST_BODY,
        hoursAgo: 5,
        showcase: true,
        media: POST_SHOWCASE.walk,
      },
    ],
  },
  {
    name: 'Systemförvaltning',
    description: 'Förvaltningsgruppen för våra verksamhetssystem: planering, driftstörningar och releaser.',
    visibility: 'CLOSED',
    owner: DEMO_ACCOUNTS.admin,
    members: [DEMO_ACCOUNTS.itEmployee],
    posts: [
      {
        author: DEMO_ACCOUNTS.admin,
        bodyHtml:
          '<p>Nästa release av ärendesystemet planeras till vecka 50. Hör av er om ni ser risker.</p>',
        hoursAgo: 20,
        poll: {
          question: 'Vilken dag passar bäst för releasen?',
          options: ['Tisdag', 'Onsdag', 'Torsdag'],
          choice: 'SINGLE',
          ballot: 'NAMED',
        },
      },
    ],
  },
  {
    name: 'Ledningsgruppens planering',
    description: 'Förberedelser inför ledningsgruppens möten. Endast för inbjudna.',
    visibility: 'SECRET',
    owner: DEMO_ACCOUNTS.admin,
    members: [DEMO_ACCOUNTS.editor],
    posts: [
      {
        author: DEMO_ACCOUNTS.admin,
        bodyHtml: '<p>Utkastet till verksamhetsplanen finns nu att läsa. Kommentarer senast fredag.</p>',
        hoursAgo: 50,
      },
    ],
  },
  {
    ...SHOWCASE_SPACE,
    visibility: 'OPEN',
    showcase: true,
    posts: [
      {
        author: SHOWCASE_SPACE.owner,
        bodyHtml:
          '<p><strong>Fredagsfika klockan 15</strong> i lunchrummet på plan 4. Elin bakar, jag ordnar kaffe. Välkomna!</p>',
        hoursAgo: 4,
        showcase: true,
        media: POST_SHOWCASE.fika,
      },
      {
        author: 'johan.lundgren@demo.commons',
        bodyHtml: '<p>Vi planerar vårens utbildningar. Rösta på det du helst vill lära dig mer om!</p>',
        hoursAgo: 9,
        showcase: true,
        poll: {
          question: 'Vilken utbildning vill du helst gå i vår?',
          options: ['Klarspråk i beslut', 'Nya e-tjänsten', 'Barnrättsperspektivet i praktiken'],
          choice: 'SINGLE',
          ballot: 'ANONYMOUS',
        },
        media: POST_SHOWCASE.poll,
      },
    ],
  },
];
