import { Field, ID, InputType } from '@nestjs/graphql';
import { POST_IMAGE_ALT_MAX_LENGTH, POST_IMAGES_MAX, POST_LINK_MAX_LENGTH } from '@commons/shared';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { trim } from '../../../common/transforms/trim.transform';
import { PollInput } from '../../polls/dto/poll.input';

@InputType()
export class PostImageInput {
  @Field(() => ID, { description: 'An uploaded image (your own, or any for editors).' })
  @IsString()
  mediaId!: string;

  @Field({ description: 'Required: what the image shows, for people who cannot see it.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(POST_IMAGE_ALT_MAX_LENGTH)
  alt!: string;
}

/** Update: every field optional (null clears link or images). A post needs some content: text, images, a link or a poll. */
@InputType()
export class UpdatePostInput {
  @Field(() => String, {
    nullable: true,
    description: 'Light formatting (p, br, strong, em, lists, code, links); sanitised on the server.',
  })
  @IsOptional()
  @IsString()
  bodyHtml?: string | null;

  @Field(() => [PostImageInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(POST_IMAGES_MAX)
  @ValidateNested({ each: true })
  @Type(() => PostImageInput)
  images?: PostImageInput[] | null;

  @Field(() => String, { nullable: true, description: 'An http or https URL.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(POST_LINK_MAX_LENGTH)
  link?: string | null;
}

@InputType()
export class PostInput extends UpdatePostInput {
  @Field(() => PollInput, { nullable: true, description: 'A poll; fixed once posted (votes may exist).' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PollInput)
  poll?: PollInput | null;
}
