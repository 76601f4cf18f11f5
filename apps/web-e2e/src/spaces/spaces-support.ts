import type { APIRequestContext } from '@playwright/test';
import { graphql } from '../support/demo-api';

/** The id of a space the signed-in person can see, by its exact name. */
export async function spaceIdByName(request: APIRequestContext, name: string): Promise<string> {
  const data = await graphql<{ spaces: { edges: { node: { id: string; name: string } }[] } }>(
    request,
    'query ($s: String!) { spaces(filter: { scope: ALL, search: $s }) { edges { node { id name } } } }',
    { s: name },
  );
  const found = data.spaces.edges.find((e) => e.node.name === name);
  if (!found) throw new Error(`no space named ${name}`);
  return found.node.id;
}

/**
 * Puts the signed-in person outside the space again: the journey starts with joining it, and both
 * language projects run against the same server.
 */
export async function leaveSpaceIfMember(request: APIRequestContext, spaceId: string): Promise<void> {
  const data = await graphql<{ space: { viewerMembership: { status: string } | null } }>(
    request,
    'query ($id: ID!) { space(id: $id) { viewerMembership { status } } }',
    { id: spaceId },
  );
  if (data.space.viewerMembership) await graphql(request, 'mutation ($id: ID!) { leaveSpace(id: $id) { id } }', { id: spaceId });
}

/** Makes the signed-in person a member of an OPEN space (scans want the composer on the page). */
export async function joinSpaceIfNot(request: APIRequestContext, spaceId: string): Promise<void> {
  const data = await graphql<{ space: { viewerMembership: { status: string } | null } }>(
    request,
    'query ($id: ID!) { space(id: $id) { viewerMembership { status } } }',
    { id: spaceId },
  );
  if (data.space.viewerMembership?.status !== 'ACTIVE')
    await graphql(request, 'mutation ($id: ID!) { joinSpace(id: $id) { id } }', { id: spaceId });
}
