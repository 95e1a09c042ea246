import { Module } from '@nestjs/common';
import { ClustersModule } from '../clusters/clusters.module';
import { DeploymentsModule } from '../deployments/deployments.module';
import { RadarController } from './radar.controller';
import { RadarRepository } from './radar.repository';
import { RadarService } from './radar.service';
import { TelemetryController } from './telemetry.controller';
import { TelemetryLeases } from './telemetry.leases';
import { TelemetryRepository } from './telemetry.repository';
import { TelemetryService } from './telemetry.service';

@Module({
  imports: [ClustersModule, DeploymentsModule],
  controllers: [TelemetryController, RadarController],
  providers: [TelemetryRepository, TelemetryLeases, TelemetryService, RadarRepository, RadarService],
  exports: [TelemetryService],
})
export class TelemetryModule {}
