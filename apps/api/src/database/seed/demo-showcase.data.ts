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

/** The colleagues the showcase names, by first name: their demo e-mail addresses. */
export const DEMO_COLLEAGUES = {
  erik: 'erik@demo.commons',
  anna: 'anna@demo.commons',
  bo: 'bo@demo.commons',
  ada: 'ada@demo.commons',
  karin: 'karin.holm@demo.commons',
  sofia: 'sofia.bergstrom@demo.commons',
  johan: 'johan.lundgren@demo.commons',
  maria: 'maria.isaksson@demo.commons',
  ali: 'ali.hassan@demo.commons',
  elin: 'elin.dahl@demo.commons',
  ahmed: 'ahmed.karimi@demo.commons',
  fatima: 'fatima.ali@demo.commons',
  ingrid: 'ingrid.berg@demo.commons',
  henrik: 'henrik.blom@demo.commons',
  amira: 'amira.said@demo.commons',
  jonas: 'jonas.mattsson@demo.commons',
  malin: 'malin.forsberg@demo.commons',
  helena: 'helena.sandstrom@demo.commons',
  lars: 'lars.eriksson@demo.commons',
  emma: 'emma.falk@demo.commons',
} as const;
