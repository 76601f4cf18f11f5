import { ArgsType, createUnionType, Field, Int, ObjectType } from '@nestjs/graphql';
import { PAGE_SIZE_MAX } from '@commons/shared';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Article } from '../articles/article.entity';
import { PageInfo } from '../people/person-connection.model';
import { Post } from '../posts/post.model';
import { FEED_PAGE_SIZE_DEFAULT } from './dto/feed.args';

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

@ArgsType()
export class HomeFeedArgs {
  @Field(() => Int, { defaultValue: FEED_PAGE_SIZE_DEFAULT })
  @IsInt()
  @Min(1)
  @Max(PAGE_SIZE_MAX)
  first: number = FEED_PAGE_SIZE_DEFAULT;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string | null;
}
