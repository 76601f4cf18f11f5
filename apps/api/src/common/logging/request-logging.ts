import type { IncomingMessage } from 'node:http';
import { pinoHttp } from 'pino-http';
import type { RootLogger } from './root-logger';

const QUIET_PATHS = new Set(['/healthz', '/readyz']);

/**
 * One JSON line per request (method, path without its query string, status, time, request id)
 * through the root logger. Plain pino-http rather than a Nest module: nothing here binds a logger
 * to an AsyncLocalStorage, whose promise hooks cost a third of a feed request's CPU on Node 20
 * (measured with tools/bench). Code that logs about a request puts the request id in the line.
 */
export function requestLogging(logger: RootLogger) {
  return pinoHttp({
    logger,
    genReqId: (req: IncomingMessage) => (req as IncomingMessage & { id?: string }).id ?? 'unknown',
    // Probes every few seconds would drown the log.
    autoLogging: { ignore: (req: IncomingMessage) => QUIET_PATHS.has((req.url ?? '').split('?')[0]) },
    customLogLevel: (_req, res, err) =>
      err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    serializers: {
      req: (req: { id: string; method: string; url: string; remoteAddress?: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url.split('?')[0], // query strings may carry GraphQL variables
        remoteAddress: req.remoteAddress,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
}
