import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { ErrorCode, AppError } from '../errors/app-error';
import { firstInputProblem } from './validation-reason.util';

/**
 * The global pipe: inputs decorated with class-validator are checked and turned into their
 * classes; unknown properties are stripped. A failure is a BAD_USER_INPUT AppError naming the
 * field and a translatable reason, so domain modules only decorate their inputs.
 */
export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
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

/**
 * REST bodies, queries and route params, and GraphQL arguments: what callers send. Nest's
 * GraphQL parameter types are numbers (GqlParamtype: ROOT 0, CONTEXT 1, INFO 2, ARGS 3).
 */
const INPUT_PARAM_TYPES = new Set<unknown>(['body', 'query', 'param', 3]);

/**
 * Global pipes run on every resolver parameter, including `@Parent()` of each field resolver,
 * whose class (an entity) the stock pipe would copy and validate for every field of every item.
 * Only input is validated.
 */
class InputValidationPipe extends ValidationPipe {
  protected override toValidate(metadata: ArgumentMetadata): boolean {
    return INPUT_PARAM_TYPES.has(metadata.type) && super.toValidate(metadata);
  }
}
