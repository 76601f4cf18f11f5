import type { MockLink } from '@apollo/client/testing';
import { SPACES_PAGE_SIZE, SpacesDocument } from '../api/spaces.query';
import { SPACE_MEMBERS_PAGE_SIZE, SpaceDetailsDocument } from '../api/space.query';
import { SPACE_POSTS_PAGE_SIZE, SpacePostsDocument } from '../api/space-posts.query';

type MockedResponse = MockLink.MockedResponse;
type Visibility = 'OPEN' | 'CLOSED' | 'SECRET';
type Status = 'ACTIVE' | 'REQUESTED' | 'INVITED';

export const person = (id: string, displayName: string) => ({
  __typename: 'Person',
  id,
  displayName,
  title: null as string | null,
});
export const bo = person('p-bo', 'Bo Ekström');
export const annaPerson = person('p-anna', 'Anna Andersson');

export function membership(status: Status | null, role: 'MEMBER' | 'MODERATOR' | 'OWNER' = 'MEMBER') {
  return status ? { __typename: 'SpaceMember', status, role } : null;
}

export function summary(
  id: string,
  name: string,
  visibility: Visibility,
  extra: Record<string, unknown> = {},
) {
  return {
    __typename: 'Space',
    id,
    name,
    description: `About ${name}`,
    visibility,
    memberCount: 3,
    viewerMembership: null,
    ...extra,
  };
}

export function spacesPage(
  scope: 'MINE' | 'DISCOVER',
  nodes: ReturnType<typeof summary>[],
  search: string | null = null,
): MockedResponse {
  return {
    request: { query: SpacesDocument, variables: { filter: { scope, search }, first: SPACES_PAGE_SIZE } },
    result: {
      data: {
        spaces: {
          __typename: 'SpaceConnection',
          edges: nodes.map((node) => ({ __typename: 'SpaceEdge', cursor: `c-${node.id}`, node })),
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export const memberEdge = (p: ReturnType<typeof person>, role: string, status: Status = 'ACTIVE') => ({
  __typename: 'SpaceMemberEdge',
  cursor: `m-${p.id}`,
  node: {
    __typename: 'SpaceMember',
    role,
    status,
    createdAt: '2026-11-01T09:00:00.000Z',
    joinedAt: null,
    person: p,
  },
});

/** A page of members; by default more follow (after the last one's cursor) when totalCount is larger. */
export function memberPage(
  edges: ReturnType<typeof memberEdge>[],
  totalCount: number,
  hasNextPage = totalCount > edges.length,
) {
  const shown = edges.at(-1);
  return {
    __typename: 'SpaceMemberConnection',
    totalCount,
    edges,
    pageInfo: {
      __typename: 'PageInfo',
      hasNextPage,
      endCursor: shown?.cursor ?? null,
    },
  };
}

export function spaceDetails(
  visibility: Visibility,
  status: Status | null,
  {
    uses = 1,
    moderator = false,
    owner = false,
    others = [],
    membersTotal,
    invited = [],
    invitedTotal,
  }: {
    uses?: number;
    /** anna moderates the space (`owner`: she owns it too). */
    moderator?: boolean;
    owner?: boolean;
    /** Members after bo and anna, and how many there are in all (more than shown: "Show more"). */
    others?: ReturnType<typeof memberEdge>[];
    membersTotal?: number;
    /** Invitations not yet answered (moderators see them), and how many there are in all. */
    invited?: ReturnType<typeof person>[];
    invitedTotal?: number;
  } = {},
): MockedResponse {
  const member = status === 'ACTIVE';
  const canSee = visibility === 'OPEN' || member;
  const annaRole = owner ? 'OWNER' : moderator ? 'MODERATOR' : 'MEMBER';
  moderator = moderator || owner;
  const members = [memberEdge(bo, 'OWNER'), ...(member ? [memberEdge(annaPerson, annaRole)] : []), ...others];
  return {
    request: { query: SpaceDetailsDocument, variables: { id: 's-1', membersFirst: SPACE_MEMBERS_PAGE_SIZE } },
    result: {
      data: {
        space: {
          __typename: 'Space',
          id: 's-1',
          name: 'Lunch walks',
          description: 'We walk at noon.',
          visibility,
          memberCount: membersTotal ?? members.length,
          cover: null,
          viewerCanPost: member,
          viewerCanModerate: moderator,
          viewerMembership: membership(status, annaRole),
          members: canSee ? memberPage(members, membersTotal ?? members.length) : null,
          pendingInvitations: moderator
            ? memberPage(
                invited.map((p) => memberEdge(p, 'MEMBER', 'INVITED')),
                invitedTotal ?? invited.length,
              )
            : null,
          pendingRequests: moderator
            ? {
                __typename: 'SpaceMemberConnection',
                totalCount: 1,
                edges: [memberEdge(person('p-cia', 'Cia Berg'), 'MEMBER', 'REQUESTED')],
              }
            : null,
        },
      },
    },
    maxUsageCount: uses,
  };
}

export function poll(extra: Record<string, unknown> = {}) {
  return {
    __typename: 'Poll',
    id: 'poll-1',
    question: 'Which day?',
    choice: 'SINGLE',
    ballot: 'ANONYMOUS',
    closed: false,
    closesAt: null,
    viewerVote: [],
    options: [
      { __typename: 'PollOption', id: 'o-1', label: 'Tuesday', position: 0 },
      { __typename: 'PollOption', id: 'o-2', label: 'Thursday', position: 1 },
    ],
    results: null,
    ...extra,
  };
}

export function post(id: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'Post',
    id,
    bodyHtml: '<p>We meet at the entrance.</p>',
    link: null,
    createdAt: '2026-11-20T09:00:00.000Z',
    editedAt: null,
    isShare: false,
    sharedItemAvailable: false,
    viewerCanEdit: false,
    viewerCanDelete: false,
    viewerCanCurate: false,
    featured: false,
    hidden: null as { __typename: string; at: string; reason: string | null } | null,
    author: { __typename: 'Person', id: bo.id, displayName: bo.displayName },
    images: [],
    poll: null,
    sharedItem: null,
    ...extra,
  };
}

export function spacePosts(
  nodes: ReturnType<typeof post>[],
  uses = Number.POSITIVE_INFINITY,
): MockedResponse {
  return {
    request: { query: SpacePostsDocument, variables: { spaceId: 's-1', first: SPACE_POSTS_PAGE_SIZE } },
    result: {
      data: {
        spacePosts: {
          __typename: 'PostConnection',
          edges: nodes.map((node) => ({ __typename: 'PostEdge', cursor: `c-${node.id}`, node })),
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        },
      },
    },
    maxUsageCount: uses,
  };
}
