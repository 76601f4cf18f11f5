import { useMutation } from '@apollo/client/react';
import { graphql } from '@commons/web-graphql';

export const CreateSpaceDocument = graphql(`
  mutation CreateSpace($input: SpaceInput!) {
    createSpace(input: $input) {
      ...SpaceSummaryFields
    }
  }
`);

export const JoinSpaceDocument = graphql(`
  mutation JoinSpace($id: ID!) {
    joinSpace(id: $id) {
      id
      memberCount
      viewerCanPost
      viewerCanModerate
      viewerMembership {
        status
        role
      }
    }
  }
`);

export const LeaveSpaceDocument = graphql(`
  mutation LeaveSpace($id: ID!) {
    leaveSpace(id: $id) {
      id
      memberCount
      viewerCanPost
      viewerCanModerate
      viewerMembership {
        status
        role
      }
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
