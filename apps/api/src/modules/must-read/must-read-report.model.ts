import { Field, Int, ObjectType } from '@nestjs/graphql';
import { OrgUnit } from '../organisation/org-unit.entity';

@ObjectType({
  description: "Acknowledgements of one org unit's members (the unit people belong to directly).",
})
export class MustReadUnitRow {
  @Field(() => OrgUnit)
  orgUnit!: OrgUnit;

  @Field(() => Int)
  acknowledged!: number;

  @Field(() => Int)
  pending!: number;
}

@ObjectType({
  description: 'Who in the audience (active people) has acknowledged the current version of a must-read.',
})
export class MustReadReport {
  @Field(() => Int, { description: 'The version acknowledgements count for.' })
  version!: number;

  @Field(() => Int)
  acknowledged!: number;

  @Field(() => Int)
  pending!: number;

  @Field(() => [MustReadUnitRow], { description: 'By org unit name.' })
  byOrgUnit!: MustReadUnitRow[];

  @Field({ description: 'The same as CSV, one row per person (editors, session cookie).' })
  csvUrl!: string;
}
