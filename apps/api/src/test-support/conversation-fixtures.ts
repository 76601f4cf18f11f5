import type { DataSource } from 'typeorm';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_UNITS } from '../database/seed/demo-seed';
import { Person } from '../modules/people/person.entity';
import type { TestApp } from './test-app';

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
  const emails = { anna: DEMO_ACCOUNTS.employee, bo: DEMO_ACCOUNTS.itEmployee, erik: DEMO_ACCOUNTS.editor, ada: DEMO_ACCOUNTS.admin } as const;
  const names = Object.keys(emails) as (keyof typeof emails)[];
  const cookies = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await t.login(emails[n], DEMO_PASSWORD)]))) as ConversationPeople['cookies'];
  const repo = t.dataSource.getRepository(Person);
  const people = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await repo.findOneByOrFail({ email: emails[n] })]))) as ConversationPeople['people'];
  const [unit] = await t.dataSource.query(`SELECT id FROM org_unit WHERE name = $1`, [DEMO_UNITS.caseHandling]);
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
  return ds.getRepository(Person).createQueryBuilder('p').where('p.email LIKE :p', { p: `${prefix}%@test.commons` }).getMany();
}

export const errorOf = (body: { errors?: { extensions: Record<string, unknown> }[] }) => body.errors?.[0]?.extensions;
