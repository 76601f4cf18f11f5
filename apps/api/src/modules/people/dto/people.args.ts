import { PageArgs } from '../../../common/graphql/page.args';
import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { SEARCH_MAX_LENGTH } from '@commons/shared';

@ArgsType()
export class PeopleArgs extends PageArgs {
  /** Matches anywhere in the name, title or e-mail, case-insensitively. */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_MAX_LENGTH)
  search?: string | null;

  /** Only people in this unit or any unit below it. */
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  orgUnitId?: string | null;

  /** Admins only; ignored for everyone else. */
  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  includeInactive: boolean = false;
}
