import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditRepository } from './audit.repository';

export interface AuditRecord {
  /** Who did it; null for the system (seed, jobs). */
  actorId: string | null;
  /** Dotted verb, e.g. `person.deactivate`, `auth.password_change`. */
  action: string;
  targetType: string;
  targetId: string | null;
  reason?: string | null;
  details?: Record<string, unknown>;
}

/**
 * Appends to the audit log. Always called with the caller's transaction manager, so an entry exists
 * exactly when the change it describes was committed.
 */
@Injectable()
export class AuditService {
  constructor(private readonly repository: AuditRepository) {}

  async record(manager: EntityManager, entry: AuditRecord): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) {
      // An entry written outside the change's transaction could outlive a rolled-back change.
      throw new Error(`audit entry "${entry.action}" must be written inside a transaction`);
    }
    await this.repository.append(manager, entry);
  }
}
