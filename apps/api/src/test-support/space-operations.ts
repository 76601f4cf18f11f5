/** The spaces API's operations and people, shared by the spaces and space-membership e2e specs. */
import { DEMO_ACCOUNTS } from '../database/seed/demo-seed.data';
import { Actor, actor } from './conversation-fixtures';
import type { TestApp } from './test-app';

export const SPACE_FIELDS = `id name description visibility memberCount viewerCanPost viewerCanModerate
  cover { id alt } viewerMembership { role status }`;
export const CREATE = `mutation C($input: SpaceInput!) { createSpace(input: $input) { ${SPACE_FIELDS} } }`;
export const UPDATE = `mutation U($id: ID!, $input: SpaceInput!) { updateSpace(id: $id, input: $input) { ${SPACE_FIELDS} } }`;
export const GET = `query S($id: ID!) { space(id: $id) { ${SPACE_FIELDS}
  members(first: 50) { totalCount edges { node { role status person { email } } } }
  pendingRequests(first: 50) { totalCount edges { node { status person { email } } } } } }`;
export const LIST = `query L($filter: SpacesFilter, $first: Int, $after: String) {
  spaces(filter: $filter, first: $first, after: $after) { edges { cursor node { id name viewerMembership { status } memberCount } } pageInfo { hasNextPage endCursor } } }`;
export const JOIN = `mutation J($id: ID!) { joinSpace(id: $id) { id viewerMembership { role status } } }`;
export const LEAVE = `mutation L($id: ID!) { leaveSpace(id: $id) { id viewerMembership { status } } }`;
export const INVITE = `mutation I($spaceId: ID!, $personIds: [ID!]!) { inviteToSpace(spaceId: $spaceId, personIds: $personIds) { id } }`;
export const APPROVE = `mutation A($spaceId: ID!, $personId: ID!) { approveMembership(spaceId: $spaceId, personId: $personId) { role status } }`;
export const REJECT = `mutation R($spaceId: ID!, $personId: ID!) { rejectMembership(spaceId: $spaceId, personId: $personId) { id } }`;
export const REMOVE = `mutation R($spaceId: ID!, $personId: ID!) { removeMember(spaceId: $spaceId, personId: $personId) { id } }`;
export const WITHDRAW = `mutation W($spaceId: ID!, $personId: ID!) { withdrawInvitation(spaceId: $spaceId, personId: $personId) { id } }`;
export const INVITATIONS = `query I($id: ID!) { space(id: $id) { pendingInvitations(first: 50) { totalCount edges { node { status person { email } } } } } }`;
export const SET_ROLE = `mutation S($spaceId: ID!, $personId: ID!, $role: SpaceRole!) { setMemberRole(spaceId: $spaceId, personId: $personId, role: $role) { role status } }`;

export interface SpacePeople {
  /** anna (employee), bo (IT employee), erik (editor), ada (admin), karin (employee). */
  anna: Actor;
  bo: Actor;
  erik: Actor;
  ada: Actor;
  karin: Actor;
}

/** The five people the spaces specs act as, each with a session. */
export async function spacePeople(t: TestApp): Promise<SpacePeople> {
  const [anna, bo, erik, ada, karin] = await Promise.all(
    [
      DEMO_ACCOUNTS.employee,
      DEMO_ACCOUNTS.itEmployee,
      DEMO_ACCOUNTS.editor,
      DEMO_ACCOUNTS.admin,
      'karin.holm@demo.commons',
    ].map((e) => actor(t, e)),
  );
  return { anna, bo, erik, ada, karin };
}
