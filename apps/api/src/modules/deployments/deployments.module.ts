import { Module } from '@nestjs/common';
import { SshPool } from '../../infra/ssh/ssh-pool';
import { ClustersModule } from '../clusters/clusters.module';
import { CredentialsModule } from '../credentials/credentials.module';
import { DeploymentsController } from './deployments.controller';
import { DeploymentsRepository } from './deployments.repository';
import { DeploymentsService } from './deployments.service';
import { DirectorConnector } from './director-connector';
import { PlanService } from './plan.service';
import { RevisionsService } from './revisions.service';

@Module({
  imports: [CredentialsModule, ClustersModule],
  controllers: [DeploymentsController],
  providers: [DeploymentsRepository, RevisionsService, DeploymentsService, PlanService, DirectorConnector, SshPool],
  exports: [DeploymentsService, RevisionsService, SshPool, DirectorConnector],
})
export class DeploymentsModule {}
