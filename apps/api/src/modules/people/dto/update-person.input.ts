import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import {
  DISPLAY_NAME_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  Language,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PHONE_MAX_LENGTH,
  Role,
  TITLE_MAX_LENGTH,
} from '@commons/shared';
import { trim } from '../../../common/transforms/trim.transform';
import { IsCommonsEmail } from './is-commons-email.decorator';

/** Omitted fields stay; `title`, `phone`, `locationId` set to null are cleared; `orgUnitId` moves the person. */
@InputType()
export class UpdatePersonInput {
  @Field({ nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(EMAIL_MAX_LENGTH)
  @IsCommonsEmail()
  email?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(DISPLAY_NAME_MAX_LENGTH)
  displayName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(TITLE_MAX_LENGTH)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(PHONE_MAX_LENGTH)
  phone?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  orgUnitId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  locationId?: string | null;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field(() => Language, { nullable: true })
  @IsOptional()
  @IsEnum(Language)
  language?: Language;

  /** Sets a new password and ends the person's sessions. */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password?: string;
}
