import { Module } from '@nestjs/common';
import { APP_CONFIG } from '../../config/app-config';
import { Clock } from '../../infra/clock';
import { LiveService } from '../../infra/realtime/live.service';
import { DirectorConnector } from '../../infra/ssh/director-connector';
import { AuditService } from '../audit/audit.service';
import { EventsService } from '../events/events.service';
import { FLEET_GATE, type FleetGate } from '../fleet/fleet-gate.port';
import { DeploymentRecovery } from './deployment-recovery';
import { DeploymentRunner } from './deployment-runner';
import { PUSH_FACTORY, type PushFactory, pushFactory } from './push-factory';
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
  providers: [
    DeploymentsRepository,
    RevisionsService,
    DeploymentsService,
    PlanService,
    { provide: PUSH_FACTORY, useFactory: pushFactory, inject: [APP_CONFIG, Clock] },
    {
      provide: DeploymentRunner,
      useFactory: (
        records: DeploymentsRepository,
        connector: DirectorConnector,
        pushes: PushFactory,
        audit: AuditService,
        live: LiveService,
        events: EventsService,
        clock: Clock,
        fleet?: FleetGate,
      ) => new DeploymentRunner({ records, connector, pushes, audit, live, events, clock, fleet }),
      inject: [
        DeploymentsRepository,
        DirectorConnector,
        PUSH_FACTORY,
        AuditService,
        LiveService,
        EventsService,
        Clock,
        // FleetModule (global) imports this module: optional, as in DeploymentsService
        { token: FLEET_GATE, optional: true },
      ],
    },
    {
      provide: DeploymentRecovery,
      useFactory: (records: DeploymentsRepository, connector: DirectorConnector, audit: AuditService, live: LiveService, clock: Clock) =>
        new DeploymentRecovery({ records, connector, audit, live, clock }),
      inject: [DeploymentsRepository, DirectorConnector, AuditService, LiveService, Clock],
    },
  ],
  exports: [DeploymentsService, RevisionsService, SshModule],
})
export class DeploymentsModule {}
