import { Global, Module } from '@nestjs/common';
import { AuditChainWatch } from './audit-chain-watch';
import { AuditController } from './audit.controller';
import { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';

/** Global: every feature records its mutations through AuditService. */
@Global()
@Module({
  controllers: [AuditController],
  providers: [AuditRepository, AuditService, AuditChainWatch],
  exports: [AuditService],
})
export class AuditModule {}
