import { Injectable } from '@nestjs/common';
import { type Director, DirectorSchema } from '@lvs/domain';
import type { FieldError } from '../../../common/errors/app-error';
import { mergePatch, parseMerged } from './dto/common';
import type { DirectorDto, DirectorListQueryDto, DirectorPageDto, DirectorPatchDto, DirectorWriteDto } from './dto/director.dto';
import type { Topology } from '../spec/topology.model';
import { TopologyError, TopologyErrorCode } from '../spec/topology.errors';
import { TopologyRepository } from '../spec/topology.repository';
import { directorFromRow, type DirectorRow, metaOf, type TimestampsRow } from '../spec/topology.rows';
import { type CollectionDef, TopologyService, type WriteOutcome } from '../spec/topology.service';

/** VRRP members name their director: a rename carries over to them, and a director in use cannot go. */
export const DIRECTORS: CollectionDef<Director> = {
  key: 'directors',
  kind: 'director',
  what: 'director',
  make: (value, old) => ({ value, ref: old?.ref }),
  renamed(draft: Topology, before: Director, after: Director) {
    if (before.name === after.name) return;
    draft.vrrpInstances = draft.vrrpInstances.map((i) =>
      i.value.members.some((m) => m.director === before.name)
        ? {
            ...i,
            value: { ...i.value, members: i.value.members.map((m) => (m.director === before.name ? { ...m, director: after.name } : m)) },
          }
        : i,
    );
  },
  references(draft: Topology, d: Director): FieldError[] {
    return draft.vrrpInstances.flatMap((i, x) =>
      i.value.members.flatMap((m, y) =>
        m.director === d.name
          ? [
              {
                path: `spec.vrrpInstances.${x}.members.${y}.director`,
                message: `VRRP instance "${i.value.name}" has director "${d.name}" as a member`,
              },
            ]
          : [],
      ),
    );
  },
};

@Injectable()
export class DirectorsService {
  constructor(
    private readonly topology: TopologyService,
    private readonly repo: TopologyRepository,
  ) {}

  async list(clusterId: string, q: DirectorListQueryDto): Promise<DirectorPageDto> {
    const page = await this.repo.directors(clusterId, { q: q.q }, q.limit, q.offset);
    // An empty page may mean no such cluster: 404 then.
    if (!page.rows.length) await this.topology.head(clusterId);
    return { items: page.rows.map((r) => this.map(r)), total: page.total };
  }

  async get(clusterId: string, id: string): Promise<DirectorDto> {
    return this.map(await this.row(clusterId, id));
  }

  async create(clusterId: string, body: Director): Promise<DirectorWriteDto> {
    return this.written(clusterId, await this.topology.createItem(clusterId, DIRECTORS, body));
  }

  async replace(clusterId: string, id: string, body: Director, ifMatch?: string): Promise<DirectorWriteDto> {
    return this.written(clusterId, await this.topology.updateItem(clusterId, DIRECTORS, id, () => body, ifMatch));
  }

  async patch(clusterId: string, id: string, patch: DirectorPatchDto, ifMatch?: string): Promise<DirectorWriteDto> {
    return this.written(
      clusterId,
      await this.topology.updateItem(clusterId, DIRECTORS, id, (old) => parseMerged(DirectorSchema, mergePatch(old, patch)), ifMatch),
    );
  }

  async remove(clusterId: string, id: string, ifMatch?: string): Promise<void> {
    await this.topology.deleteItem(clusterId, DIRECTORS, id, ifMatch);
  }

  private async written(clusterId: string, out: WriteOutcome<{ ref?: { id: string } }>): Promise<DirectorWriteDto> {
    return { ...(await this.get(clusterId, out.result.ref!.id)), warnings: out.warnings, clusterVersion: out.head.version };
  }

  private async row(clusterId: string, id: string): Promise<DirectorRow & TimestampsRow> {
    const [r] = (await this.repo.directors(clusterId, { ids: [id] }, 1, 0)).rows;
    if (!r) throw new TopologyError(TopologyErrorCode.NotFound, `No director with id ${id} in this cluster.`);
    return r;
  }

  private map(r: DirectorRow & TimestampsRow): DirectorDto {
    return { ...metaOf(r), ...directorFromRow(r) };
  }
}
