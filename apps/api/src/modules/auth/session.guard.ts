import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { IS_PUBLIC } from '../../common/decorators/public.decorator';
import { unauthenticated } from '../../common/errors/app-error';
import { httpOf, readSessionToken, type SessionRequest } from './auth-request.util';
import { SessionService } from './services/session.service';

/**
 * The global gate: every HTTP handler and GraphQL operation needs a live session, except those marked
 * `@Public()`. Public handlers still get the person when a valid cookie came along.
 */
@Injectable()
export class SessionGuard implements CanActivate {
  // The lookup in progress or done per request: root fields of one operation are guarded in
  // parallel, and each must wait for the same lookup rather than see a request not yet resolved.
  private readonly lookups = new WeakMap<object, Promise<void>>();

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    const { req } = httpOf(context);
    if (req) {
      // One lookup per request, however many root fields an operation has.
      let lookup = this.lookups.get(req);
      if (!lookup) {
        lookup = this.lookUp(req);
        this.lookups.set(req, lookup);
      }
      await lookup;
    }
    if (!req?.person && !isPublic) throw unauthenticated();
    return true;
  }

  private async lookUp(req: SessionRequest): Promise<void> {
    const token = readSessionToken(req);
    const resolved = token ? await this.sessions.resolve(token) : undefined;
    if (resolved) {
      req.person = resolved.person;
      req.sessionId = resolved.sessionId;
    }
  }
}
