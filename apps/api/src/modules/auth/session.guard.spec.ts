import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Public } from '../../common/decorators/public.decorator';
import { Person } from '../people/person.entity';
import { SessionGuard } from './session.guard';
import { ResolvedSession, SessionService } from './services/session.service';

/** The guard on plain HTTP handlers (controllers); GraphQL is covered end to end in auth.e2e-spec. */
class Handlers {
  @Public()
  open(): string {
    return 'open';
  }

  closed(): string {
    return 'closed';
  }
}

const person = Object.assign(new Person(), { id: 'p1', email: 'anna@demo.commons' });

function httpContext(handler: keyof Handlers, cookie?: string) {
  const req = { headers: cookie ? { cookie } : {}, ip: '127.0.0.1' } as Record<string, unknown>;
  const context = {
    getType: () => 'http',
    getHandler: () => Handlers.prototype[handler],
    getClass: () => Handlers,
    switchToHttp: () => ({ getRequest: () => req, getResponse: () => ({}) }),
  } as unknown as ExecutionContext;
  return { context, req };
}

describe('SessionGuard over HTTP', () => {
  const lookups: string[] = [];
  const sessions = {
    resolve: async (token: string): Promise<ResolvedSession | undefined> => {
      lookups.push(token);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return token === 'good' ? { sessionId: 's1', person } : undefined;
    },
  } as unknown as SessionService;
  const guard = new SessionGuard(new Reflector(), sessions);

  beforeEach(() => (lookups.length = 0));

  it('refuses a handler without @Public() when there is no session', async () => {
    await expect(guard.canActivate(httpContext('closed').context)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
    await expect(
      guard.canActivate(httpContext('closed', 'commons_session=bad').context),
    ).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('lets a @Public() handler through without a session', async () => {
    await expect(guard.canActivate(httpContext('open').context)).resolves.toBe(true);
  });

  it('puts the person on the request when the cookie holds a live session, looking it up once', async () => {
    const { context, req } = httpContext('closed', 'other=1; commons_session=good');
    await expect(guard.canActivate(context)).resolves.toBe(true);
    await expect(guard.canActivate(context)).resolves.toBe(true);
    expect(req['person']).toBe(person);
    expect(req['sessionId']).toBe('s1');
    expect(lookups).toEqual(['good']);
  });

  it('lets every root field of one operation through while the single lookup is still running', async () => {
    // GraphQL guards each root field of `{ orgUnits { id } locations { id } }` in parallel.
    const { context } = httpContext('closed', 'commons_session=good');
    await expect(
      Promise.all([guard.canActivate(context), guard.canActivate(context), guard.canActivate(context)]),
    ).resolves.toEqual([true, true, true]);
    expect(lookups).toEqual(['good']);
  });
});
