import { PageArgs } from '../../../common/graphql/page.args';
import { ArgsType, Field, InputType, registerEnumType } from '@nestjs/graphql';
import { SEARCH_MAX_LENGTH } from '@commons/shared';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

export enum SpaceScope {
  /** Every space the viewer may see. */
  ALL = 'ALL',
  /** Spaces the viewer is an active member of. */
  MINE = 'MINE',
  /** Spaces the viewer may see and could join (not yet a member). */
  DISCOVER = 'DISCOVER',
}
registerEnumType(SpaceScope, { name: 'SpaceScope' });

@InputType()
export class SpacesFilter {
  @Field(() => SpaceScope, { defaultValue: SpaceScope.ALL })
  @IsEnum(SpaceScope)
  scope: SpaceScope = SpaceScope.ALL;

  @Field(() => String, {
    nullable: true,
    description: 'Matches the name or description, case-insensitively.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_MAX_LENGTH)
  search?: string | null;
}

@ArgsType()
export class SpacesArgs extends PageArgs {
  @Field(() => SpacesFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SpacesFilter)
  filter?: SpacesFilter | null;
}
