import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
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

  @Field(() => ID, {
    nullable: true,
    description:
      'The item being commented on (or a comment on it): narrows the people to those who may see it.',
  })
  @IsOptional()
  @IsString()
  targetId?: string | null;
}
