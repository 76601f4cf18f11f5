import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';

/** The settings sign-in needs, in the units this module works in. */
@Injectable()
export class AuthSettings {
  constructor(private readonly config: AppConfig) {}

  get sessionSecret(): string {
    return this.config.SESSION_SECRET;
  }

  /** A session unused for this long is refused. */
  get idleTimeoutSeconds(): number {
    return this.config.SESSION_IDLE_TIMEOUT_MINUTES * 60;
  }

  /** A session older than this is refused however active it is. */
  get absoluteTimeoutSeconds(): number {
    return this.config.SESSION_ABSOLUTE_TIMEOUT_HOURS * 60 * 60;
  }

  /** How often ended sessions and old sign-in failures are deleted (0 = never). */
  get cleanupIntervalMs(): number {
    return this.config.SESSION_CLEANUP_INTERVAL_MS;
  }

  /** Secure cookies whenever the public address is https. */
  get secureCookies(): boolean {
    return this.config.secureCookies;
  }
}
