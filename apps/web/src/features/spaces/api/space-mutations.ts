import type { ApolloCache, Reference } from '@apollo/client';
import type { Modifier, Modifiers } from '@apollo/client/cache';
import { useMutation } from '@apollo/client/react';
import { graphql, type SetMemberRoleMutationVariables } from '@commons/web-graphql';
import type { PeopleList } from './space.query';

export const CreateSpaceDocument = graphql(`
  mutation CreateSpace($input: SpaceInput!) {
    createSpace(input: $input) {
      ...SpaceSummaryFields
    }
  }
`);

/** What joining or leaving changes on the space, for the cache. */
export const SpaceViewerMembershipFields = graphql(`
  fragment SpaceViewerMembershipFields on Space {
    id
    memberCount
    viewerCanPost
    viewerCanModerate
    viewerMembership {
      status
      role
    }
  }
`);

export const JoinSpaceDocument = graphql(`
  mutation JoinSpace($id: ID!) {
    joinSpace(id: $id) {
      ...SpaceViewerMembershipFields
    }
  }
`);

export const LeaveSpaceDocument = graphql(`
  mutation LeaveSpace($id: ID!) {
    leaveSpace(id: $id) {
      ...SpaceViewerMembershipFields
    }
  }
`);

export const ApproveMembershipDocument = graphql(`
  mutation ApproveMembership($spaceId: ID!, $personId: ID!) {
    approveMembership(spaceId: $spaceId, personId: $personId) {
      status
    }
  }
`);

export const RejectMembershipDocument = graphql(`
  mutation RejectMembership($spaceId: ID!, $personId: ID!) {
    rejectMembership(spaceId: $spaceId, personId: $personId) {
      id
    }
  }
`);

export const InviteToSpaceDocument = graphql(`
  mutation InviteToSpace($spaceId: ID!, $personIds: [ID!]!) {
    inviteToSpace(spaceId: $spaceId, personIds: $personIds) {
      id
    }
  }
`);

export const RemoveMemberDocument = graphql(`
  mutation RemoveMember($spaceId: ID!, $personId: ID!) {
    removeMember(spaceId: $spaceId, personId: $personId) {
      id
      memberCount
    }
  }
`);

export const WithdrawInvitationDocument = graphql(`
  mutation WithdrawInvitation($spaceId: ID!, $personId: ID!) {
    withdrawInvitation(spaceId: $spaceId, personId: $personId) {
      id
    }
  }
`);

export const SetMemberRoleDocument = graphql(`
  mutation SetMemberRole($spaceId: ID!, $personId: ID!, $role: SpaceRole!) {
    setMemberRole(spaceId: $spaceId, personId: $personId, role: $role) {
      role
      status
    }
  }
`);

/** What the viewer may do in a space, read again after they changed their own role. */
export const SpaceViewerMembershipDocument = graphql(`
  query SpaceViewerMembership($id: ID!) {
    space(id: $id) {
      ...SpaceViewerMembershipFields
    }
  }
`);

/**
 * Refetched after a change of membership: the member list, requests and the lists of spaces. Not the
 * feed: a CLOSED space's feed is FORBIDDEN to non-members, so the page mounts it anew once it may be read.
 */
const SPACE_QUERIES = ['SpaceDetails', 'Spaces'];
/** The shell's "may I moderate anything" (its Moderation link): owning a space, or no longer, changes it. */
const VIEWER_CAN_MODERATE = 'ViewerCanModerate';

