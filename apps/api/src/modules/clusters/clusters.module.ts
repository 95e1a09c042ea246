import { Module } from '@nestjs/common';
import { CLUSTER_SPEC_PORT } from '../deployments/cluster-spec.port';
import { TopologyModule } from '../topology/topology.module';
import { ClustersController } from './clusters.controller';
import { ClustersRepository } from './clusters.repository';
import { ClustersService } from './clusters.service';

@Module({
  imports: [TopologyModule],
  controllers: [ClustersController],
  providers: [ClustersRepository, ClustersService, { provide: CLUSTER_SPEC_PORT, useExisting: ClustersService }],
  exports: [ClustersService, CLUSTER_SPEC_PORT],
})
export class ClustersModule {}
