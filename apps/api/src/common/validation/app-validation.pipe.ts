import { ValidationPipe } from '@nestjs/common';
import { ErrorCode, AppError } from '../errors/app-error';
import { firstInputProblem } from './validation-reason.util';

/**
 * The global pipe: inputs decorated with class-validator are checked and turned into their
 * classes; unknown properties are stripped. A failure is a BAD_USER_INPUT AppError naming the
 * field and a translatable reason, so domain modules only decorate their inputs.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    transform: true,
    stopAtFirstError: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const problem = firstInputProblem(errors);
      return new AppError(ErrorCode.BAD_USER_INPUT, problem?.message ?? 'The input is not valid.', {
        field: problem?.field,
        reason: problem?.reason ?? 'INVALID',
      });
    },
  });
}
