import { useQuery } from '@apollo/client/react';
import { graphql } from '@commons/web-graphql';

export const MyMustReadsDocument = graphql(`
  query MyMustReads {
    myMustReads {
      ...ArticleCardFields
    }
  }
`);

/** Must-reads the viewer has not yet acknowledged, due first. */
export function useMyMustReads() {
  return useQuery(MyMustReadsDocument);
}
