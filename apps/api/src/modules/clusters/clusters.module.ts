import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { CredentialsModule } from '../credentials/credentials.module';
import { ArchiveController } from './archive.controller';
import { ArchiveRepository } from './archive.repository';
import { ArchiveService } from './archive.service';
import { ClustersController } from './clusters.controller';
import { ClustersService } from './clusters.service';
import { IMPORT_PARSER_LIMITS_TOKEN, ImportParser, type ImportParserLimits } from './import/import-parser';
import { DirectorsController } from './resources/directors.controller';
import { DirectorsService } from './resources/directors.service';
import { RealServersController } from './resources/real-servers.controller';
import { RealServersService } from './resources/real-servers.service';
import { ScriptAllowlistController } from './resources/script-allowlist.controller';
import { ScriptAllowlistRepository } from './resources/script-allowlist.repository';
import { ScriptAllowlistService } from './resources/script-allowlist.service';
import { VirtualServicesController } from './resources/virtual-services.controller';
import { VirtualServicesService } from './resources/virtual-services.service';
import { VrrpInstancesController } from './resources/vrrp-instances.controller';
import { VrrpInstancesService } from './resources/vrrp-instances.service';
import { VrrpSyncGroupsController } from './resources/vrrp-sync-groups.controller';
import { VrrpSyncGroupsService } from './resources/vrrp-sync-groups.service';
import { CLUSTER_SPEC_PORT } from './spec/cluster-spec.port';
import { TopologyCache } from './spec/topology.cache';
import { TopologyRepository } from './spec/topology.repository';
import { TopologyService } from './spec/topology.service';

/**
 * The cluster aggregate: the `clusters` row and everything under it. `spec/` is the one write path
 * (TopologyService over TopologyRepository: lock the row, edit a draft, validate, write, audit),
 * `resources/` the per-resource routes that edit the spec through it, `import/` keepalived.conf → spec.
 * Other features reach the spec only through CLUSTER_SPEC_PORT.
 */
@Module({
  imports: [CredentialsModule],
  controllers: [
    ClustersController,
    ArchiveController,
    DirectorsController,
    VrrpInstancesController,
    VrrpSyncGroupsController,
    VirtualServicesController,
    RealServersController,
    ScriptAllowlistController,
  ],
  providers: [
    ClustersService,
    TopologyRepository,
    TopologyCache,
    TopologyService,
    DirectorsService,
    VrrpInstancesService,
    VrrpSyncGroupsService,
    VirtualServicesService,
    RealServersService,
    ScriptAllowlistRepository,
    ScriptAllowlistService,
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
