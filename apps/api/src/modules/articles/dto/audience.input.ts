import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsString } from 'class-validator';

/** More targets than this is a mistake (pick the department instead). */
export const AUDIENCE_MAX_TARGETS = 100;

@InputType({
  description:
    'Both empty: everyone. Units include their sub-units; a person must match both lists that are non-empty.',
})
export class AudienceInput {
  @Field(() => [ID], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(AUDIENCE_MAX_TARGETS)
  @IsString({ each: true })
  orgUnitIds: string[] = [];

  @Field(() => [ID], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(AUDIENCE_MAX_TARGETS)
  @IsString({ each: true })
  locationIds: string[] = [];
}
