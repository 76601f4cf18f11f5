/**
 * Helpers for the conversation e2e tests (spaces, posts, polls, reactions, comments, moderation):
 * sessions without password hashing (so a test can sign in thirty people), GraphQL as a person,
 * media rows, articles and people written straight into the tables, and counting SQL statements.
 */
import { Client } from 'pg';
import { SESSION_COOKIE } from '../modules/auth/auth.constants';
import { SessionService } from '../modules/auth/services/session.service';
import type { TestApp } from './test-app';
import type { DataSource } from 'typeorm';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_UNITS } from '../database/seed/demo-seed';
import { Person } from '../modules/people/person.entity';

export interface Actor {
  id: string;
  email: string;
  cookie: string;
  /** Runs a GraphQL operation as this person; returns the response body. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  gql(query: string, variables?: object): Promise<any>;
}

/** A signed-in person (a real session row; the cookie the browser would send). */
export async function actor(t: TestApp, email: string): Promise<Actor> {
  const [person] = await t.dataSource.query(`SELECT id FROM person WHERE email = $1`, [email]);
  if (!person) throw new Error(`no person ${email}`);
  const sessions = t.app.get(SessionService);
  const token = await t.dataSource.transaction((m) =>
    sessions.create(m, person.id, { ip: '127.0.0.1', userAgent: 'jest' }),
  );
  const cookie = `${SESSION_COOKIE}=${token}`;
  return {
    id: person.id,
    email,
    cookie,
    gql: async (query, variables) => (await t.gql(query, variables, { cookie })).body,
  };
}

/** A new space made by `who` (its owner) through the API, from a SpaceInput; its id. */
export async function spaceOf(
  who: Actor,
  input: { name: string; visibility: 'OPEN' | 'CLOSED' | 'SECRET'; [field: string]: unknown },
): Promise<string> {
  const body = await who.gql(`mutation C($input: SpaceInput!) { createSpace(input: $input) { id } }`, {
    input,
  });
  if (body.errors) throw new Error(`createSpace: ${JSON.stringify(body.errors)}`);
  return body.data.createSpace.id;
}

/** The error code (and field, reason) of a GraphQL response's first error; undefined if none. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const errorOf = (body: any): { code?: string; field?: string; reason?: string } | undefined =>
  body?.errors?.[0]?.extensions;

/** An uploaded image's row (the upload pipeline itself is tested by the media module). */
export async function imageOf(t: TestApp, ownerId: string): Promise<string> {
  const [row] = await t.dataSource.query(
    `INSERT INTO media (owner_id, kind, content_type, byte_size, width, height, storage_key, variants)
     VALUES ($1, 'IMAGE', 'image/webp', 1000, 1600, 900, gen_random_uuid()::text, '[]'::jsonb) RETURNING id`,
    [ownerId],
  );
  return row.id;
}

/** How many SQL statements `work` sends (every pg client in the process). */
export async function statementsOf(work: () => Promise<unknown>): Promise<number> {
  const original = Client.prototype.query;
  let n = 0;
  const spy = jest.spyOn(Client.prototype, 'query').mockImplementation(function (
    this: Client,
    ...args: unknown[]
  ) {
    n++;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as never);
  try {
    await work();
  } finally {
    spy.mockRestore();
  }
  return n;
}

/** Rows in a table (for "nothing written" checks). */
export async function countOf(
  t: TestApp,
  table: string,
  where = 'TRUE',
  params: unknown[] = [],
): Promise<number> {
  const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params);
  return n;
}

/**
 * Fixtures for the conversation tests (reactions, comments, moderation) on a seeded test app:
 * the demo people signed in, and articles written straight into the tables.
 *   anna — employee, case handling; bo — employee, IT; erik — editor; ada — admin.
 */
export interface ConversationPeople {
  cookies: Record<'anna' | 'bo' | 'erik' | 'ada', string>;
  people: Record<'anna' | 'bo' | 'erik' | 'ada', Person>;
  /** Anna's department. */
  caseHandlingUnitId: string;
}

export async function signInDemoPeople(t: TestApp): Promise<ConversationPeople> {
  const emails = {
    anna: DEMO_ACCOUNTS.employee,
    bo: DEMO_ACCOUNTS.itEmployee,
    erik: DEMO_ACCOUNTS.editor,
    ada: DEMO_ACCOUNTS.admin,
  } as const;
  const names = Object.keys(emails) as (keyof typeof emails)[];
  const cookies = Object.fromEntries(
    await Promise.all(names.map(async (n) => [n, await t.login(emails[n], DEMO_PASSWORD)])),
  ) as ConversationPeople['cookies'];
  const repo = t.dataSource.getRepository(Person);
  const people = Object.fromEntries(
    await Promise.all(names.map(async (n) => [n, await repo.findOneByOrFail({ email: emails[n] })])),
  ) as ConversationPeople['people'];
  const [unit] = await t.dataSource.query(`SELECT id FROM org_unit WHERE name = $1`, [
    DEMO_UNITS.caseHandling,
  ]);
  return { cookies, people, caseHandlingUnitId: unit.id };
}

/** An article by `authorId`: PUBLISHED for everyone unless told otherwise. */
export async function insertArticle(
  ds: DataSource,
  authorId: string,
  options: { status?: string; units?: string[]; title?: string; minutesAgo?: number } = {},
): Promise<string> {
  const status = options.status ?? 'PUBLISHED';
  const [item] = await ds.query(
    `INSERT INTO content_item (kind, author_id, created_at) VALUES ('ARTICLE', $1, now() - make_interval(mins => $2)) RETURNING id`,
    [authorId, options.minutesAgo ?? 0],
  );
  await ds.query(
    `INSERT INTO article (id, author_id, status, title, audience_org_unit_ids, publish_at, published_at)
     VALUES ($1, $2, $3, $4, $5, now() - make_interval(mins => $6), CASE WHEN $3 = 'PUBLISHED' THEN now() - make_interval(mins => $6) END)`,
    [item.id, authorId, status, options.title ?? 'An article', options.units ?? [], options.minutesAgo ?? 0],
  );
  return item.id;
}

/** Active people straight into the tables (no credentials): for concurrency tests through the services. */
export async function insertPeople(ds: DataSource, count: number, prefix: string): Promise<Person[]> {
  const [{ unit }] = await ds.query(`SELECT id AS unit FROM org_unit ORDER BY name LIMIT 1`);
  await ds.query(
    `INSERT INTO person (email, display_name, org_unit_id, role, language)
     SELECT $1 || g || '@test.commons', 'Person ' || $1 || g, $2, 'EMPLOYEE', 'sv' FROM generate_series(1, $3::int) g`,
    [prefix, unit, count],
  );
  return ds
    .getRepository(Person)
    .createQueryBuilder('p')
    .where('p.email LIKE :p', { p: `${prefix}%@test.commons` })
    .getMany();
}
