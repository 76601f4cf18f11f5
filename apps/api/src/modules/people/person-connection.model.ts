import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Person } from './person.entity';
import { Connection } from '../../common/graphql/connection.model';

@ObjectType({ description: 'A page of the directory, ordered by display name.' })
export class PersonConnection extends Connection(() => Person, 'Person') {
  @Field(() => Int, { description: 'People matching the filters, across all pages.' })
  totalCount!: number;
}
