import { useQuery } from '@apollo/client/react';
import { graphql } from '@commons/web-graphql';

export const AudienceOptionsDocument = graphql(`
  query AudienceOptions {
    orgUnits {
      id
      name
      parentId
      level
    }
    locations {
      id
      name
    }
    topics {
      id
      slug
      name
    }
  }
`);

/** The org-unit tree, locations and topics the editor's pickers offer. */
export function useAudienceOptions() {
  return useQuery(AudienceOptionsDocument);
}
