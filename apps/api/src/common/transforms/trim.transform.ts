import { TransformFnParams } from 'class-transformer';

/** `@Transform(trim)`: surrounding space is never meant, and "   " must count as empty. */
export const trim = ({ value }: TransformFnParams): unknown =>
  typeof value === 'string' ? value.trim() : value;

/** Trims, and turns an empty optional text into null (no value), leaving undefined (not given) alone. */
export function optionalText(value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null) return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
