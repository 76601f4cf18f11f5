import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { MENTION_CANDIDATES_MAX, SEARCH_MAX_LENGTH } from '@commons/shared';

@ArgsType()
export class MentionCandidatesArgs {
  @Field(() => String, { description: 'What follows the @, e.g. "ann".' })
  @IsString()
  @MaxLength(SEARCH_MAX_LENGTH)
  search!: string;

  @Field(() => Int, { defaultValue: 8 })
  @IsInt()
  @Min(1)
  @Max(MENTION_CANDIDATES_MAX)
  first: number = 8;
}
