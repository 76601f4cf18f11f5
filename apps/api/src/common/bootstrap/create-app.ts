import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule, AppModuleOptions } from '../../app.module';
import { configureApp } from './configure-app';

/** The configured Nest application, not yet listening. */
export async function createApp(options: AppModuleOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(options), {
    bufferLogs: true,
    // Parsers are registered by configureApp, after the request-id middleware and with our limit.
    bodyParser: false,
    abortOnError: false,
  });
  configureApp(app, options.config, options.logger);
  return app;
}
