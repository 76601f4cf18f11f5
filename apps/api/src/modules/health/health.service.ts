import { Injectable, Logger } from '@nestjs/common';
import { HealthRepository } from './health.repository';

const READY_TIMEOUT_MS = 2000;

@Injectable()
export class HealthService {
  private readonly logger = new Logger(HealthService.name);

  constructor(private readonly repository: HealthRepository) {}

  /** 'ok', 'timeout' or 'error'. A hung database must not hang the probe, hence the race. */
  async checkDatabase(): Promise<'ok' | 'timeout' | 'error'> {
    if (!this.repository.isInitialized) return 'error';
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), READY_TIMEOUT_MS);
    });
    const query = this.repository.ping().then(
      () => 'ok' as const,
      (error: unknown) => {
        this.logger.warn({ err: error }, 'Readiness check: database query failed');
        return 'error' as const;
      },
    );
    try {
      return await Promise.race([query, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
