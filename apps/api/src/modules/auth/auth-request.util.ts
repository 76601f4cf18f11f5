import { ExecutionContext } from '@nestjs/common';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { Person } from '../people/person.entity';
import { SESSION_COOKIE } from './auth.constants';
import { SessionClient } from './services/session.service';

/** The request once the session guard has looked at it. */
export interface SessionRequest extends Request {
  person?: Person;
  sessionId?: string;
}

/** The express request and response behind an HTTP handler or a GraphQL resolver. */
export function httpOf(context: ExecutionContext): { req: SessionRequest; res?: Response } {
  if (context.getType<GqlContextType>() === 'graphql') {
    const ctx = GqlExecutionContext.create(context).getContext<{ req: SessionRequest; res?: Response }>();
    return { req: ctx.req, res: ctx.res ?? ctx.req?.res };
  }
  const http = context.switchToHttp();
  return { req: http.getRequest<SessionRequest>(), res: http.getResponse<Response>() };
}

/** The session token from the cookie; parsed here so it works with or without cookie-parser. */
export function readSessionToken(req: Request): string | undefined {
  const parsed = (req as Request & { cookies?: Record<string, string> }).cookies?.[SESSION_COOKIE];
  if (parsed) return parsed;
  const header = req.headers?.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {
      const value = part.slice(eq + 1).trim();
      return value.length > 0 && value.length <= 200 ? value : undefined;
    }
  }
  return undefined;
}

export function clientOf(req: Request): SessionClient & { ip: string } {
  return {
    ip: req.ip ?? req.socket?.remoteAddress ?? 'unknown',
    userAgent: typeof req.headers?.['user-agent'] === 'string' ? req.headers['user-agent'] : null,
  };
}
