import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { codeFor } from './media-rejection';

const STATUS_OF_CODE: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  TOO_MANY_REQUESTS: 429,
};

/**
 * The media routes answer every error as JSON `{ statusCode, code, reason, message }`: our own
 * rejections as they are, the session guard's AppError (a GraphQL error) with its HTTP status
 * (401 without a session, not the 500 Nest's default filter would make of it), multer's limit
 * errors with a reason, and anything unexpected as a logged 500 without details.
 */
@Catch()
export class MediaHttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Media');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const { status, body } = this.describe(exception);
    if (res.headersSent) {
      res.destroy();
      return;
    }
    // A refused upload may leave most of its body unread: do not keep reading it on this connection.
    if (status === 413) res.setHeader('Connection', 'close');
    res.status(status).json(body);
  }

  private describe(exception: unknown): { status: number; body: Record<string, unknown> } {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      if (typeof response === 'object' && response !== null && 'reason' in response)
        return { status, body: response as Record<string, unknown> };
      const message =
        typeof response === 'string'
          ? response
          : String((response as { message?: unknown }).message ?? exception.message);
      // Multer's errors, translated by Nest: 413 "File too large", 400 "Unexpected field" and the like.
      const reason = status === 413 ? 'TOO_LARGE' : status === 400 ? 'BAD_MULTIPART' : codeFor(status);
      return { status, body: { statusCode: status, code: codeFor(status), reason, message } };
    }
    if (exception instanceof GraphQLError) {
      const code = String(exception.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
      const status = STATUS_OF_CODE[code] ?? 500;
      if (status === 500) this.logger.error({ err: exception }, 'media request failed');
      const reason = (exception.extensions?.reason as string | undefined) ?? code;
      return {
        status,
        body: {
          statusCode: status,
          code,
          reason,
          message: status === 500 ? 'Something went wrong.' : exception.message,
        },
      };
    }
    this.logger.error({ err: exception }, 'media request failed');
    return {
      status: 500,
      body: {
        statusCode: 500,
        code: 'INTERNAL_SERVER_ERROR',
        reason: 'INTERNAL',
        message: 'Something went wrong.',
      },
    };
  }
}
