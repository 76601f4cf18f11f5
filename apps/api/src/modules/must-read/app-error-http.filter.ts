import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import type { Response } from 'express';
import { AppError, ErrorCode } from '../../common/errors/app-error';

const STATUS: Record<string, number> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.TOO_MANY_REQUESTS]: 429,
};

/**
 * For plain HTTP routes: an AppError (from the session guard or a service) becomes its HTTP status
 * with `{ code, message, field?, reason? }`, not a 500. Other exceptions go on to Nest's handling.
 */
@Catch(AppError)
export class AppErrorHttpFilter implements ExceptionFilter {
  catch(error: AppError, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const { code, field, reason } = error.extensions as { code: string; field?: string; reason?: string };
    const status = STATUS[code];
    if (status === undefined) throw new HttpException('Internal server error', 500);
    res
      .status(status)
      .setHeader('Cache-Control', 'no-store')
      .json({ code, message: error.message, field, reason });
  }
}
