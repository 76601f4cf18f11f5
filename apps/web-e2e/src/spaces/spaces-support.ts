import { deflateSync, crc32 } from 'node:zlib';
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
  if (data.space.viewerMembership)
    await graphql(request, 'mutation ($id: ID!) { leaveSpace(id: $id) { id } }', { id: spaceId });
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

/** A new space owned by whoever is signed in on `request`; its id. */
export async function createSpace(
  request: APIRequestContext,
  name: string,
  visibility: 'OPEN' | 'CLOSED' | 'SECRET',
): Promise<string> {
  const data = await graphql<{ createSpace: { id: string } }>(
    request,
    'mutation ($input: SpaceInput!) { createSpace(input: $input) { id } }',
    { input: { name, visibility } },
  );
  return data.createSpace.id;
}

/** A small real PNG (a colour gradient) for uploads: the server decodes and resizes what it takes. */
export function gradientPng(width = 48, height = 32): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) row.set([40 + x * 4, 120, 60 + y * 5], 1 + x * 3);
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([head, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
