import { Field, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../people/person-connection.model';
import { Article } from './article.entity';

@ObjectType()
export class ArticleEdge {
  @Field()
  cursor!: string;

  @Field(() => Article)
  node!: Article;
}

@ObjectType({ description: 'A page of articles (feed, studio lists); keyset cursors.' })
export class ArticleConnection {
  @Field(() => [ArticleEdge])
  edges!: ArticleEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
