import { screen, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import type { MockLink } from '@apollo/client/testing';
import { PEOPLE_TO_INVITE_LIMIT, PeopleToInviteDocument } from '../api/people-to-invite.query';
import { WithdrawInvitationDocument } from '../api/space-mutations';
import { person } from './spaces-fixtures';

/** People and responses for the members-management tests (members, invitations, inviting). */
export const cia = person('p-cia', 'Cia Berg');
export const dan = person('p-dan', 'Dan Holm');
export const eva = { ...person('p-eva', 'Eva Lind'), title: 'Archivist' };

export function bo() {
  return { id: 'p-bo', displayName: 'Bo Ekström', title: null };
}

/** The invite search answering `search` with `people` (any number of times). */
export function peopleFound(
  search: string,
  people: { id: string; displayName: string; title: string | null }[],
): MockLink.MockedResponse {
  return {
    request: { query: PeopleToInviteDocument, variables: { search, first: PEOPLE_TO_INVITE_LIMIT } },
    result: {
      data: {
        people: {
          __typename: 'PersonConnection',
          edges: people.map((node) => ({
            __typename: 'PersonEdge',
            node: { __typename: 'Person', ...node },
          })),
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** A GraphQL refusal with this code (and reason). */
export const fails = (code: string, reason?: string) => ({
  errors: [new GraphQLError('refused', { extensions: { code, ...(reason && { reason }) } })],
});

export async function membersRegion() {
  return screen.findByRole('region', { name: 'Members' });
}

export function withdrawal(
  personId: string,
  result: MockLink.MockedResponse['result'],
): MockLink.MockedResponse {
  return { request: { query: WithdrawInvitationDocument, variables: { spaceId: 's-1', personId } }, result };
}
export const withdrawn = () => ({ data: { withdrawInvitation: { __typename: 'Space', id: 's-1' } } });

/** Types `search` in the invite field, waits for `name` among the options and picks the first with Enter. */
export async function pickFirst(
  user: ReturnType<typeof userEvent.setup>,
  members: HTMLElement,
  search: string,
  name: RegExp,
) {
  await user.type(within(members).getByRole('combobox', { name: 'Find people to invite' }), search);
  await within(members).findByRole('option', { name });
  await user.keyboard('{Enter}');
}
