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

@InputType()
export class CreatePersonInput {
  @Field()
  @Transform(trim)
  @IsString()
  @MaxLength(EMAIL_MAX_LENGTH)
  @IsCommonsEmail()
  email!: string;

  @Field()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(DISPLAY_NAME_MAX_LENGTH)
  displayName!: string;

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

  @Field(() => ID)
  @IsString()
  orgUnitId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  locationId?: string | null;

  @Field(() => Role, { defaultValue: Role.EMPLOYEE })
  @IsEnum(Role)
  role!: Role;

  @Field(() => Language, { defaultValue: Language.SV })
  @IsEnum(Language)
  language!: Language;

  /** An initial password; without one the person cannot sign in until an admin sets it. */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password?: string | null;
}
