import { ValidationError } from 'class-validator';

/** class-validator constraint names → the stable reasons of docs/graphql-contract.md. */
const REASONS: Record<string, string> = {
  maxLength: 'TOO_LONG',
  arrayMaxSize: 'TOO_LONG',
  max: 'TOO_LARGE',
  minLength: 'TOO_SHORT',
  arrayMinSize: 'TOO_SHORT',
  min: 'TOO_SMALL',
  isEmail: 'INVALID_EMAIL',
  isNotEmpty: 'REQUIRED',
  isDefined: 'REQUIRED',
  isUuid: 'INVALID_ID',
  isEnum: 'INVALID_VALUE',
  isIn: 'INVALID_VALUE',
  isInt: 'INVALID_NUMBER',
  isNumber: 'INVALID_NUMBER',
  isPhoneNumber: 'INVALID_PHONE',
  matches: 'INVALID_FORMAT',
  isUrl: 'INVALID_URL',
  whitelistValidation: 'UNKNOWN_FIELD',
};

export interface InputProblem {
  /** The input property at fault, as the client named it (the innermost one when nested). */
  field: string;
  reason: string;
  message: string;
}

/** The first problem, depth first: the one a person fixes first. */
export function firstInputProblem(errors: ValidationError[]): InputProblem | undefined {
  for (const error of errors) {
    const constraint = Object.keys(error.constraints ?? {})[0];
    if (constraint) {
      return {
        field: error.property,
        reason: REASONS[constraint] ?? 'INVALID',
        message: error.constraints?.[constraint] ?? `${error.property} is not valid`,
      };
    }
    const nested = firstInputProblem(error.children ?? []);
    if (nested) return nested;
  }
  return undefined;
}
