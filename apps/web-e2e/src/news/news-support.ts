import { crc32, deflateSync } from 'node:zlib';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { DEMO_PASSWORD, graphql, prepareDemoPerson, signOutByApi } from '../support/demo-api';
import { expect, Lang } from '../support/fixtures';
import { texts } from '../support/texts';

/** Demo org-unit names (apps/api/src/database/seed/demo-seed.data.ts): anna works in case handling, bo in IT. */
export const UNITS = {
  agency: 'Myndigheten för digital samverkan',
  caseHandling: 'Avdelningen för ärendehandläggning',
  caseNorth: 'Ärendeenhet Norr',
  it: 'IT-avdelningen',
} as const;

/**
 * A real PNG made here (no fixture file): `width`×`height` pixels of a diagonal gradient, so the
 * server's content checks and re-encoding have an actual image to work on.
 */
export function makePng(width = 96, height = 64): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const rows = Buffer.alloc(height * (1 + width * 3));
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * 3);
    rows[row] = 0; // no filter
    for (let x = 0; x < width; x++) {
      const p = row + 1 + x * 3;
      rows[p] = Math.round((x / width) * 255);
      rows[p + 1] = Math.round((y / height) * 255);
      rows[p + 2] = 160;
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A title no other run or project shares, so lists can be searched for it. */
export const uniqueTitle = (base: string, lang: Lang) => `${base} (${lang} ${Date.now().toString(36)})`;

/** YYYY-MM-DD and YYYY-MM-DDTHH:mm, local time, `days` from now: what date inputs take. */
export function localDate(days: number): string {
  return localDateTime(days).slice(0, 10);
}
export function localDateTime(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * Signs a person in through the sign-in page, in this project's language (saved on the person
 * first through the API, then that API session is ended).
 */
export async function signInThroughPage(page: Page, email: string, lang: Lang): Promise<void> {
  await prepareDemoPerson(page.request, email, lang);
  await signOutByApi(page.request);
  const t = texts[lang].signIn;
  await page.goto('/sign-in');
  await page.getByLabel(t.email).fill(email);
  await page.getByLabel(t.password).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: t.submit }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(texts[lang].home.greeting(''));
}

/** One org unit in the audience tree, by its own name (a tree item's accessible name includes its open children). */
export function treeItem(page: Page, name: string): Locator {
  return page
    .getByRole('tree')
    .locator(`li[role="treeitem"]:has(> .tree__row > .tree__name:text-is(${JSON.stringify(name)}))`);
}

/** The number in "Reaches N people", once the count has arrived. */
export async function readReach(reach: Locator, pattern: RegExp): Promise<number> {
  await expect(reach).toHaveText(pattern);
  const match = (await reach.textContent())?.match(pattern);
  return Number(match?.[1]);
}

/** The article's id from the studio editor's address (/studio/articles/:id). */
export function articleIdFromUrl(page: Page): string {
  const match = new URL(page.url()).pathname.match(/^\/studio\/articles\/([^/]+)$/);
  if (!match) throw new Error(`not on an editor page: ${page.url()}`);
  return decodeURIComponent(match[1]);
}

/** Uploads a generated PNG through the real endpoint (session cookie and CSRF header), as the page does. */
export async function uploadPng(request: APIRequestContext): Promise<{ id: string }> {
  const upload = await request.post('/api/media', {
    headers: { 'X-Requested-With': 'commons' },
    multipart: { file: { name: 'cover.png', mimeType: 'image/png', buffer: makePng(320, 200) } },
  });
  expect(upload.status(), await upload.text()).toBe(201);
  return (await upload.json()) as { id: string };
}

export interface ArticleSetup {
  title: string;
  language: 'SV' | 'EN';
  topicSlug: string;
  alt: string;
  orgUnitNames?: string[];
  mustRead?: boolean;
  bodyHtml?: string;
}

/**
 * Set-up for pages that only need an article to exist (the scans): a draft with a cover, a topic
 * and an audience, made by the signed-in editor through the real upload endpoint and GraphQL API.
 */
export async function createDraftByApi(request: APIRequestContext, setup: ArticleSetup): Promise<string> {
  const media = await uploadPng(request);
  const found = await graphql<{
    orgUnits: { id: string; name: string }[];
    topics: { id: string; slug: string }[];
  }>(request, '{ orgUnits { id name } topics { id slug } }');
  const unitIds = (setup.orgUnitNames ?? []).map((name) => {
    const unit = found.orgUnits.find((u) => u.name === name);
    if (!unit) throw new Error(`no org unit ${name}`);
    return unit.id;
  });
  const topic = found.topics.find((tp) => tp.slug === setup.topicSlug);
  if (!topic) throw new Error(`no topic ${setup.topicSlug}`);

  const { createArticle } = await graphql<{ createArticle: { id: string } }>(
    request,
    'mutation ($input: ArticleInput!) { createArticle(input: $input) { id } }',
    { input: { title: setup.title, language: setup.language, format: 'ARTICLE' } },
  );
  const body =
    setup.bodyHtml ??
    (setup.language === 'SV'
      ? '<h2>Vad händer?</h2><p>Vi flyttar till nya lokaler i vår. Du får mer information av din chef.</p>'
      : '<h2>What is happening?</h2><p>We move to new offices in the spring. Your manager will tell you more.</p>');
  await graphql(
    request,
    'mutation ($id: ID!, $input: ArticleInput!) { updateArticle(id: $id, input: $input) { id } }',
    {
      id: createArticle.id,
      input: {
        summary: setup.language === 'SV' ? 'Kort om flytten.' : 'A short note on the move.',
        bodyHtml: body,
        coverMediaId: media.id,
        coverAlt: setup.alt,
        topicIds: [topic.id],
        audience: { orgUnitIds: unitIds, locationIds: [] },
        mustRead: setup.mustRead ?? false,
      },
    },
  );
  return createArticle.id;
}

/** The same, published now. */
export async function publishArticleByApi(request: APIRequestContext, setup: ArticleSetup): Promise<string> {
  const id = await createDraftByApi(request, setup);
  await graphql(request, 'mutation ($id: ID!) { publishArticle(id: $id, publishAt: null) { id } }', { id });
  return id;
}
