import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

/** What the interface needs from a failed operation: the API's code, and for input errors field and reason. */
export interface AppErrorInfo {
  code: string;
  reason?: string;
  field?: string;
}

/**
 * Reads `extensions.code/reason/field` (see docs/graphql-contract.md). Server messages are English
 * and meant for logs, so the interface translates by code instead of showing them.
 */
export function readAppError(error: unknown): AppErrorInfo {
  if (CombinedGraphQLErrors.is(error)) {
    const extensions = error.errors[0]?.extensions ?? {};
    const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
    return {
      code: text(extensions['code']) ?? 'UNKNOWN',
      reason: text(extensions['reason']),
      field: text(extensions['field']),
    };
  }
  if (ServerError.is(error) && error.statusCode === 429) return { code: 'TOO_MANY_REQUESTS' };
  if (ServerError.is(error) || ServerParseError.is(error) || error instanceof TypeError)
    return { code: 'NETWORK' };
  return { code: 'UNKNOWN' };
}

const KNOWN_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'TOO_MANY_REQUESTS',
  'INTERNAL_SERVER_ERROR',
  'NETWORK',
] as const;
export type GeneralErrorKey = `errors.${(typeof KNOWN_CODES)[number] | 'UNKNOWN'}`;

/** The translation key for an error that has no more specific message on the page. */
export function generalErrorKey(info: AppErrorInfo): GeneralErrorKey {
  return (KNOWN_CODES as readonly string[]).includes(info.code)
    ? (`errors.${info.code}` as GeneralErrorKey)
    : 'errors.UNKNOWN';
}
