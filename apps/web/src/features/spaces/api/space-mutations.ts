import { useMutation } from '@apollo/client/react';
import { graphql } from '@commons/web-graphql';

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

/**
 * Refetched after a change of membership: the member list, requests and the lists of spaces. Not the
 * feed: a CLOSED space's feed is FORBIDDEN to non-members, so the page mounts it anew once it may be read.
 */
const SPACE_QUERIES = ['SpaceDetails', 'Spaces'];

export function useCreateSpace() {
  return useMutation(CreateSpaceDocument, { refetchQueries: ['Spaces'] });
}
export function useJoinSpace() {
  return useMutation(JoinSpaceDocument, { refetchQueries: SPACE_QUERIES, awaitRefetchQueries: true });
}
export function useLeaveSpace() {
  return useMutation(LeaveSpaceDocument, { refetchQueries: SPACE_QUERIES, awaitRefetchQueries: true });
}
export function useApproveMembership() {
  return useMutation(ApproveMembershipDocument, { refetchQueries: ['SpaceDetails'], awaitRefetchQueries: true });
}
export function useRejectMembership() {
  return useMutation(RejectMembershipDocument, { refetchQueries: ['SpaceDetails'], awaitRefetchQueries: true });
}
/** Moderators and owners; refetches the space: someone who had asked to join is now a member. */
export function useInviteToSpace() {
  return useMutation(InviteToSpaceDocument, { refetchQueries: ['SpaceDetails'], awaitRefetchQueries: true });
}
/** Removes a member (never used for invitations: see useWithdrawInvitation). */
export function useRemoveMember() {
  return useMutation(RemoveMemberDocument, { refetchQueries: ['SpaceDetails'], awaitRefetchQueries: true });
}
/** Takes back an invitation not yet answered (NOT_FOUND if there is none); never removes a member. */
export function useWithdrawInvitation() {
  return useMutation(WithdrawInvitationDocument, { refetchQueries: ['SpaceDetails'], awaitRefetchQueries: true });
}
/** Owners. The space is refetched: an owner who steps down changes what they may do. */
export function useSetMemberRole() {
  return useMutation(SetMemberRoleDocument, { refetchQueries: ['SpaceDetails'], awaitRefetchQueries: true });
}
