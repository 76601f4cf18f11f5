import type { LoggerService } from '@nestjs/common';
import type { RootLogger } from './root-logger';

/**
 * Nest's own logs (start-up, module errors, `new Logger(ctx)` in our code) as JSON lines through
 * the process's root pino logger, with Nest's context name as `context`. An Error or an object
 * as the first argument becomes pino's merge object, so `err` stays structured.
 */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly root: RootLogger) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  private write(
    level: 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal',
    message: unknown,
    rest: unknown[],
  ): void {
    if (!this.root.isLevelEnabled(level)) return;
    // Nest passes the context name last; for errors a stack string may come before it.
    const context = typeof rest.at(-1) === 'string' ? (rest.at(-1) as string) : undefined;
    const args = context === undefined ? rest : rest.slice(0, -1);
    const text = args.find((a): a is string => typeof a === 'string');
    if (message instanceof Error) {
      this.root[level]({ context, err: message }, text ?? message.message);
    } else if (typeof message === 'object' && message !== null) {
      this.root[level]({ context, ...message }, text);
    } else {
      this.root[level]({ context, ...(text && level === 'error' ? { stack: text } : {}) }, String(message));
    }
  }
}
