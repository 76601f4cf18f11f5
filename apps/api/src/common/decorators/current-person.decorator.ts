import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { httpOf } from '../../modules/auth/auth-request.util';
import { unauthenticated } from '../errors/app-error';

/** The signed-in person, as the session guard found them at the start of this request. */
export const CurrentPerson = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const person = httpOf(context).req?.person;
  if (!person) throw unauthenticated();
  return person;
});
