import type { DemoConversation } from './demo-conversation';
import { DEMO_COLLEAGUES, type DemoImage } from './demo-showcase.data';

// The showcase's space and posts (see demo-showcase.data.ts): pictures, a poll with votes,
// conversation and a featured post.
const { erik, anna, bo, karin, sofia, johan, maria, ali, elin, ahmed, fatima, ingrid, henrik } =
  DEMO_COLLEAGUES;

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
