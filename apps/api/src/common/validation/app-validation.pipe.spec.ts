import { ArgumentMetadata } from '@nestjs/common';
import {
  IsEmail,
  IsNotEmpty,
  IsOptional,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { AppError } from '../errors/app-error';
import { createValidationPipe } from './app-validation.pipe';

class AddressInput {
  @MaxLength(10)
  street!: string;
}

class ExampleInput {
  @IsEmail()
  email!: string;

  @IsNotEmpty()
  @MaxLength(120)
  displayName!: string;

  @IsOptional()
  @MinLength(12)
  password?: string;

  @IsOptional()
  @IsUUID()
  orgUnitId?: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => AddressInput)
  address?: AddressInput;
}

const metadata: ArgumentMetadata = { type: 'body', metatype: ExampleInput, data: 'input' };
const valid = { email: 'anna@demo.commons', displayName: 'Anna' };

async function failure(value: object): Promise<AppError> {
  try {
    await createValidationPipe().transform(value, metadata);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected the pipe to refuse the input');
}

describe('the global validation pipe', () => {
  it('passes valid input through as an instance of its class, without unknown properties', async () => {
    const out = await createValidationPipe().transform({ ...valid, isAdmin: true }, metadata);
    expect(out).toBeInstanceOf(ExampleInput);
    expect(out).toEqual({ email: 'anna@demo.commons', displayName: 'Anna' });
  });

  it.each([
    ['email', 'INVALID_EMAIL', { ...valid, email: 'not-an-email' }],
    ['displayName', 'TOO_LONG', { ...valid, displayName: 'x'.repeat(10_000) }],
    ['displayName', 'REQUIRED', { ...valid, displayName: '' }],
    ['password', 'TOO_SHORT', { ...valid, password: 'short' }],
    ['orgUnitId', 'INVALID_ID', { ...valid, orgUnitId: 'unit-7' }],
    ['street', 'TOO_LONG', { ...valid, address: { street: 'A very long street name' } }],
  ])('refuses a bad %s as BAD_USER_INPUT with reason %s', async (field, reason, value) => {
    const error = await failure(value);
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field, reason });
    expect(error.message).toContain(field);
  });
});
