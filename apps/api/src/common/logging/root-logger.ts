import pino, { DestinationStream, Logger as PinoInstance } from 'pino';
import { AppConfig } from '../../config/app-config';

/** Never written to logs: credentials travel in these. */
export const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  'password',
  '*.password',
  'variables.password',
  'variables.currentPassword',
  'variables.newPassword',
  'variables.input.password',
  // TypeORM puts a failed query's parameters on the error: they may hold hashes or personal data.
  'err.parameters',
];

/**
 * The one pino instance of a process: JSON lines on standard output. Start-up code (embedded
 * database, migrations, seed) logs through it before Nest exists; Nest and the request log then reuse it.
 */
export function createRootLogger(
  config: Pick<AppConfig, 'LOG_LEVEL'>,
  destination?: DestinationStream,
): PinoInstance {
  const options = {
    level: config.LOG_LEVEL,
    base: { service: 'commons-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    formatters: { level: (label: string) => ({ level: label }) },
  };
  return destination ? pino(options, destination) : pino(options);
}

export type RootLogger = PinoInstance;
