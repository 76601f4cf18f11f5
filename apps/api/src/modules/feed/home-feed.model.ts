import { createUnionType, Field, ObjectType } from '@nestjs/graphql';
import { Article } from '../articles/article.entity';
import { PageInfo } from '../people/person-connection.model';
import { Post } from '../posts/post.model';

export const HomeFeedItem = createUnionType({
  name: 'HomeFeedItem',
  description: 'An article, or a staff post from one of the viewer’s spaces.',
  types: () => [Article, Post] as const,
  resolveType: (value: object) => (value instanceof Post ? Post : Article),
});

@ObjectType()
export class HomeFeedEdge {
  @Field()
  cursor!: string;

  @Field(() => HomeFeedItem)
  node!: Article | Post;
}

@ObjectType({ description: 'A page of the home feed; keyset cursors.' })
export class HomeFeedConnection {
  @Field(() => [HomeFeedEdge])
  edges!: HomeFeedEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
