import { useQuery } from '@apollo/client/react';
import { graphql } from '@commons/web-graphql';

export const SPACE_MEMBERS_PAGE_SIZE = 50;

export const SpaceMemberFieldsFragment = graphql(`
  fragment SpaceMemberFields on SpaceMember {
    role
    status
    createdAt
    joinedAt
    person {
      id
      displayName
      title
    }
  }
`);

export const SpaceDetailsDocument = graphql(`
  query SpaceDetails($id: ID!, $membersFirst: Int!) {
    space(id: $id) {
      id
      name
      description
      visibility
      memberCount
      cover {
        id
        alt
        url
        width
        height
        srcSet
        sizes
      }
      viewerCanPost
      viewerCanModerate
      viewerMembership {
        status
        role
      }
      members(first: $membersFirst) {
        totalCount
        edges {
          cursor
          node {
            ...SpaceMemberFields
          }
        }
      }
      pendingRequests(first: $membersFirst) {
        totalCount
        edges {
          cursor
          node {
            ...SpaceMemberFields
          }
        }
      }
    }
  }
`);

/** A space with its members and, for its moderators, the requests waiting for a decision. */
export function useSpace(id: string) {
  return useQuery(SpaceDetailsDocument, { variables: { id, membersFirst: SPACE_MEMBERS_PAGE_SIZE } });
}
