import type { Server } from 'node:http';
import { HttpAdapterHost } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { AppConfig } from '../../config/app-config';
import { GraphqlPassthroughFilter } from '../filters/graphql-passthrough.filter';
import { requestIdMiddleware } from '../http/request-context';
import { PinoNestLogger } from '../logging/nest-logger';
import { requestLogging } from '../logging/request-logging';
import type { RootLogger } from '../logging/root-logger';
import { securityHeaders } from '../http/security-headers';
import { serveWebApp } from '../http/web-static';
import { createValidationPipe } from '../validation/app-validation.pipe';

/**
 * How long an idle keep-alive connection stays open: longer than the reverse proxy keeps its idle
 * upstream connections (Caddy: 2 minutes), so the proxy, not Node, closes them. With Node's 5 s
 * default the proxy can send a request down a socket Node is closing, and that request fails.
 */
export const KEEP_ALIVE_TIMEOUT_MS = 125_000;

/**
 * Everything about the HTTP pipeline that is not a module: shared by the server, the CLI's schema
 * printer and the test harness, so tests exercise exactly what production runs.
 * Order matters: the request id comes first so every later log line and error carries it.
 */
export function configureApp(app: NestExpressApplication, config: AppConfig, logger: RootLogger): void {
  app.useLogger(new PinoNestLogger(logger));
  app.flushLogs();
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  (app.getHttpServer() as Server).keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  // No ETag on res.send answers: they are per person and never asked for conditionally, yet Express
  // hashed every one (a feed page is ~20 KB). Media and the web app set their own validators.
  app.set('etag', false);

  app.use(requestIdMiddleware);
  app.use(requestLogging(logger));
  app.use(securityHeaders(config));
  app.use(cookieParser(config.SESSION_SECRET));
  app.useBodyParser('json', { limit: config.BODY_LIMIT });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new GraphqlPassthroughFilter(app.get(HttpAdapterHost).httpAdapter));

  serveWebApp(app.getHttpAdapter().getInstance(), config.WEB_DIST_DIR);
}
