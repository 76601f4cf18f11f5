import type { LoggerService } from '@nestjs/common';

/**
 * Runs `work` every `intervalMs` in this process: at once on start, never two runs at a time (a
 * tick while one runs is skipped), never keeping the process alive on its own, and a failed run
 * is logged, not thrown, so the next tick tries again. Work done this way must be safe to run in
 * every replica at once (one conditional statement per step), as nothing is coordinated here.
 */
export class PeriodicTask {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly name: string,
    private readonly logger: LoggerService,
    private readonly work: () => Promise<void>,
  ) {}

  /** Starts ticking; an interval of 0 or less leaves the task off. */
  start(intervalMs: number): void {
    if (intervalMs <= 0 || this.timer) return;
    this.timer = setInterval(() => void this.runSafely(), intervalMs);
    this.timer.unref();
    void this.runSafely();
  }

  /** Stops ticking and waits for a run in progress. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  private async runSafely(): Promise<void> {
    if (this.running || !this.timer) return;
    this.running = this.work()
      .catch((error: unknown) => {
        this.logger.error(
          { err: error instanceof Error ? error.message : String(error) },
          `${this.name} failed`,
        );
      })
      .finally(() => {
        this.running = null;
      });
    await this.running;
  }
}
