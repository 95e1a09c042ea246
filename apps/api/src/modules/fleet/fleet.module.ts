import { Global, Module } from '@nestjs/common';
import { ClustersModule } from '../clusters/clusters.module';
import { DeploymentsModule } from '../deployments/deployments.module';
import { TelemetryModule } from '../telemetry/telemetry.module';
import { FleetController } from './fleet.controller';
import { DIRECTOR_VERSIONS } from './director-versions.port';
import { FLEET_GATE } from './fleet-gate.port';
import { FleetLintService } from './fleet-lint.service';
import { FleetRepository } from './fleet.repository';
import { FleetService } from './fleet.service';

/**
 * Fleet safety (issue 19): VRRP lint across clusters, failover what-if, director capabilities.
 * Global so that deployments (which this module imports) can reach FLEET_GATE and DIRECTOR_VERSIONS
 * without a cycle.
 */
@Global()
@Module({
  imports: [ClustersModule, DeploymentsModule, TelemetryModule],
  controllers: [FleetController],
  providers: [
    FleetRepository,
    FleetLintService,
    FleetService,
    { provide: FLEET_GATE, useExisting: FleetService },
    { provide: DIRECTOR_VERSIONS, useExisting: FleetRepository },
  ],
  exports: [FLEET_GATE, DIRECTOR_VERSIONS],
})
export class FleetModule {}
