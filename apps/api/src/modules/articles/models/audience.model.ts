import { Field, ObjectType } from '@nestjs/graphql';
import { Location } from '../../organisation/location.entity';
import { OrgUnit } from '../../organisation/org-unit.entity';

@ObjectType({
  description: 'Who an article is for: everyone, or people in (or under) these units AND at these locations.',
})
export class Audience {
  @Field({ description: 'No units and no locations: the whole organisation.' })
  everyone!: boolean;

  @Field(() => [OrgUnit], { description: 'Each includes its sub-units.' })
  orgUnits!: OrgUnit[];

  @Field(() => [Location])
  locations!: Location[];
}
