import { Module } from '@nestjs/common';
import { ClustersModule } from '../clusters/clusters.module';
import { DeploymentsModule } from '../deployments/deployments.module';
import { TelemetryController } from './telemetry.controller';
import { TelemetryLeases } from './telemetry.leases';
import { TelemetryRepository } from './telemetry.repository';
import { TelemetryService } from './telemetry.service';

@Module({
  imports: [ClustersModule, DeploymentsModule],
  controllers: [TelemetryController],
  providers: [TelemetryRepository, TelemetryLeases, TelemetryService],
  exports: [TelemetryService],
})
export class TelemetryModule {}
