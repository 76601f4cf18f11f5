import { GraphQLError } from 'graphql';

/**
 * The codes a client can rely on (`extensions.code`). The web translates by code (and `field`),
 * so messages here are for logs and API users, not for display.
 */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export interface AppErrorOptions {
  /** The input field at fault, as the client named it (e.g. `displayName`). */
  field?: string;
  /** A stable, translatable reason (e.g. `TOO_LONG`, `CYCLE`, `INVALID_CREDENTIALS`). */
  reason?: string;
}

/** A domain error that reaches the client as-is: a code, an optional field and reason, no stack. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, { extensions: { code, ...options } });
  }
}

export const unauthenticated = () => new AppError(ErrorCode.UNAUTHENTICATED, 'You need to sign in.');
export const forbidden = () => new AppError(ErrorCode.FORBIDDEN, 'You may not do this.');
export const notFound = (what: string) => new AppError(ErrorCode.NOT_FOUND, `${what} not found.`);
export const badInput = (field: string, reason: string, message: string) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, { field, reason });
