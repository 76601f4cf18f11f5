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

export const SpaceMembersPageFieldsFragment = graphql(`
  fragment SpaceMembersPageFields on SpaceMemberConnection {
    totalCount
    edges {
      cursor
      node {
        ...SpaceMemberFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
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
        ...SpaceMembersPageFields
      }
      pendingInvitations(first: $membersFirst) {
        ...SpaceMembersPageFields
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

/**
 * The next page of a space's members, or (`invitations`) of its pending invitations, for "Show more"
 * (showMorePeople appends it). One query for both lists: they are the same kind of page.
 */
export const SpaceMembersPageDocument = graphql(`
  query SpaceMembersPage($id: ID!, $first: Int!, $after: String, $invitations: Boolean!) {
    space(id: $id) {
      id
      members(first: $first, after: $after) @skip(if: $invitations) {
        ...SpaceMembersPageFields
      }
      pendingInvitations(first: $first, after: $after) @include(if: $invitations) {
        ...SpaceMembersPageFields
      }
    }
  }
`);

/**
 * A space with its members and, for its moderators, the invitations not yet answered and the
 * requests waiting for a decision.
 */
export function useSpace(id: string) {
  return useQuery(SpaceDetailsDocument, { variables: { id, membersFirst: SPACE_MEMBERS_PAGE_SIZE } });
}

/** The space's paged lists of people. */
export type PeopleList = 'members' | 'pendingInvitations';

/**
 * "Show more" members or invitations: fetches the page after the last one shown and appends it to
 * the space's first page in the cache (these lists have no cache policy of their own). Removing a
 * member, withdrawing an invitation and changing a role edit the lists shown in place
 * (space-mutations.ts); other changes of membership refetch the space, from the first page again.
 */
export async function showMorePeople(query: ReturnType<typeof useSpace>, list: PeopleList, after: string) {
  await query.fetchMore({
    query: SpaceMembersPageDocument,
    variables: {
      id: query.variables?.id ?? '',
      first: SPACE_MEMBERS_PAGE_SIZE,
      after,
      invitations: list === 'pendingInvitations',
    },
    updateQuery: (previous, { fetchMoreResult }) => {
      const shown = previous.space[list];
      const next = fetchMoreResult.space[list];
      if (!shown || !next) return previous;
      return {
        ...previous,
        space: {
          ...previous.space,
          [list]: { ...next, edges: [...shown.edges, ...next.edges] },
        },
      };
    },
  });
}
