import { Injectable } from '@nestjs/common';
import { type VrrpSyncGroup, VrrpSyncGroupSchema } from '@lvs/domain';
import { mergePatch, parseMerged } from './dto/common';
import type {
  VrrpSyncGroupDto,
  VrrpSyncGroupListQueryDto,
  VrrpSyncGroupPageDto,
  VrrpSyncGroupPatchDto,
  VrrpSyncGroupWriteDto,
} from './dto/vrrp-sync-group.dto';
import { TopologyError, TopologyErrorCode } from '../spec/topology.errors';
import { TopologyRepository } from '../spec/topology.repository';
import { metaOf, type TimestampsRow, type VrrpSyncGroupRow } from '../spec/topology.rows';
import { type CollectionDef, TopologyService, type WriteOutcome } from '../spec/topology.service';

type Row = VrrpSyncGroupRow & TimestampsRow & { instances: string[] };

export const VRRP_SYNC_GROUPS: CollectionDef<VrrpSyncGroup> = {
  key: 'vrrpSyncGroups',
  kind: 'vrrpSyncGroup',
  what: 'VRRP sync group',
  make: (value, old) => ({ value, ref: old?.ref }),
};

@Injectable()
export class VrrpSyncGroupsService {
  constructor(
    private readonly topology: TopologyService,
    private readonly repo: TopologyRepository,
  ) {}

  async list(clusterId: string, q: VrrpSyncGroupListQueryDto): Promise<VrrpSyncGroupPageDto> {
    const page = await this.repo.vrrpSyncGroups(clusterId, { q: q.q }, q.limit, q.offset);
    // An empty page may mean no such cluster: 404 then.
    if (!page.rows.length) await this.topology.head(clusterId);
    return { items: page.rows.map((r) => this.map(r)), total: page.total };
  }

  async get(clusterId: string, id: string): Promise<VrrpSyncGroupDto> {
    const [r] = (await this.repo.vrrpSyncGroups(clusterId, { ids: [id] }, 1, 0)).rows;
    if (!r) throw new TopologyError(TopologyErrorCode.NotFound, `No VRRP sync group with id ${id} in this cluster.`);
    return this.map(r);
  }

  async create(clusterId: string, body: VrrpSyncGroup): Promise<VrrpSyncGroupWriteDto> {
    return this.written(clusterId, await this.topology.createItem(clusterId, VRRP_SYNC_GROUPS, body));
  }

  async replace(clusterId: string, id: string, body: VrrpSyncGroup, ifMatch?: string): Promise<VrrpSyncGroupWriteDto> {
    return this.written(clusterId, await this.topology.updateItem(clusterId, VRRP_SYNC_GROUPS, id, () => body, ifMatch));
  }

  async patch(clusterId: string, id: string, patch: VrrpSyncGroupPatchDto, ifMatch?: string): Promise<VrrpSyncGroupWriteDto> {
    return this.written(
      clusterId,
      await this.topology.updateItem(
        clusterId,
        VRRP_SYNC_GROUPS,
        id,
        (old) => parseMerged(VrrpSyncGroupSchema, mergePatch(old, patch)),
        ifMatch,
      ),
    );
  }

  async remove(clusterId: string, id: string, ifMatch?: string): Promise<void> {
    await this.topology.deleteItem(clusterId, VRRP_SYNC_GROUPS, id, ifMatch);
  }

  private async written(clusterId: string, out: WriteOutcome<{ ref?: { id: string } }>): Promise<VrrpSyncGroupWriteDto> {
    return { ...(await this.get(clusterId, out.result.ref!.id)), warnings: out.warnings, clusterVersion: out.head.version };
  }

  private map(r: Row): VrrpSyncGroupDto {
    return { ...metaOf(r), name: r.name, instances: r.instances };
  }
}
