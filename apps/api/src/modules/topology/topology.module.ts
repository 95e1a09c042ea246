import { Module } from '@nestjs/common';
import { CredentialsModule } from '../credentials/credentials.module';
import { DirectorsController } from './directors.controller';
import { DirectorsService } from './directors.service';
import { RealServersController } from './real-servers.controller';
import { RealServersService } from './real-servers.service';
import { ScriptAllowlistController } from './script-allowlist.controller';
import { ScriptAllowlistRepository } from './script-allowlist.repository';
import { ScriptAllowlistService } from './script-allowlist.service';
import { TopologyCache } from './topology.cache';
import { TopologyRepository } from './topology.repository';
import { TopologyService } from './topology.service';
import { VirtualServicesController } from './virtual-services.controller';
import { VirtualServicesService } from './virtual-services.service';
import { VrrpInstancesController } from './vrrp-instances.controller';
import { VrrpInstancesService } from './vrrp-instances.service';
import { VrrpSyncGroupsController } from './vrrp-sync-groups.controller';
import { VrrpSyncGroupsService } from './vrrp-sync-groups.service';

/** The topology of a cluster as resources (directors, VRRP, virtual services, real servers) and as one spec (used by clusters). */
@Module({
  imports: [CredentialsModule],
  controllers: [
    DirectorsController,
    VrrpInstancesController,
    VrrpSyncGroupsController,
    VirtualServicesController,
    RealServersController,
    ScriptAllowlistController,
  ],
  providers: [
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
  ],
  exports: [TopologyService, TopologyRepository],
})
export class TopologyModule {}
