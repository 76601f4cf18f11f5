import { Field, ID, InputType } from '@nestjs/graphql';
import { Language } from '@commons/shared';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { trim } from '../../../common/transforms/trim.transform';
import {
  ARTICLE_ALT_MAX_LENGTH,
  ARTICLE_BYLINE_MAX_LENGTH,
  ARTICLE_SUMMARY_MAX_LENGTH,
  ARTICLE_TEXT_ALTERNATIVE_MAX_LENGTH,
  ARTICLE_TITLE_MAX_LENGTH,
  ARTICLE_VIDEO_URL_MAX_LENGTH,
} from '../article.entity';
import { ArticleFormat } from '../article.enums';
import { DateOnlyScalar } from '../models/date-only.scalar';
import { AudienceInput } from './audience.input';
import { GalleryImageInput } from './gallery-image.input';

export const GALLERY_MAX_IMAGES = 50;
export const ARTICLE_TOPICS_MAX = 10;

/**
 * Create: title required, the rest optional. Update: every field optional, so autosave sends only
 * what changed; null clears an optional field. The body is sanitised on the server whatever is sent.
 * expireAt, reviewBy, pinnedUntil, mustRead and mustReadDue are for editors only.
 */
@InputType()
export class ArticleInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(ARTICLE_TITLE_MAX_LENGTH)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(ARTICLE_SUMMARY_MAX_LENGTH)
  summary?: string | null;

  @Field(() => String, { nullable: true, description: 'HTML; sanitised with an allow-list on the server.' })
  @IsOptional()
  @IsString()
  bodyHtml?: string | null;

  @Field(() => ArticleFormat, { nullable: true })
  @IsOptional()
  @IsEnum(ArticleFormat)
  format?: ArticleFormat;

  @Field(() => Language, { nullable: true })
  @IsOptional()
  @IsEnum(Language)
  language?: Language;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(ARTICLE_BYLINE_MAX_LENGTH)
  byline?: string | null;

  @Field(() => ID, { nullable: true, description: 'Makes this article a language version of that one.' })
  @IsOptional()
  @IsString()
  translationOfId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  coverMediaId?: string | null;

  @Field(() => String, { nullable: true, description: 'Required with a cover.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(ARTICLE_ALT_MAX_LENGTH)
  coverAlt?: string | null;

  @Field(() => [GalleryImageInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(GALLERY_MAX_IMAGES)
  @ValidateNested({ each: true })
  @Type(() => GalleryImageInput)
  gallery?: GalleryImageInput[] | null;

  @Field(() => String, { nullable: true, description: 'https address of the video (allow-listed players).' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(ARTICLE_VIDEO_URL_MAX_LENGTH)
  videoUrl?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  captionsMediaId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Required for an infographic before it is submitted or published.',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(ARTICLE_TEXT_ALTERNATIVE_MAX_LENGTH)
  textAlternative?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(ARTICLE_TOPICS_MAX)
  @IsString({ each: true })
  topicIds?: string[] | null;

  @Field(() => AudienceInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AudienceInput)
  audience?: AudienceInput | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  expireAt?: Date | null;

  @Field(() => DateOnlyScalar, { nullable: true })
  @IsOptional()
  @IsString()
  reviewBy?: string | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  pinnedUntil?: Date | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  mustRead?: boolean;

  @Field(() => DateOnlyScalar, { nullable: true })
  @IsOptional()
  @IsString()
  mustReadDue?: string | null;
}
