import { ForbiddenException, InternalServerErrorException, NotFoundException } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { AppError, badInput, ErrorCode } from '../errors/app-error';
import { formatError } from './format-error.util';

/** What graphql-js does to an exception thrown in a resolver at path `person`. */
const fromResolver = (original: Error) =>
  new GraphQLError(original.message, {
    path: ['person'],
    originalError: original,
    extensions: (original as GraphQLError).extensions,
  });
const format = (error: GraphQLError): GraphQLFormattedError => formatError(error.toJSON(), error);

describe('formatError', () => {
  it('keeps an AppError with its field and reason', () => {
    const out = format(fromResolver(badInput('displayName', 'TOO_LONG', 'displayName is too long')));
    expect(out).toEqual({
      message: 'displayName is too long',
      path: ['person'],
      locations: undefined,
      extensions: { code: 'BAD_USER_INPUT', field: 'displayName', reason: 'TOO_LONG' },
    });
  });

  it('drops extensions a client has no use for', () => {
    const error = new AppError(ErrorCode.NOT_FOUND, 'Person not found.');
    error.extensions.stacktrace = ['at secret (/srv/app.js:1:1)'];
    expect(format(fromResolver(error)).extensions).toEqual({ code: 'NOT_FOUND' });
  });

  it.each([
    [new NotFoundException(), 'NOT_FOUND'],
    [new ForbiddenException(), 'FORBIDDEN'],
  ])('maps a Nest %s to our code', (exception, code) => {
    expect(format(fromResolver(exception)).extensions?.code).toBe(code);
  });

  it.each([
    [
      'a plain Error with SQL in it',
      new Error('duplicate key value violates unique constraint "person_email_uq"'),
    ],
    ['a Nest 5xx', new InternalServerErrorException('db down')],
    [
      'a GraphQLError without a code',
      new GraphQLError('Cannot return null for non-nullable field Person.email.'),
    ],
  ])('masks %s as INTERNAL_SERVER_ERROR', (_name, original) => {
    const out = format(fromResolver(original));
    expect(out.message).toBe('Internal server error');
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});
