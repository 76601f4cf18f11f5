import { GraphQLError } from 'graphql';
import type { MockLink } from '@apollo/client/testing';

type MockedResponse = MockLink.MockedResponse;
import { CurrentSessionDocument } from '../features/auth/api/current-session.query';
import { HomeGreetingDocument } from '../features/home/api/home-greeting.query';

export const agency = { __typename: 'OrgUnit', id: 'ou-1', name: 'Demo Agency', kind: 'AGENCY' } as const;
export const department = {
  __typename: 'OrgUnit',
  id: 'ou-2',
  name: 'Case Handling',
  kind: 'DEPARTMENT',
} as const;
export const unit = { __typename: 'OrgUnit', id: 'ou-3', name: 'Intake', kind: 'UNIT' } as const;

export const anna = {
  __typename: 'Person',
  id: 'p-anna',
  displayName: 'Anna Andersson',
  role: 'EMPLOYEE',
  language: 'EN',
} as const;

/** Anna is signed in; `person` changes her language or role. */
export function signedIn(person: { language?: 'SV' | 'EN'; role?: string } = {}): MockedResponse {
  return {
    request: { query: CurrentSessionDocument },
    result: { data: { me: { ...anna, ...person } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export function signedOut(): MockedResponse {
  return {
    request: { query: CurrentSessionDocument },
    result: {
      errors: [new GraphQLError('You need to sign in.', { extensions: { code: 'UNAUTHENTICATED' } })],
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export function homeGreeting(): MockedResponse {
  return {
    request: { query: HomeGreetingDocument },
    result: {
      data: {
        me: {
          __typename: 'Person',
          id: anna.id,
          displayName: anna.displayName,
          title: 'Case officer',
          orgUnitPath: [agency, department, unit],
          location: { __typename: 'Location', id: 'loc-1', name: 'Stockholm' },
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
