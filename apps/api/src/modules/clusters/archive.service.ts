import { Injectable } from '@nestjs/common';
import { TopologyError, TopologyErrorCode } from './spec/topology.errors';
import type {
  ArchivedClusterDto,
  ArchivedClusterPageDto,
  ArchivedClusterSummaryDto,
  ArchivedRevisionDetailDto,
  ArchiveListQueryDto,
} from './archive.dto';
import { type ArchivedClusterRow, type ArchivedRevisionRow, ArchiveRepository } from './archive.repository';

/** Deleted clusters, their revisions and deployments, as the delete archived them (docs/trust-model.md). */
@Injectable()
export class ArchiveService {
  constructor(private readonly repo: ArchiveRepository) {}

  async list(q: ArchiveListQueryDto): Promise<ArchivedClusterPageDto> {
    const { rows, total } = await this.repo.page(q.q, q.limit, q.offset);
    return { items: rows.map((r) => this.summary(r)), total };
  }

  async get(clusterId: string): Promise<ArchivedClusterDto> {
    const c = await this.repo.find(clusterId);
    if (!c) throw new TopologyError(TopologyErrorCode.ClusterNotFound, `No archived cluster with id ${clusterId}.`);
    const [revisions, deployments] = await Promise.all([this.repo.revisions(clusterId), this.repo.deployments(clusterId)]);
    return {
      ...this.summary(c),
      description: c.description,
      spec: c.spec,
      revisionList: revisions.map((r) => this.revision(r)),
      deploymentList: deployments.map((d) => ({
        id: d.id,
        revision: d.revision_number,
        status: d.status,
        parallel: d.parallel,
        stopOnFailure: d.stop_on_failure,
        requestedBy: d.requested_by,
        createdAt: d.created_at.toISOString(),
        startedAt: d.started_at?.toISOString() ?? null,
        finishedAt: d.finished_at?.toISOString() ?? null,
        error: d.error,
        targets: d.targets,
      })),
    };
  }

  async revisionDetail(clusterId: string, number: number): Promise<ArchivedRevisionDetailDto> {
    const r = await this.repo.revision(clusterId, number);
    if (!r) throw new TopologyError(TopologyErrorCode.NotFound, `No revision ${number} of archived cluster ${clusterId}.`);
    return { ...this.revision(r), spec: r.spec, rendered: r.rendered };
  }

  private revision(r: ArchivedRevisionRow) {
    return { number: r.number, specSha256: r.spec_sha256, author: r.author, message: r.message, createdAt: r.created_at.toISOString() };
  }

  private summary(r: ArchivedClusterRow): ArchivedClusterSummaryDto {
    return {
      id: r.id,
      name: r.name,
      mode: r.mode,
      version: r.version,
      createdAt: r.created_at.toISOString(),
      deletedAt: r.deleted_at.toISOString(),
      deletedBy: r.deleted_by,
      revisions: r.revisions,
      deployments: r.deployments,
    };
  }
}
