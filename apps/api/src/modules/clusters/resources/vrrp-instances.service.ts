import { Injectable } from '@nestjs/common';
import { type VrrpInstance, VrrpInstanceSchema } from '@lvs/domain';
import type { FieldError } from '../../../common/errors/app-error';
import { mergePatch, parseMerged } from './dto/common';
import type {
  VrrpInstanceDto,
  VrrpInstanceListQueryDto,
  VrrpInstancePageDto,
  VrrpInstancePatchDto,
  VrrpInstanceWriteDto,
} from './dto/vrrp-instance.dto';
import type { Topology } from '../spec/topology.model';
import { TopologyError, TopologyErrorCode } from '../spec/topology.errors';
import { TopologyRepository } from '../spec/topology.repository';
import {
  metaOf,
  type TimestampsRow,
  vrrpInstanceFromRow,
  type VrrpInstanceRow,
  type VrrpMemberRow,
  type VrrpVipRow,
} from '../spec/topology.rows';
import { type CollectionDef, TopologyService, type WriteOutcome } from '../spec/topology.service';

type Row = VrrpInstanceRow & TimestampsRow & { members: VrrpMemberRow[]; vips: VrrpVipRow[] };

/** Sync groups name their instances: a rename carries over to them, and an instance in a group cannot go. */
export const VRRP_INSTANCES: CollectionDef<VrrpInstance> = {
  key: 'vrrpInstances',
  kind: 'vrrpInstance',
  what: 'VRRP instance',
  make: (value, old) => ({ value, ref: old?.ref }),
  renamed(draft: Topology, before: VrrpInstance, after: VrrpInstance) {
    if (before.name === after.name) return;
    draft.vrrpSyncGroups = draft.vrrpSyncGroups.map((g) =>
      g.value.instances.includes(before.name)
        ? { ...g, value: { ...g.value, instances: g.value.instances.map((n) => (n === before.name ? after.name : n)) } }
        : g,
    );
  },
  references(draft: Topology, inst: VrrpInstance): FieldError[] {
    return draft.vrrpSyncGroups.flatMap((g, x) =>
      g.value.instances.flatMap((n, y) =>
        n === inst.name
          ? [{ path: `spec.vrrpSyncGroups.${x}.instances.${y}`, message: `sync group "${g.value.name}" holds instance "${inst.name}"` }]
          : [],
      ),
    );
  },
};

@Injectable()
export class VrrpInstancesService {
  constructor(
    private readonly topology: TopologyService,
    private readonly repo: TopologyRepository,
  ) {}

  async list(clusterId: string, q: VrrpInstanceListQueryDto): Promise<VrrpInstancePageDto> {
    const page = await this.repo.vrrpInstances(clusterId, { q: q.q }, q.limit, q.offset);
    // An empty page may mean no such cluster: 404 then.
    if (!page.rows.length) await this.topology.head(clusterId);
    return { items: page.rows.map((r) => this.map(r)), total: page.total };
  }

  async get(clusterId: string, id: string): Promise<VrrpInstanceDto> {
    const [r] = (await this.repo.vrrpInstances(clusterId, { ids: [id] }, 1, 0)).rows;
    if (!r) throw new TopologyError(TopologyErrorCode.NotFound, `No VRRP instance with id ${id} in this cluster.`);
    return this.map(r);
  }

  async create(clusterId: string, body: VrrpInstance): Promise<VrrpInstanceWriteDto> {
    return this.written(clusterId, await this.topology.createItem(clusterId, VRRP_INSTANCES, body));
  }

  async replace(clusterId: string, id: string, body: VrrpInstance, ifMatch?: string): Promise<VrrpInstanceWriteDto> {
    return this.written(clusterId, await this.topology.updateItem(clusterId, VRRP_INSTANCES, id, () => body, ifMatch));
  }

  async patch(clusterId: string, id: string, patch: VrrpInstancePatchDto, ifMatch?: string): Promise<VrrpInstanceWriteDto> {
    return this.written(
      clusterId,
      await this.topology.updateItem(
        clusterId,
        VRRP_INSTANCES,
        id,
        (old) => parseMerged(VrrpInstanceSchema, mergePatch(old, patch)),
        ifMatch,
      ),
    );
  }

  async remove(clusterId: string, id: string, ifMatch?: string): Promise<void> {
    await this.topology.deleteItem(clusterId, VRRP_INSTANCES, id, ifMatch);
  }

  private async written(clusterId: string, out: WriteOutcome<{ ref?: { id: string } }>): Promise<VrrpInstanceWriteDto> {
    return { ...(await this.get(clusterId, out.result.ref!.id)), warnings: out.warnings, clusterVersion: out.head.version };
  }

  private map(r: Row): VrrpInstanceDto {
    return { ...metaOf(r), ...vrrpInstanceFromRow(r, r.members, r.vips) };
  }
}
