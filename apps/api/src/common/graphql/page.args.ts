import { ArgsType, Field, Int } from '@nestjs/graphql';
import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from '@commons/shared';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** A keyset page: how many, and after which cursor. Lists with more arguments extend it. */
@ArgsType()
export class PageArgs {
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
