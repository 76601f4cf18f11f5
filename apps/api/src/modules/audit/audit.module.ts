import { Global, Module } from '@nestjs/common';
import { AuditService } from './audit.service';

/** The append-only audit log, available to every domain that changes something worth recording. */
@Global()
@Module({
  providers: [AuditService],
  exports: [AuditService],
})
export class AuditModule {}
