import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { ORG_UNIT_NAME_MAX_LENGTH, OrgUnitKind } from '@commons/shared';
import { trim } from '../../../common/transforms/trim.transform';

@InputType()
export class CreateOrgUnitInput {
  @Field()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(ORG_UNIT_NAME_MAX_LENGTH)
  name!: string;

  @Field(() => OrgUnitKind)
  @IsEnum(OrgUnitKind)
  kind!: OrgUnitKind;

  /** Required for everything but an agency at the top of the tree. */
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  parentId?: string | null;
}
