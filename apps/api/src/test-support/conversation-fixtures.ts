/**
 * Helpers for the spaces, posts and polls e2e tests: sessions without password hashing (so a test
 * can sign in thirty people), GraphQL as a person, media rows, and counting SQL statements.
 */
import { Client } from 'pg';
import { SESSION_COOKIE } from '../modules/auth/auth.constants';
import { SessionService } from '../modules/auth/session.service';
import type { TestApp } from './test-app';

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
