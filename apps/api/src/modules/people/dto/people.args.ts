import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX, SEARCH_MAX_LENGTH } from '@commons/shared';

@ArgsType()
export class PeopleArgs {
  /** Matches anywhere in the name, title or e-mail, case-insensitively. */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_MAX_LENGTH)
  search?: string | null;

  /** Only people in this unit or any unit below it. */
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  orgUnitId?: string | null;

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

  /** Admins only; ignored for everyone else. */
  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  includeInactive: boolean = false;
}
