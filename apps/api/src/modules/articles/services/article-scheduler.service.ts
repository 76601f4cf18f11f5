import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PeriodicTask } from '../../../common/scheduling/periodic-task';
import { AppConfig } from '../../../config/app-config';
import { AuditService } from '../../audit/audit.service';

export interface TickResult {
  published: string[];
  archived: string[];
}

/**
 * Publishes SCHEDULED articles whose time has come and archives PUBLISHED ones past expire_at,
 * every few seconds, on every replica: each step is one conditional UPDATE, so two replicas ticking
 * together change each row once (the second waits for the first's row lock, then no longer
 * matches). Nothing is held in memory: a restarted or new process picks up whatever is due.
 */
@Injectable()
export class ArticleScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ArticleScheduler.name);
  private readonly task = new PeriodicTask('article scheduler tick', this.logger, async () => {
    const result = await this.tick();
    if (result.published.length || result.archived.length) {
      this.logger.log(
        { published: result.published.length, archived: result.archived.length },
        'article schedule applied',
      );
    }
  });

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.dataSource.isInitialized) return; // schema generation: no database
    this.task.start(this.config.ARTICLE_SCHEDULER_INTERVAL_MS);
  }

  onModuleDestroy(): Promise<void> {
    return this.task.stop();
  }

  /** Publishes what is due and archives what has expired, with an audit entry each, in one transaction. */
  tick(): Promise<TickResult> {
    return this.dataSource.transaction(async (manager) => {
      const published: { id: string; publish_at: Date }[] = await manager.query(
        // Wrapped in a SELECT: TypeORM returns [rows, count] for a bare UPDATE … RETURNING.
        `WITH changed AS (
           UPDATE article SET status = 'PUBLISHED', published_at = publish_at, updated_at = now()
            WHERE status = 'SCHEDULED' AND publish_at <= now()
            RETURNING id, publish_at
         ) SELECT id, publish_at FROM changed`,
      );
      const archived: { id: string; expire_at: Date }[] = await manager.query(
        `WITH changed AS (
           UPDATE article SET status = 'ARCHIVED', archived_at = expire_at, updated_at = now()
            WHERE status = 'PUBLISHED' AND expire_at <= now()
            RETURNING id, expire_at
         ) SELECT id, expire_at FROM changed`,
      );
      for (const row of published) {
        await this.audit.record(manager, {
          actorId: null,
          action: 'article.publish_due',
          targetType: 'article',
          targetId: row.id,
          details: { publishAt: new Date(row.publish_at).toISOString() },
        });
      }
      for (const row of archived) {
        await this.audit.record(manager, {
          actorId: null,
          action: 'article.expire',
          targetType: 'article',
          targetId: row.id,
          details: { expireAt: new Date(row.expire_at).toISOString() },
        });
      }
      return { published: published.map((r) => r.id), archived: archived.map((r) => r.id) };
    });
  }
}