export function useCreateSpace() {
  return useMutation(CreateSpaceDocument, { refetchQueries: ['Spaces', VIEWER_CAN_MODERATE] });
}
export function useJoinSpace() {
  return useMutation(JoinSpaceDocument, { refetchQueries: SPACE_QUERIES, awaitRefetchQueries: true });
}
export function useLeaveSpace() {
  return useMutation(LeaveSpaceDocument, {
    refetchQueries: [...SPACE_QUERIES, VIEWER_CAN_MODERATE],
    awaitRefetchQueries: true,
  });
}
export function useApproveMembership() {
  return useMutation(ApproveMembershipDocument, {
    refetchQueries: ['SpaceDetails'],
    awaitRefetchQueries: true,
  });
}
export function useRejectMembership() {
  return useMutation(RejectMembershipDocument, {
    refetchQueries: ['SpaceDetails'],
    awaitRefetchQueries: true,
  });
}
/** Moderators and owners; refetches the space: someone who had asked to join is now a member. */
export function useInviteToSpace() {
  return useMutation(InviteToSpaceDocument, { refetchQueries: ['SpaceDetails'], awaitRefetchQueries: true });
}
/**
 * Removes a member (never used for invitations: see useWithdrawInvitation). The member list keeps
 * the pages shown (a refetch would start it over from the first page, and lose focus with it).
 */
export function useRemoveMember() {
  return useMutation(RemoveMemberDocument, {
    update: (cache, _result, { variables }) => {
      if (variables) dropPerson(cache, variables.spaceId, 'members', variables.personId);
    },
  });
}
/** Takes back an invitation not yet answered (NOT_FOUND if there is none); never removes a member. */
export function useWithdrawInvitation() {
  return useMutation(WithdrawInvitationDocument, {
    update: (cache, _result, { variables }) => {
      if (variables) dropPerson(cache, variables.spaceId, 'pendingInvitations', variables.personId);
    },
  });
}
/**
 * Owners. The member's row changes in place; an owner who changed their own role reads again what
 * they may do (one who stepped down no longer changes roles).
 */
export function useSetMemberRole(viewerId: string | undefined) {
  const [mutate, result] = useMutation(SetMemberRoleDocument, {
    update: (cache, { data }, { variables }) => {
      if (!data || !variables) return;
      const role = data.setMemberRole.role;
      editPeople(cache, variables.spaceId, 'members', (edges, personId) =>
        edges.map((edge) =>
          personId(edge) === String(variables.personId) ? { ...edge, node: { ...edge.node, role } } : edge,
        ),
      );
    },
  });
  const setMemberRole = (variables: SetMemberRoleMutationVariables) =>
    mutate({
      variables,
      refetchQueries:
        String(variables.personId) === viewerId
          ? [
              { query: SpaceViewerMembershipDocument, variables: { id: variables.spaceId } },
              VIEWER_CAN_MODERATE,
            ]
          : [],
      awaitRefetchQueries: true,
    });
  return [setMemberRole, result] as const;
}

/** ID variables are typed string | number; ids in the cache are strings. */
type Id = string | number;
type PeopleEdge = { node: { person: Reference | { id: string } } & Record<string, unknown> } & Record<
  string,
  unknown
>;
type PeoplePage = { totalCount: number; edges: PeopleEdge[] };

/**
 * Rewrites one of the space's lists of people in the cache, every page size it was read with
 * (`change` gets the edges shown and how to read an edge's person id). Keeps the pages shown.
 */
function editPeople(
  cache: ApolloCache,
  spaceId: Id,
  list: PeopleList,
  change: (edges: PeopleEdge[], personId: (edge: PeopleEdge) => string | undefined) => PeopleEdge[],
): void {
  const modify: Modifier<PeoplePage | null> = (existing, { readField }) => {
    if (!existing) return existing;
    const edges = change(existing.edges, (edge) => readField<string>('id', edge.node.person as Reference));
    return { ...existing, edges, totalCount: existing.totalCount - (existing.edges.length - edges.length) };
  };
  cache.modify({
    id: cache.identify({ __typename: 'Space', id: String(spaceId) }),
    fields: { [list]: modify } as Modifiers,
  });
}

/** The person leaves the list as they just left it on the server. */
function dropPerson(cache: ApolloCache, spaceId: Id, list: PeopleList, personId: Id): void {
  editPeople(cache, spaceId, list, (edges, idOf) => edges.filter((edge) => idOf(edge) !== String(personId)));
}
