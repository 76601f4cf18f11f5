import { Field, Int, ObjectType, ID, registerEnumType } from '@nestjs/graphql';
import { ReactionKind } from '@commons/shared';
import { Person } from '../people/person.entity';
import { PageInfo } from '../../common/graphql/connection.model';

registerEnumType(ReactionKind, {
  name: 'ReactionKind',
  description: 'The fixed set of reactions, in display order.',
});

@ObjectType({ description: 'How many people reacted with one kind.' })
export class ReactionCount {
  @Field(() => ReactionKind)
  kind!: ReactionKind;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: "An item's reactions after a change: every kind's count and the viewer's own." })
export class ReactionSummary {
  @Field(() => ID)
  targetId!: string;

  @Field(() => [ReactionCount], { description: 'All five kinds in fixed order, zeros included.' })
  counts!: ReactionCount[];

  @Field(() => ReactionKind, { nullable: true })
  myReaction!: ReactionKind | null;
}

@ObjectType()
export class ReactorEdge {
  @Field()
  cursor!: string;

  @Field(() => Person)
  node!: Person;

  @Field(() => ReactionKind)
  kind!: ReactionKind;

  @Field(() => Date)
  reactedAt!: Date;

  /** For the person loader; not exposed. */
  personId!: string;
}

@ObjectType({ description: 'Who reacted, newest first.' })
export class ReactorConnection {
  @Field(() => [ReactorEdge])
  edges!: ReactorEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

/** The viewer's reaction to the item `idSql` (NULL for none), as SQL for a statement that lists items. */
export function myReactionSql(idSql: string, personParam: string): string {
  return `(SELECT r.kind FROM reaction r WHERE r.content_id = ${idSql} AND r.person_id = ${personParam})`;
}
