import { ArgsType, Field } from '@nestjs/graphql';
import { ReactionKind } from '@commons/shared';
import { IsEnum, IsOptional } from 'class-validator';
import { PageArgs } from '../../../common/graphql/page.args';

@ArgsType()
export class ReactorsArgs extends PageArgs {
  @Field(() => ReactionKind, { nullable: true, description: 'Only this kind; all kinds when absent.' })
  @IsOptional()
  @IsEnum(ReactionKind)
  kind?: ReactionKind | null;
}
