import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

/** An incoming X-Request-Id is kept when it looks like an id (a proxy's), never arbitrary text. */
const ACCEPTABLE_ID = /^[A-Za-z0-9._:-]{8,128}$/;

export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * Gives every request an id: the caller's X-Request-Id or a new UUID. It is echoed in the
 * response, put on the request's log line and on every GraphQL error of the request, so a person
 * reporting a problem and the logs meet on one value.
 */
export function requestIdMiddleware(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.header(REQUEST_ID_HEADER);
  const requestId = incoming && ACCEPTABLE_ID.test(incoming) ? incoming : randomUUID();
  (req as Request & { id: string }).id = requestId;
  res.setHeader('X-Request-Id', requestId);
  next();
}

/** The id requestIdMiddleware gave this request. */
export function requestIdOf(req: object | undefined): string | undefined {
  return (req as { id?: string } | undefined)?.id;
}
