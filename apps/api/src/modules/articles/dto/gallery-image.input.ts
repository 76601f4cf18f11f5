import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { trim } from '../../../common/transforms/trim.transform';
import { ARTICLE_ALT_MAX_LENGTH } from '../article.entity';

@InputType()
export class GalleryImageInput {
  @Field(() => ID)
  @IsString()
  mediaId!: string;

  @Field({ description: 'Required: what the image shows, for people who cannot see it.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(ARTICLE_ALT_MAX_LENGTH)
  alt!: string;
}
