import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD (2026-02-30 is refused). */
export function isDateOnly(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

function parse(value: unknown): string {
  if (typeof value !== 'string' || !isDateOnly(value)) {
    throw new GraphQLError('A Date is written YYYY-MM-DD.', {
      extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_DATE' },
    });
  }
  return value;
}

/**
 * `Date`: a calendar day without time or zone (review-by, must-read due). Kept as the string
 * PostgreSQL's `date` gives TypeORM, so no time-zone shift can move it a day.
 */
export const DateOnlyScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) return parse(undefined);
    return parse(ast.value);
  },
});
