import { Field, InputType } from '@nestjs/graphql';
import {
  POLL_OPTION_MAX_LENGTH,
  POLL_OPTIONS_MAX,
  POLL_QUESTION_MAX_LENGTH,
  PollBallot,
  PollChoice,
} from '@commons/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDate, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';

/** Question and options are plain text: markup is stripped on the server, then lengths and count are checked. */
@InputType()
export class PollInput {
  @Field({ description: `Plain text, 1–${POLL_QUESTION_MAX_LENGTH} characters.` })
  @IsString()
  @MaxLength(POLL_QUESTION_MAX_LENGTH * 4)
  question!: string;

  @Field(() => [String], {
    description: `2–${POLL_OPTIONS_MAX} options, plain text, 1–${POLL_OPTION_MAX_LENGTH} characters each, all different.`,
  })
  @IsArray()
  @ArrayMaxSize(POLL_OPTIONS_MAX * 2)
  @IsString({ each: true })
  @MaxLength(POLL_OPTION_MAX_LENGTH * 4, { each: true })
  options!: string[];

  @Field(() => PollChoice, { defaultValue: PollChoice.SINGLE })
  @IsEnum(PollChoice)
  choice: PollChoice = PollChoice.SINGLE;

  @Field(() => PollBallot, { defaultValue: PollBallot.ANONYMOUS })
  @IsEnum(PollBallot)
  ballot: PollBallot = PollBallot.ANONYMOUS;

  @Field(() => Date, { nullable: true, description: 'In the future; none: open until the post is deleted.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  closesAt?: Date | null;
}
