import { Module } from '@nestjs/common';
import { SshModule } from '../../infra/ssh/ssh.module';
import { ClustersModule } from '../clusters/clusters.module';
import { CredentialsModule } from '../credentials/credentials.module';
import { DeploymentsController } from './deployments.controller';
import { DeploymentsRepository } from './deployments.repository';
import { DeploymentsService } from './deployments.service';
import { PlanService } from './plan.service';
import { RevisionsService } from './revisions.service';

/**
 * SshModule is re-exported for the features that import this module and also reach directors
 * (fleet); those that need only SSH (telemetry, runtime) import SshModule themselves.
 */
@Module({
  imports: [CredentialsModule, ClustersModule, SshModule],
  controllers: [DeploymentsController],
  providers: [DeploymentsRepository, RevisionsService, DeploymentsService, PlanService],
  exports: [DeploymentsService, RevisionsService, SshModule],
})
export class DeploymentsModule {}
