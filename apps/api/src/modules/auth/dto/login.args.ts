import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

/**
 * Deliberately loose: a malformed e-mail or a wrong-length password is just wrong credentials, so the
 * answer never hints at what a valid account looks like. Only absurd sizes are cut off early.
 */
@ArgsType()
export class LoginArgs {
  @Field()
  @IsString()
  @MaxLength(1000)
  email!: string;

  @Field()
  @IsString()
  @MaxLength(1000)
  password!: string;
}
