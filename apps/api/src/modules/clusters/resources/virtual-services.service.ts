import { Injectable } from '@nestjs/common';
import { mergePatch, parseMerged } from './dto/common';
import {
  VirtualServiceBodySchema,
  type VirtualServiceBodyDto,
  type VirtualServiceDto,
  type VirtualServiceListQueryDto,
  type VirtualServicePageDto,
  type VirtualServicePatchDto,
  type VirtualServiceWriteDto,
} from './dto/virtual-service.dto';
import type { ServiceItem, VirtualServiceFields } from '../spec/topology.model';
import { TopologyError, TopologyErrorCode } from '../spec/topology.errors';
import { TopologyRepository } from '../spec/topology.repository';
import { metaOf, type TimestampsRow, virtualServiceFromRow, type VirtualServiceRow } from '../spec/topology.rows';
import { type CollectionDef, TopologyService, type WriteOutcome } from '../spec/topology.service';

type Row = VirtualServiceRow & TimestampsRow & { key: string };

/** A service's real servers stay with it through an update and go with it on delete. */
export const VIRTUAL_SERVICES: CollectionDef<VirtualServiceFields, ServiceItem> = {
  key: 'virtualServices',
  kind: 'virtualService',
  what: 'virtual service',
  make: (value, old) => ({ value, ref: old?.ref, reals: old?.reals ?? [] }),
};

@Injectable()
export class VirtualServicesService {
  constructor(
    private readonly topology: TopologyService,
    private readonly repo: TopologyRepository,
  ) {}

  async list(clusterId: string, q: VirtualServiceListQueryDto): Promise<VirtualServicePageDto> {
    const page = await this.repo.virtualServices(
      clusterId,
      { q: q.q, key: q.key, protocol: q.protocol, forwarding: q.forwarding },
      q.limit,
      q.offset,
    );
    // An empty page may mean no such cluster: 404 then.
    if (!page.rows.length) await this.topology.head(clusterId);
    return { items: page.rows.map((r) => this.map(r)), total: page.total };
  }

  async get(clusterId: string, id: string): Promise<VirtualServiceDto> {
    const [r] = (await this.repo.virtualServices(clusterId, { ids: [id] }, 1, 0)).rows;
    if (!r) throw new TopologyError(TopologyErrorCode.NotFound, `No virtual service with id ${id} in this cluster.`);
    return this.map(r);
  }

  async create(clusterId: string, body: VirtualServiceBodyDto): Promise<VirtualServiceWriteDto> {
    return this.written(clusterId, await this.topology.createItem(clusterId, VIRTUAL_SERVICES, body));
  }

  async replace(clusterId: string, id: string, body: VirtualServiceBodyDto, ifMatch?: string): Promise<VirtualServiceWriteDto> {
    return this.written(clusterId, await this.topology.updateItem(clusterId, VIRTUAL_SERVICES, id, () => body, ifMatch));
  }

  async patch(clusterId: string, id: string, patch: VirtualServicePatchDto, ifMatch?: string): Promise<VirtualServiceWriteDto> {
    return this.written(
      clusterId,
      await this.topology.updateItem(
        clusterId,
        VIRTUAL_SERVICES,
        id,
        (old) => parseMerged(VirtualServiceBodySchema, mergePatch(old, patch)),
        ifMatch,
      ),
    );
  }

  async remove(clusterId: string, id: string, ifMatch?: string): Promise<void> {
    await this.topology.deleteItem(clusterId, VIRTUAL_SERVICES, id, ifMatch);
  }

  private async written(clusterId: string, out: WriteOutcome<{ ref?: { id: string } }>): Promise<VirtualServiceWriteDto> {
    return { ...(await this.get(clusterId, out.result.ref!.id)), warnings: out.warnings, clusterVersion: out.head.version };
  }

  private map(r: Row): VirtualServiceDto {
    return { ...metaOf(r), key: r.key, ...virtualServiceFromRow(r) };
  }
}
