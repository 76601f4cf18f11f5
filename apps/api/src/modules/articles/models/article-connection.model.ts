import { ObjectType } from '@nestjs/graphql';
import { Article } from '../article.entity';
import { Connection } from '../../../common/graphql/connection.model';

@ObjectType({ description: 'A page of articles (feed, studio lists); keyset cursors.' })
export class ArticleConnection extends Connection(() => Article, 'Article') {}
