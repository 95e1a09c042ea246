import { Module } from '@nestjs/common';
import { SshModule } from '../../infra/ssh/ssh.module';
import { ClustersModule } from '../clusters/clusters.module';
import { DirectorPoller } from './director-poller';
import { RadarController } from './radar.controller';
import { RadarRepository } from './radar.repository';
import { RadarService } from './radar.service';
import { TelemetryRollups } from './telemetry-rollups';
import { TelemetryStreams } from './telemetry-streams';
import { TelemetryController } from './telemetry.controller';
import { TelemetryLeases } from './telemetry.leases';
import { TelemetryRepository } from './telemetry.repository';
import { TelemetryService } from './telemetry.service';

@Module({
  imports: [ClustersModule, SshModule],
  controllers: [TelemetryController, RadarController],
  providers: [
    TelemetryRepository,
    TelemetryLeases,
    TelemetryStreams,
    TelemetryRollups,
    DirectorPoller,
    TelemetryService,
    RadarRepository,
    RadarService,
  ],
  exports: [TelemetryService],
})
export class TelemetryModule {}
