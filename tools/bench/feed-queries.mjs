// The home-feed request both paths answer: a page of cards (author, topics, cover, must-read state,
// unread marker, reaction counts, the viewer's reaction, comment count and the two latest comments
// with their authors) and the cursor of the next page.
export const FEED_GRAPHQL = `query Feed($first: Int, $after: String) {
  feed(first: $first, after: $after) {
    edges { cursor node {
      id title summary format publishedAt pinned mustRead mustReadDue acknowledged unread
      author { id displayName }
      topics { id name }
      cover { url alt width height srcSet }
      reactionCounts { kind count } myReaction commentCount
      latestComments { id bodyHtml createdAt author { id displayName } }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

// The home page's request: the same card for news, and for the posts of the viewer's spaces.
export const HOME_GRAPHQL = `query Home($first: Int, $after: String) {
  homeFeed(first: $first, after: $after) {
    edges { cursor node {
      ... on Article {
        id title summary format publishedAt pinned mustRead mustReadDue acknowledged unread
        author { id displayName }
        topics { id name }
        cover { url alt width height srcSet }
        reactionCounts { kind count } myReaction commentCount
        latestComments { id bodyHtml createdAt author { id displayName } }
      }
      ... on Post {
        id bodyHtml createdAt
        author { id displayName }
        reactionCounts { kind count } myReaction commentCount
        latestComments { id bodyHtml createdAt author { id displayName } }
      }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** The feed API's cursor: the common codec's base64url JSON ['feed', asOfMs, pinned, publishedAt text, id]. */
export function decodeCursor(value) {
  const [tag, asOf, pinned, publishedAt, id] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  if (tag !== 'feed') throw new Error(`not a feed cursor: ${value}`);
  return { asOf: new Date(asOf), pinned, publishedAt, id };
}

export function encodeCursor({ asOf, pinned, publishedAt, id }) {
  return Buffer.from(JSON.stringify(['feed', asOf.getTime(), pinned, publishedAt, id])).toString('base64url');
}
