import type { Type } from '@nestjs/common';
import { Field, ObjectType } from '@nestjs/graphql';

/** Where a page ends, Relay style: every list of the API answers with it. */
@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** One page of a keyset-paged list: the shape every `…Connection` type has. */
export interface Page<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
}

/**
 * The GraphQL types of a page of `node`: `<Name>Edge { cursor node }` and a base class for
 * `<Name>Connection { edges pageInfo }`, which the domain extends with its own name, description and any
 * extra fields (e.g. a total):
 *
 *   @ObjectType({ description: 'A page of articles.' })
 *   export class ArticleConnection extends Connection(() => Article, 'Article') {}
 */
export function Connection<T>(node: () => Type<T> | object, name: string): Type<Page<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType implements Edge<T> {
    @Field()
    cursor!: string;

    @Field(node)
    node!: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionType implements Page<T> {
    @Field(() => [EdgeType])
    edges!: Edge<T>[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return ConnectionType as Type<Page<T>>;
}
