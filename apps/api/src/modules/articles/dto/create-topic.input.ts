import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { trim } from '../../../common/transforms/trim.transform';

export const TOPIC_NAME_MAX_LENGTH = 60;
export const TOPIC_SLUG_MAX_LENGTH = 60;

@InputType()
export class CreateTopicInput {
  @Field()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(TOPIC_NAME_MAX_LENGTH)
  nameSv!: string;

  @Field()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(TOPIC_NAME_MAX_LENGTH)
  nameEn!: string;

  @Field(() => String, { nullable: true, description: 'Made from the Swedish name when left out.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(TOPIC_SLUG_MAX_LENGTH)
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'slug: lower-case letters and digits joined by hyphens' })
  slug?: string;
}
