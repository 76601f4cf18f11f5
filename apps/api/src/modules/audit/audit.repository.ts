import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { BaseRepository } from '../../database/base.repository';
import type { AuditRecord } from './audit.service';

/** Where the audit log reaches PostgreSQL: appends only, inside the caller's transaction. */
@Injectable()
export class AuditRepository extends BaseRepository {
  async append(manager: EntityManager, entry: AuditRecord): Promise<void> {
    await manager.query(
      `INSERT INTO audit_entry (actor_id, action, target_type, target_id, reason, details)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb)`,
      [
        entry.actorId,
        entry.action,
        entry.targetType,
        entry.targetId,
        entry.reason ?? null,
        JSON.stringify(entry.details ?? {}),
      ],
    );
  }
}
