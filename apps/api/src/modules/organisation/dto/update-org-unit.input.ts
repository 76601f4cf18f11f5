import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { ORG_UNIT_NAME_MAX_LENGTH, OrgUnitKind } from '@commons/shared';
import { trim } from '../../../common/transforms/trim.transform';

/** Renames or re-kinds a unit; moving it is `moveOrgUnit`. */
@InputType()
export class UpdateOrgUnitInput {
  @Field({ nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(ORG_UNIT_NAME_MAX_LENGTH)
  name?: string;

  @Field(() => OrgUnitKind, { nullable: true })
  @IsOptional()
  @IsEnum(OrgUnitKind)
  kind?: OrgUnitKind;
}
