import { useQuery } from '@apollo/client/react';
import { graphql } from '@commons/web-graphql';

/** Whether the viewer moderates anything (editors, or a space's owners and moderators): the API decides. */
export const ViewerCanModerateDocument = graphql(`
  query ViewerCanModerate {
    viewerCanModerate
  }
`);

export function useViewerCanModerate() {
  return useQuery(ViewerCanModerateDocument);
}
