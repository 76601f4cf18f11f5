import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { MENTION_CANDIDATES_MAX, PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX, SEARCH_MAX_LENGTH } from '@commons/shared';

@ArgsType()
export class CommentsArgs {
  @Field(() => Int, { defaultValue: PAGE_SIZE_DEFAULT })
  @IsInt()
  @Min(1)
  @Max(PAGE_SIZE_MAX)
  first: number = PAGE_SIZE_DEFAULT;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string | null;
}

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
