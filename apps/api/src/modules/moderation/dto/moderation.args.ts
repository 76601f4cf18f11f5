import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from '@commons/shared';

@ArgsType()
export class ModerationQueueArgs {
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
