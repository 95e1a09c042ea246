import { Inject, Injectable } from '@nestjs/common';
import { type ClusterSpec, validateClusterSpec } from '@lvs/domain';
import { diff, renderDirectorConfig, specSha256 } from '@lvs/keepalived';
import type { EntityManager } from 'typeorm';
import { currentContext } from '../../common/request-context';
import { AuditService } from '../audit/audit.service';
import { CLUSTER_SPEC_PORT, type ClusterSpecPort } from './cluster-spec.port';
import { ConfigRevisionEntity, type RenderedDirector } from './deployment.entities';
import type { RevisionDetailDto, RevisionDiffDto, RevisionDto, RevisionPageDto } from './deployment.dto';
import { sha256 } from './director-push';
import { DeploymentsError, DeploymentsErrorCode } from './deployments.errors';
import { DeploymentsRepository } from './deployments.repository';

export function actorName(): string {
  const p = currentContext()?.principal;
  if (!p) return 'system';
  return p.kind === 'token' ? `${p.username} (token ${p.tokenName})` : p.username;
}

/** Renders every director of a spec; a spec that breaks a cluster rule or does not render is a 422. */
export function renderAll(
  spec: ClusterSpec,
  revision: number | undefined,
): { rendered: Record<string, RenderedDirector>; specSha: string } {
  const { errors } = validateClusterSpec(spec);
  if (errors.length) {
    throw new DeploymentsError(
      DeploymentsErrorCode.DoesNotRender,
      `The cluster breaks ${errors.length} rule(s) and cannot be rendered: ${errors[0].message}`,
      errors.map((e) => ({ path: `spec.${e.path}`, message: e.message })),
    );
  }
  if (spec.directors.length === 0)
    throw new DeploymentsError(DeploymentsErrorCode.NoDirectors, 'The cluster has no directors to render for.');
  const specSha = specSha256(spec);
  const rendered: Record<string, RenderedDirector> = {};
  for (const d of spec.directors) {
    try {
      // ipvsadm mode: the director gets IPVS rules (ipvsadm-save form), the same for every director.
      const text = renderDirectorConfig(spec, d.name, { revision, specSha256: specSha });
      rendered[d.name] = { text, sha256: sha256(text) };
    } catch (e) {
      throw new DeploymentsError(
        DeploymentsErrorCode.DoesNotRender,
        `The configuration for ${d.name} cannot be rendered: ${(e as Error).message}`,
      );
    }
  }
  return { rendered, specSha };
}

/** Immutable, numbered revisions: the spec, the render per director and their hashes. */
@Injectable()
export class RevisionsService {
  constructor(
    private readonly repo: DeploymentsRepository,
    private readonly audit: AuditService,
    @Inject(CLUSTER_SPEC_PORT) private readonly specs: ClusterSpecPort,
  ) {}

  async create(clusterId: string, message: string): Promise<RevisionDetailDto> {
    return this.repo.transaction(async (m) => this.detail(await this.freeze(clusterId, message, m)));
  }

  /** Freezes the current topology (or `spec`) into the next revision, inside `m`. */
  async freeze(clusterId: string, message: string, m: EntityManager, spec?: ClusterSpec): Promise<ConfigRevisionEntity> {
    const current = spec ?? (await this.specs.getSpec(clusterId, m))?.spec;
    if (!current) throw new DeploymentsError(DeploymentsErrorCode.ClusterNotFound, `No cluster with id ${clusterId}.`);
    const number = await this.repo.nextRevisionNumber(clusterId, m);
    const { rendered, specSha } = renderAll(current, number);
    const r = new ConfigRevisionEntity();
    r.clusterId = clusterId;
    r.number = number;
    r.spec = current;
    r.specSha256 = specSha;
    r.rendered = rendered;
    r.author = actorName();
    r.message = message;
    await this.repo.saveRevision(r, m);
    await this.audit.record(
      { action: 'revision.create', targetType: 'cluster', targetId: clusterId, after: { number, specSha256: specSha, message } },
      m,
    );
    return r;
  }

  async list(clusterId: string, limit: number, offset: number): Promise<RevisionPageDto> {
    const [items, total] = await this.repo.pageRevisions(clusterId, limit, offset);
    return { items: items.map((r) => this.map(r)), total };
  }

  async get(clusterId: string, number: number): Promise<RevisionDetailDto> {
    return this.detail(await this.mustFind(clusterId, number));
  }

  async diff(clusterId: string, from: number, to: number): Promise<RevisionDiffDto> {
    const [a, b] = await Promise.all([this.mustFind(clusterId, from), this.mustFind(clusterId, to)]);
    const names = [...new Set([...Object.keys(a.rendered), ...Object.keys(b.rendered)])];
    return {
      from,
      to,
      specChanged: a.specSha256 !== b.specSha256,
      directors: names.map((name) => ({
        name,
        diff: diff(a.rendered[name]?.text ?? '', b.rendered[name]?.text ?? '', {
          oldLabel: `${name} #${from}`,
          newLabel: `${name} #${to}`,
        }),
      })),
    };
  }

  async mustFind(clusterId: string, number: number, m?: EntityManager): Promise<ConfigRevisionEntity> {
    const r = await this.repo.findRevision(clusterId, number, m);
    if (!r) throw new DeploymentsError(DeploymentsErrorCode.RevisionNotFound, `Cluster ${clusterId} has no revision ${number}.`);
    return r;
  }

  map(r: ConfigRevisionEntity): RevisionDto {
    return {
      id: r.id,
      number: r.number,
      specSha256: r.specSha256,
      author: r.author,
      message: r.message,
      createdAt: r.createdAt.toISOString(),
      directors: Object.entries(r.rendered).map(([name, x]) => ({ name, sha256: x.sha256 })),
    };
  }

  private detail(r: ConfigRevisionEntity): RevisionDetailDto {
    return { ...this.map(r), spec: r.spec, rendered: r.rendered };
  }
}
