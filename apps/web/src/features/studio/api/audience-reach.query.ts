import { useQuery } from '@apollo/client/react';
import { graphql } from '@commons/web-graphql';

export const AudienceReachDocument = graphql(`
  query AudienceReach($audience: AudienceInput!) {
    audienceReach(audience: $audience)
  }
`);

export function useAudienceReach(orgUnitIds: string[], locationIds: string[]) {
  return useQuery(AudienceReachDocument, {
    variables: { audience: { orgUnitIds, locationIds } },
    // Keep the last number on screen while the next one loads.
    notifyOnNetworkStatusChange: false,
  });
}
