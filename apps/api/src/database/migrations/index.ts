import { Foundation1763900000000 } from './1763900000000-foundation';
import { PersonTitleSearch1763910000000 } from './1763910000000-person-title-search';
import { News1763920000000 } from './1763920000000-news';
import { ArticleAuthor1763930000000 } from './1763930000000-article-author';
import { FeedStatistics1763935000000 } from './1763935000000-feed-statistics';
import { ConversationCore1764000000000 } from './1764000000000-conversation-core';
import { SpacesPosts1764020000000 } from './1764020000000-spaces-posts';
import { ReactionsComments1764010000000 } from './1764010000000-reactions-comments';
import { Moderation1764030000000 } from './1764030000000-moderation';
import { SwedishCollation1764040000000 } from './1764040000000-swedish-collation';

/**
 * Every migration, in order. Listed explicitly rather than globbed so they survive the webpack
 * bundle. A new migration is a new file here: raw SQL `up` and `down`, timestamped.
 */
export const migrations = [
  Foundation1763900000000,
  PersonTitleSearch1763910000000,
  News1763920000000,
  ArticleAuthor1763930000000,
  FeedStatistics1763935000000,
  ConversationCore1764000000000,
  ReactionsComments1764010000000,
  SpacesPosts1764020000000,
  Moderation1764030000000,
  SwedishCollation1764040000000,
];
