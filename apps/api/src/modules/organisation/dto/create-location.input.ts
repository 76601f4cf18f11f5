import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { ADDRESS_MAX_LENGTH, LOCATION_NAME_MAX_LENGTH } from '@commons/shared';
import { trim } from '../../../common/transforms/trim.transform';

@InputType()
export class CreateLocationInput {
  @Field()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(LOCATION_NAME_MAX_LENGTH)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(ADDRESS_MAX_LENGTH)
  address?: string | null;
}
