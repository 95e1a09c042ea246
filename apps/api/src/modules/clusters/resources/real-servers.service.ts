import { Injectable } from '@nestjs/common';
import { type AdminState, type RealServer, RealServerSchema } from '@lvs/domain';
import { mergePatch, parseMerged } from './dto/common';
import type {
  RealServerDto,
  RealServerListQueryDto,
  RealServerPageDto,
  RealServerPatchDto,
  RealServerWriteDto,
} from './dto/real-server.dto';
import type { Item, Topology } from '../spec/topology.model';
import { TopologyError, TopologyErrorCode } from '../spec/topology.errors';
import { TopologyRepository } from '../spec/topology.repository';
import { metaOf, realServerFromRow, type RealServerRow, type TimestampsRow } from '../spec/topology.rows';
import { type IfMatch, indexOf, TopologyService, type WriteOutcome } from '../spec/topology.service';

type Row = RealServerRow & TimestampsRow & { key: string };

/** Real servers: a sub-collection of one virtual service; the service must be the cluster's (else 404). */
@Injectable()
export class RealServersService {
  constructor(
    private readonly topology: TopologyService,
    private readonly repo: TopologyRepository,
  ) {}

  async list(clusterId: string, serviceId: string, q: RealServerListQueryDto): Promise<RealServerPageDto> {
    const page = await this.repo.realServers(clusterId, serviceId, { q: q.q, key: q.key, adminState: q.adminState }, q.limit, q.offset);
    if (!page) throw this.noService(serviceId);
    return { items: page.rows.map((r) => this.map(r)), total: page.total };
  }

  async get(clusterId: string, serviceId: string, id: string): Promise<RealServerDto> {
    const page = await this.repo.realServers(clusterId, serviceId, { ids: [id] }, 1, 0);
    if (!page) throw this.noService(serviceId);
    if (!page.rows[0]) throw new TopologyError(TopologyErrorCode.NotFound, `No real server with id ${id} in this virtual service.`);
    return this.map(page.rows[0]);
  }

  async create(clusterId: string, serviceId: string, body: RealServer): Promise<RealServerWriteDto> {
    const item: Item<RealServer> = { value: body };
    const out = await this.topology.write(
      clusterId,
      (e) => {
        const s = this.service(e.draft, serviceId);
        s.reals.push(item);
        e.focus = `virtualServices.${s.index}.realServers.${s.reals.length - 1}`;
        return item;
      },
      {
        audit: () => ({
          action: 'realServer.create',
          targetType: 'realServer',
          targetId: item.ref?.id,
          after: { virtualServiceId: serviceId },
        }),
      },
    );
    return this.written(clusterId, serviceId, out);
  }

  replace(clusterId: string, serviceId: string, id: string, body: RealServer, ifMatch?: string): Promise<RealServerWriteDto> {
    return this.update(clusterId, serviceId, id, () => body, ifMatch, 'realServer.update');
  }

  patch(clusterId: string, serviceId: string, id: string, patch: RealServerPatchDto, ifMatch?: string): Promise<RealServerWriteDto> {
    return this.update(
      clusterId,
      serviceId,
      id,
      (old) => parseMerged(RealServerSchema, mergePatch(old, patch)),
      ifMatch,
      'realServer.update',
    );
  }

  /** Drain (weight 0, connections finish), enable or disable; applied on the directors by the next deployment. */
  setAdminState(clusterId: string, serviceId: string, id: string, adminState: AdminState, ifMatch?: string): Promise<RealServerWriteDto> {
    return this.update(clusterId, serviceId, id, (old) => ({ ...old, adminState }), ifMatch, 'realServer.adminState');
  }

  async remove(clusterId: string, serviceId: string, id: string, ifMatch?: string): Promise<void> {
    await this.topology.write(
      clusterId,
      (e) => {
        const s = this.service(e.draft, serviceId);
        s.reals.splice(indexOf(s.reals, id, 'real server'), 1);
      },
      {
        ifMatch: this.ifMatch(serviceId, id, ifMatch),
        audit: () => ({ action: 'realServer.delete', targetType: 'realServer', targetId: id, before: { virtualServiceId: serviceId } }),
      },
    );
  }

  private async update(
    clusterId: string,
    serviceId: string,
    id: string,
    next: (old: RealServer) => RealServer,
    ifMatch: string | undefined,
    action: string,
  ): Promise<RealServerWriteDto> {
    const out = await this.topology.write(
      clusterId,
      (e) => {
        const s = this.service(e.draft, serviceId);
        const j = indexOf(s.reals, id, 'real server');
        const current = s.reals[j];
        const item: Item<RealServer> = { value: next(current.value), ref: current.ref };
        s.reals[j] = item;
        e.focus = `virtualServices.${s.index}.realServers.${j}`;
        return item;
      },
      // The delta (before/after objects) is added by the write path.
      {
        ifMatch: this.ifMatch(serviceId, id, ifMatch),
        audit: () => ({ action, targetType: 'realServer', targetId: id, after: { virtualServiceId: serviceId } }),
      },
    );
    return this.written(clusterId, serviceId, out);
  }

  private service(t: Topology, serviceId: string) {
    const index = t.virtualServices.findIndex((s) => s.ref?.id === serviceId);
    if (index < 0) throw this.noService(serviceId);
    return { index, reals: t.virtualServices[index].reals };
  }

  /** If-Match on one real server: its own version (404 first when it or its service is gone). */
  private ifMatch(serviceId: string, id: string, etag: string | undefined): IfMatch {
    return {
      etag,
      what: 'real server',
      version: (t) => {
        const { reals } = this.service(t, serviceId);
        return reals[indexOf(reals, id, 'real server')].ref!.version;
      },
    };
  }

  private async written(clusterId: string, serviceId: string, out: WriteOutcome<Item<RealServer>>): Promise<RealServerWriteDto> {
    return { ...(await this.get(clusterId, serviceId, out.result.ref!.id)), warnings: out.warnings, clusterVersion: out.head.version };
  }

  private noService(id: string) {
    return new TopologyError(TopologyErrorCode.NotFound, `No virtual service with id ${id} in this cluster.`);
  }

  private map(r: Row): RealServerDto {
    return { ...metaOf(r), virtualServiceId: r.virtual_service_id, key: r.key, ...realServerFromRow(r) };
  }
}
