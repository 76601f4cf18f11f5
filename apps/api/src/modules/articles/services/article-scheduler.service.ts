import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { PeriodicTask } from '../../../common/scheduling/periodic-task';
import { AppConfig } from '../../../config/app-config';
import { AuditService } from '../../audit/audit.service';
import { ArticlesRepository } from '../articles.repository';

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
    private readonly articles: ArticlesRepository,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.articles.connected) return; // schema generation: no database
    this.task.start(this.config.ARTICLE_SCHEDULER_INTERVAL_MS);
  }

  onModuleDestroy(): Promise<void> {
    return this.task.stop();
  }

  /** Publishes what is due and archives what has expired, with an audit entry each, in one transaction. */
  tick(): Promise<TickResult> {
    return this.articles.transaction(async (manager) => {
      const published = await this.articles.publishDue(manager);
      const archived = await this.articles.expireDue(manager);
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
