import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { PlainLanguageReport } from '@commons/shared';

@ObjectType()
export class ReadabilityWarning {
  @Field({
    description: 'MISSING_ALT_TEXT, SKIPPED_HEADING_LEVEL, VAGUE_LINK_TEXT, LONG_SENTENCE, TEXT_IN_CAPITALS.',
  })
  code!: string;

  @Field(() => Int)
  blockIndex!: number;

  @Field()
  excerpt!: string;
}

@ObjectType({
  description: 'The plain-language report of the latest revision (the same library as the editor).',
})
export class Readability {
  @Field({ description: 'LIX (Swedish) or FLESCH (English).' })
  scale!: string;

  @Field(() => Float, { nullable: true })
  score!: number | null;

  @Field(() => String, { nullable: true })
  band!: string | null;

  @Field(() => Int)
  readingTimeMinutes!: number;

  @Field(() => [ReadabilityWarning])
  warnings!: ReadabilityWarning[];
}

export function toReadability(report: PlainLanguageReport): Readability {
  return {
    scale: report.scale,
    score: report.score,
    band: report.band,
    readingTimeMinutes: report.readingTimeMinutes,
    warnings: report.warnings.map((w) => ({ code: w.code, blockIndex: w.blockIndex, excerpt: w.excerpt })),
  };
}
