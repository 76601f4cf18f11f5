import { graphql } from '@commons/web-graphql';

/**
 * What a post card in the home feed shows: the space card's fields plus the space it was posted in
 * (the home feed mixes the posts of all the viewer's spaces). Spread by name in the home feed query.
 */
export const HomeFeedPostFieldsFragment = graphql(`
  fragment HomeFeedPostFields on Post {
    ...SpacePostFields
    space {
      id
      name
    }
  }
`);
