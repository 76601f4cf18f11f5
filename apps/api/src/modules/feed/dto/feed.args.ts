import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PAGE_SIZE_MAX } from '@commons/shared';
import { ArticleFormat } from '../../articles/article.enums';

export const FEED_PAGE_SIZE_DEFAULT = 10;

@InputType({ description: 'Narrows the home feed; both conditions apply when both are given.' })
export class FeedFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  topicId?: string | null;

  @Field(() => ArticleFormat, { nullable: true })
  @IsOptional()
  @IsEnum(ArticleFormat)
  format?: ArticleFormat | null;
}

/** A page of a feed (ten cards unless asked). */
@ArgsType()
export class FeedPageArgs {
  @Field(() => Int, { defaultValue: FEED_PAGE_SIZE_DEFAULT })
  @IsInt()
  @Min(1)
  @Max(PAGE_SIZE_MAX)
  first: number = FEED_PAGE_SIZE_DEFAULT;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string | null;
}

@ArgsType()
export class FeedArgs extends FeedPageArgs {
  @Field(() => FeedFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => FeedFilter)
  filter?: FeedFilter | null;
}
