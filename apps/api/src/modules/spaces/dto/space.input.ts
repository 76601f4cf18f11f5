import { Field, ID, InputType } from '@nestjs/graphql';
import {
  SPACE_COVER_ALT_MAX_LENGTH,
  SPACE_DESCRIPTION_MAX_LENGTH,
  SPACE_NAME_MAX_LENGTH,
  SpaceVisibility,
} from '@commons/shared';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';

/**
 * Create: name and visibility required. Update: every field optional; null clears the cover.
 * Text is plain: markup is stripped on the server (spaces.service.ts), then lengths are checked.
 * The raw length limit here is generous, so a pasted tag does not fail before it is stripped.
 */
@InputType()
export class SpaceInput {
  @Field(() => String, { nullable: true, description: `Plain text, 1–${SPACE_NAME_MAX_LENGTH} characters.` })
  @IsOptional()
  @IsString()
  @MaxLength(SPACE_NAME_MAX_LENGTH * 4)
  name?: string;

  @Field(() => String, {
    nullable: true,
    description: `Plain text, up to ${SPACE_DESCRIPTION_MAX_LENGTH} characters.`,
  })
  @IsOptional()
  @IsString()
  @MaxLength(SPACE_DESCRIPTION_MAX_LENGTH * 4)
  description?: string | null;

  @Field(() => SpaceVisibility, { nullable: true })
  @IsOptional()
  @IsEnum(SpaceVisibility)
  visibility?: SpaceVisibility;

  @Field(() => ID, {
    nullable: true,
    description: 'An uploaded image (media id); coverAlt is then required.',
  })
  @IsOptional()
  @IsString()
  coverMediaId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(SPACE_COVER_ALT_MAX_LENGTH)
  coverAlt?: string | null;
}
