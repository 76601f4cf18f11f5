import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { PeriodicTask } from '../../../common/scheduling/periodic-task';
import { LOGIN_FAILURE_WINDOW_SECONDS } from '../auth.constants';
import { AuthSettings } from '../auth.settings';
import { CredentialRepository } from '../credential.repository';
import { SessionRepository } from '../session.repository';

export interface CleanupResult {
  sessions: number;
  loginFailures: number;
}

/**
 * Deletes what sign-in no longer needs, with the addresses and browsers it names: sessions past
 * their absolute or idle timeout (refused already; otherwise kept until their person signs in
 * again, which may be never) and sign-in failures older than the throttling window. Private by
 * design: nothing is kept longer than it serves. Each step is one DELETE, safe in every replica.
 */
@Injectable()
export class SessionCleanup implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(SessionCleanup.name);
  private readonly task = new PeriodicTask('session cleanup', this.logger, async () => {
    const result = await this.run();
    if (result.sessions || result.loginFailures)
      this.logger.log(result, 'ended sessions and old sign-in failures deleted');
  });

  constructor(
    private readonly sessions: SessionRepository,
    private readonly credentials: CredentialRepository,
    private readonly settings: AuthSettings,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.sessions.connected) return; // schema generation: no database
    this.task.start(this.settings.cleanupIntervalMs);
  }

  onModuleDestroy(): Promise<void> {
    return this.task.stop();
  }

  async run(): Promise<CleanupResult> {
    const sessions = await this.sessions.deleteEnded(this.settings.idleTimeoutSeconds);
    const loginFailures = await this.credentials.deleteOldFailures(LOGIN_FAILURE_WINDOW_SECONDS);
    return { sessions, loginFailures };
  }
}
