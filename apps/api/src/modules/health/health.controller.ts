import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../../common/decorators/public.decorator';
import { HealthService } from './health.service';

/** Probes for orchestrators and load balancers; public, cheap, never cached. */
@Public()
@Controller()
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** The process is up and serving HTTP. */
  @Get('healthz')
  @HttpCode(200)
  healthz(@Res({ passthrough: true }) res: Response): { status: 'ok' } {
    res.setHeader('Cache-Control', 'no-store');
    return { status: 'ok' };
  }

  /** The process can do its work: the database answers in time. 503 when not. */
  @Get('readyz')
  async readyz(
    @Res({ passthrough: true }) res: Response,
  ): Promise<{ status: 'ok' | 'unavailable'; database: string }> {
    res.setHeader('Cache-Control', 'no-store');
    const database = await this.health.checkDatabase();
    if (database !== 'ok') res.status(503);
    return { status: database === 'ok' ? 'ok' : 'unavailable', database };
  }
}
