import { useMutation } from '@apollo/client/react';
import { graphql } from '@commons/web-graphql';

/** HIDE closes every open report on the content; DISMISS closes this one. The reason is required. */
export const ModerateDocument = graphql(`
  mutation Moderate($reportId: ID!, $action: ModerationAction!, $reason: String!) {
    moderate(reportId: $reportId, action: $action, reason: $reason) {
      id
      status
      targetId
      handledAt
      handledReason
    }
  }
`);

export function useModerate() {
  return useMutation(ModerateDocument);
}
