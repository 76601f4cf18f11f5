import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

interface RequestContext {
  requestId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** An incoming X-Request-Id is kept when it looks like an id (a proxy's), never arbitrary text. */
const ACCEPTABLE_ID = /^[A-Za-z0-9._:-]{8,128}$/;

export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * Gives every request an id: the caller's X-Request-Id or a new UUID. It is echoed in the
 * response, bound to every log line of the request and put on every GraphQL error, so a person
 * reporting a problem and the logs meet on one value.
 */
export function requestIdMiddleware(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.header(REQUEST_ID_HEADER);
  const requestId = incoming && ACCEPTABLE_ID.test(incoming) ? incoming : randomUUID();
  (req as Request & { id: string }).id = requestId;
  res.setHeader('X-Request-Id', requestId);
  storage.run({ requestId }, next);
}

/** The current request's id, wherever in its handling this runs; undefined outside a request. */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
