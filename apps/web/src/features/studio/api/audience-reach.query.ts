import { useQuery } from '@apollo/client/react';
import { graphql } from '@commons/web-graphql';

export const AudienceReachDocument = graphql(`
  query AudienceReach($audience: AudienceInput!) {
    audienceReach(audience: $audience)
  }
`);

/** How many active people an audience reaches (editors only; skipped for others, who may not ask). */
export function useAudienceReach(orgUnitIds: string[], locationIds: string[], skip = false) {
  return useQuery(AudienceReachDocument, {
    variables: { audience: { orgUnitIds, locationIds } },
    skip,
    // Keep the last number on screen while the next one loads.
    notifyOnNetworkStatusChange: false,
  });
}
