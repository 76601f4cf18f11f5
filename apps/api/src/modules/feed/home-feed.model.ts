import { createUnionType, ObjectType } from '@nestjs/graphql';
import { Article } from '../articles/article.entity';
import { Post } from '../posts/post.model';
import { Connection } from '../../common/graphql/connection.model';

export const HomeFeedItem = createUnionType({
  name: 'HomeFeedItem',
  description: 'An article, or a staff post from one of the viewer’s spaces.',
  types: () => [Article, Post] as const,
  resolveType: (value: object) => (value instanceof Post ? Post : Article),
});

@ObjectType({ description: 'A page of the home feed; keyset cursors.' })
export class HomeFeedConnection extends Connection<Article | Post>(() => HomeFeedItem, 'HomeFeed') {}
