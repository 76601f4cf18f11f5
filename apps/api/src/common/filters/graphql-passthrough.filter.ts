import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';

/**
 * In GraphQL, hands every exception to Apollo as it is: formatError decides what the client sees
 * and the error-logging plugin logs the unexpected ones with the request id. Without this, Nest
 * logs every AppError (a wrong password, a missing session) as a server error with a stack.
 * HTTP routes keep Nest's default handling.
 */
@Catch()
export class GraphqlPassthroughFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return exception;
    return super.catch(exception, host);
  }
}
