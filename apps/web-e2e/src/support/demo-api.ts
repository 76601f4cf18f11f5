import type { APIRequestContext } from '@playwright/test';
import type { Lang } from './fixtures';

/** The demo password (demo mode only; see README). */
export const DEMO_PASSWORD = 'commons-demo';
export const ANNA = 'anna@demo.commons';
export const BO = 'bo@demo.commons';
export const ERIK = 'erik@demo.commons';
export const ADA = 'ada@demo.commons';

export interface DemoPerson {
  id: string;
  email: string;
  displayName: string;
  unitName: string;
}

/**
 * Test set-up through the real GraphQL API (never the database): read the demo people the journeys
 * look for, and put a person's saved language back to a known value, since journeys change it.
 */
export async function graphql<T>(request: APIRequestContext, query: string, variables?: object): Promise<T> {
  const response = await request.post('/graphql', { data: { query, variables } });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!response.ok() || body.errors?.length) {
    throw new Error(`GraphQL ${response.status()}: ${JSON.stringify(body.errors ?? body)}`);
  }
  return body.data as T;
}

export async function signInByApi(request: APIRequestContext, email: string): Promise<void> {
  await graphql(request, 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', {
    e: email,
    p: DEMO_PASSWORD,
  });
}

export async function signOutByApi(request: APIRequestContext): Promise<void> {
  await graphql(request, 'mutation { logout }');
}

export async function setMyLanguage(request: APIRequestContext, lang: Lang): Promise<void> {
  await graphql(request, 'mutation ($l: Language!) { updateMyPreferences(input: { language: $l }) { id } }', {
    l: lang.toUpperCase(),
  });
}

const PERSON_FIELDS = 'id email displayName orgUnit { name }';
type PersonNode = { id: string; email: string; displayName: string; orgUnit: { name: string } };
const toDemoPerson = (p: PersonNode): DemoPerson => ({
  id: p.id,
  email: p.email,
  displayName: p.displayName,
  unitName: p.orgUnit.name,
});

/** Signs `email` in on `request`, sets their saved language, and returns who they are. */
export async function prepareDemoPerson(
  request: APIRequestContext,
  email: string,
  lang: Lang,
): Promise<DemoPerson> {
  await signInByApi(request, email);
  await setMyLanguage(request, lang);
  const { me } = await graphql<{ me: PersonNode }>(request, `{ me { ${PERSON_FIELDS} } }`);
  return toDemoPerson(me);
}

/** Looks a person up by e-mail as whoever is signed in on `request`. */
export async function findPerson(request: APIRequestContext, email: string): Promise<DemoPerson> {
  const { people } = await graphql<{ people: { edges: { node: PersonNode }[] } }>(
    request,
    `query ($s: String) { people(search: $s, first: 5) { edges { node { ${PERSON_FIELDS} } } } }`,
    { s: email },
  );
  const match = people.edges.map((e) => e.node).find((p) => p.email === email);
  if (!match) throw new Error(`demo person ${email} not found`);
  return toDemoPerson(match);
}
