import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { DeploymentsModule } from '../deployments/deployments.module';
import { ConfirmationsController } from './confirmations.controller';
import { ConfirmationsRepository } from './confirmations.repository';
import { ConfirmationsService } from './confirmations.service';

/** Confirmed deployments (`lvsctl apply --confirm-within`, `lvsctl confirm`). */
@Module({
  imports: [DeploymentsModule, AuditModule],
  controllers: [ConfirmationsController],
  providers: [ConfirmationsRepository, ConfirmationsService],
})
export class ConfirmationsModule {}
