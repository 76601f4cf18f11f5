import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { AppError, ErrorCode } from '../errors/app-error';

/**
 * Codes whose message is safe to show as-is: ours, plus the ones Apollo gives for requests that
 * never reached a resolver (unparsable, invalid against the schema, refused by a limit).
 */
const CLIENT_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Nest's HttpExceptions, as our codes. */
const HTTP_STATUS_CODES: Record<number, ErrorCode> = {
  400: ErrorCode.BAD_USER_INPUT,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
  422: ErrorCode.BAD_USER_INPUT,
  429: ErrorCode.TOO_MANY_REQUESTS,
};

export const INTERNAL_MESSAGE = 'Internal server error';

/** True when the client may see this error's message: anything else is masked and logged. */
export function isClientError(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) return true;
  // Nest's HttpExceptions (e.g. from a guard): a 4xx is the client's business, a 5xx is ours.
  if (isNestHttpError(original)) return original.getStatus() < 500;
  // A GraphQLError that wraps nothing else was raised by GraphQL, Apollo or a limit, with a code
  // saying whose fault it is. One without a known code (e.g. a null in a non-null field) is a bug.
  const code = original instanceof GraphQLError ? original.extensions?.code : undefined;
  return typeof code === 'string' && CLIENT_CODES.has(code);
}

const isNestHttpError = (e: unknown): e is { getStatus(): number } =>
  typeof e === 'object' &&
  e !== null &&
  'getStatus' in e &&
  typeof (e as { getStatus: unknown }).getStatus === 'function';

/**
 * What a client sees of an error: message, locations, path and `extensions.code` (+ `field`/`reason`
 * for input errors; errorReportingPlugin adds `requestId`). Never a stack trace, SQL or the
 * text of an unexpected exception: those become INTERNAL_SERVER_ERROR and are logged instead.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const base = { locations: formatted.locations, path: formatted.path };
  if (!isClientError(error)) {
    return { ...base, message: INTERNAL_MESSAGE, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  }
  const ext = formatted.extensions ?? {};
  const original = unwrapResolverError(error);
  const code = isNestHttpError(original)
    ? (HTTP_STATUS_CODES[original.getStatus()] ?? ErrorCode.BAD_USER_INPUT)
    : ext.code;
  const extensions: Record<string, unknown> = { code };
  if (typeof ext.field === 'string') extensions.field = ext.field;
  if (typeof ext.reason === 'string') extensions.reason = ext.reason;
  return { ...base, message: formatted.message, extensions };
}
