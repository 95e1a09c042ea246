import { Module } from '@nestjs/common';
import { SshPool } from '../../infra/ssh/ssh-pool';
import { CredentialsModule } from '../credentials/credentials.module';
import { DeploymentsController } from './deployments.controller';
import { DeploymentsRepository } from './deployments.repository';
import { DeploymentsService } from './deployments.service';
import { DirectorConnector } from './director-connector';
import { PlanService } from './plan.service';
import { RevisionsService } from './revisions.service';

/**
 * Needs a CLUSTER_SPEC_PORT provider (the topology module's spec service); imported with it in AppModule.
 */
@Module({
  imports: [CredentialsModule],
  controllers: [DeploymentsController],
  providers: [DeploymentsRepository, RevisionsService, DeploymentsService, PlanService, DirectorConnector, SshPool],
  exports: [DeploymentsService, RevisionsService, SshPool, DirectorConnector],
})
export class DeploymentsModule {}
