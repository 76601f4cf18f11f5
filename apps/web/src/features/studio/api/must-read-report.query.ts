import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '@commons/web-graphql';

export const MustReadReportDocument = graphql(`
  query MustReadReport($articleId: ID!) {
    mustReadReport(articleId: $articleId) {
      version
      acknowledged
      pending
      csvUrl
      byOrgUnit {
        acknowledged
        pending
        orgUnit {
          id
          name
        }
      }
    }
  }
`);

export const RequireAcknowledgementAgainDocument = graphql(`
  mutation RequireAcknowledgementAgain($id: ID!) {
    requireAcknowledgementAgain(id: $id) {
      id
      ackVersion
    }
  }
`);

/** Who has acknowledged a must-read (editors), per org unit. */
export function useMustReadReport(articleId: string) {
  return useQuery(MustReadReportDocument, { variables: { articleId }, fetchPolicy: 'cache-and-network' });
}

export function useRequireAcknowledgementAgain() {
  return useMutation(RequireAcknowledgementAgainDocument, { refetchQueries: ['MustReadReport'] });
}
