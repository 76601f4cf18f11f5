import { ArgsType, Field, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX, SEARCH_MAX_LENGTH } from '@commons/shared';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';

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
export class PageArgs {
  @Field(() => Int, { defaultValue: PAGE_SIZE_DEFAULT })
  @IsInt()
  @Min(1)
  @Max(PAGE_SIZE_MAX)
  first: number = PAGE_SIZE_DEFAULT;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string | null;
}

@ArgsType()
export class SpacesArgs extends PageArgs {
  @Field(() => SpacesFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SpacesFilter)
  filter?: SpacesFilter | null;
}
