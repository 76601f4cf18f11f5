import { useMutation } from '@apollo/client/react';
import { graphql } from '@commons/web-graphql';

export const ReportContentDocument = graphql(`
  mutation ReportContent($targetId: ID!, $reason: String!) {
    report(targetId: $targetId, reason: $reason) {
      id
      status
    }
  }
`);

export function useReportContent() {
  return useMutation(ReportContentDocument);
}
