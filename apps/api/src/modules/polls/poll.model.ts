import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PollBallot, PollChoice } from '@commons/shared';

registerEnumType(PollChoice, {
  name: 'PollChoice',
  description: 'SINGLE: one option per ballot; MULTIPLE: any number (at least one).',
});
registerEnumType(PollBallot, {
  name: 'PollBallot',
  description: 'NAMED polls show who voted what; ANONYMOUS ones only counts.',
});

@ObjectType('PollOption')
export class PollOption {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Plain text.' })
  label!: string;

  @Field(() => Int)
  position!: number;
}

/** A poll attached to a post. Seen by whoever may see the post. */
@ObjectType('Poll')
export class Poll {
  @Field(() => ID)
  id!: string;

  postId!: string;

  @Field({ description: 'Plain text.' })
  question!: string;

  @Field(() => PollChoice)
  choice!: PollChoice;

  @Field(() => PollBallot)
  ballot!: PollBallot;

  @Field(() => Date, { nullable: true })
  closesAt!: Date | null;

  @Field(() => [PollOption], { description: 'In the order the author gave.' })
  options!: PollOption[];
}

export interface PollRow {
  id: string;
  post_id: string;
  question: string;
  choice: Poll['choice'];
  ballot: Poll['ballot'];
  closes_at: Date | null;
  options: { id: string; label: string; position: number }[];
}

export function toPoll(row: PollRow): Poll {
  return Object.assign(new Poll(), {
    id: row.id,
    postId: row.post_id,
    question: row.question,
    choice: row.choice,
    ballot: row.ballot,
    closesAt: row.closes_at,
    options: row.options ?? [],
  });
}

@ObjectType('PollOptionResult')
export class PollOptionResult {
  @Field(() => ID)
  optionId!: string;

  @Field(() => Int)
  count!: number;

  /** Person ids; resolved to people for NAMED polls only. */
  voterIds!: string[] | null;
}

@ObjectType('PollResults', { description: 'Shown after the viewer voted, or once the poll has closed.' })
export class PollResults {
  pollId!: string;

  @Field(() => Int, { description: 'People who voted (a multiple-choice ballot counts once).' })
  totalVoters!: number;

  @Field(() => [PollOptionResult], { description: 'Every option, in order, zeros included.' })
  options!: PollOptionResult[];
}
