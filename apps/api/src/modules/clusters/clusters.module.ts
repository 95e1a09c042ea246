import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { CLUSTER_SPEC_PORT } from '../deployments/cluster-spec.port';
import { TopologyModule } from '../topology/topology.module';
import { ArchiveController } from './archive.controller';
import { ArchiveRepository } from './archive.repository';
import { ArchiveService } from './archive.service';
import { ClustersController } from './clusters.controller';
import { ClustersRepository } from './clusters.repository';
import { ClustersService } from './clusters.service';
import { IMPORT_PARSER_LIMITS_TOKEN, ImportParser, type ImportParserLimits } from './import-parser';

@Module({
  imports: [TopologyModule],
  controllers: [ClustersController, ArchiveController],
  providers: [
    ClustersRepository,
    ClustersService,
    ImportParser,
    {
      provide: IMPORT_PARSER_LIMITS_TOKEN,
      useFactory: (c: AppConfig): Partial<ImportParserLimits> => ({
        timeoutMs: c.import.timeoutMs,
        maxOldGenerationSizeMb: c.import.heapMb,
      }),
      inject: [APP_CONFIG],
    },
    ArchiveRepository,
    ArchiveService,
    { provide: CLUSTER_SPEC_PORT, useExisting: ClustersService },
  ],
  exports: [ClustersService, CLUSTER_SPEC_PORT],
})
export class ClustersModule {}
