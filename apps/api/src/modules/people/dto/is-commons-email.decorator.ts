import { ValidateBy, ValidationOptions } from 'class-validator';
import { isValidEmail, normaliseEmail } from '@commons/shared';

/**
 * The same e-mail rule the web applies (libs/shared). Named `isEmail` so validation errors map to
 * reason INVALID_EMAIL like class-validator's own.
 */
export function IsCommonsEmail(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isEmail',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isValidEmail(normaliseEmail(value)),
        defaultMessage: () => '$property must be an e-mail address',
      },
    },
    options,
  );
}
