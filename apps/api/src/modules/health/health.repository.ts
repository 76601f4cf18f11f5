import { Injectable } from '@nestjs/common';
import { BaseRepository } from '../../database/base.repository';

/** Where the readiness probe reaches PostgreSQL. */
@Injectable()
export class HealthRepository extends BaseRepository {
  /** False before the pool is up (and during schema generation, which has no database). */
  get isInitialized(): boolean {
    return this.dataSource.isInitialized;
  }

  async ping(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }
}
