import { Injectable } from '@nestjs/common';
import { type ClusterSpec, ClusterSpecSchema, realServerKey, validateClusterSpec, virtualServiceKey, type AdminState } from '@lvs/domain';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { AuditService } from '../audit/audit.service';
import type { ClusterSpecPort } from '../deployments/cluster-spec.port';
import { ClusterEntity } from './cluster.entity';
import type { ClusterPageDto, ClusterSummaryDto, ClusterWriteResultDto, SpecApplyResultDto } from './cluster.dto';
import { ClustersError, ClustersErrorCode } from './clusters.errors';
import { ClustersRepository } from './clusters.repository';
import { specChanges } from './spec-diff';

export const etagOf = (version: number) => `W/"${version}"`;

/** `If-Match`: absent = unconditional; `*` = any version; otherwise one of the listed ETags must be current. */
export function checkIfMatch(ifMatch: string | undefined, version: number): void {
  if (ifMatch === undefined || ifMatch.trim() === '*') return;
  const current = etagOf(version);
  const tags = ifMatch.split(',').map((t) => t.trim());
  if (!tags.some((t) => t === current || t === `"${version}"`)) {
    throw new ClustersError(ClustersErrorCode.Stale, `The cluster changed since you read it (now ${current}); read it again and retry.`, [{ path: 'headers.if-match', message: `is stale; current ETag is ${current}` }]);
  }
}

/**
 * Clusters and their topology. Every write validates the whole resulting spec with libs/domain's
 * cluster-wide rules (errors → 422 with spec paths; warnings returned) and bumps the version (ETag).
 */
@Injectable()
export class ClustersService implements ClusterSpecPort {
  constructor(
    private readonly repo: ClustersRepository,
    private readonly audit: AuditService,
  ) {}

  async list(p: Principal, q: { q?: string; mode?: string; limit: number; offset: number }): Promise<ClusterPageDto> {
    const [items, total] = await this.repo.page({ q: q.q, mode: q.mode, onlyId: p.clusterId ?? undefined }, q.limit, q.offset);
    return { items: items.map((c) => this.summary(c)), total };
  }

  async get(id: string): Promise<ClusterSummaryDto> {
    return this.summary(await this.mustFind(id));
  }

  async getSpecDoc(id: string): Promise<{ spec: ClusterSpec; version: number }> {
    const c = await this.mustFind(id);
    return { spec: c.spec, version: c.version };
  }

  async create(spec: ClusterSpec): Promise<{ result: ClusterWriteResultDto; version: number }> {
    const warnings = this.validate(spec, 'body');
    return this.repo.transaction(async (m) => {
      await this.uniqueName(spec.name, undefined, m);
      const c = Object.assign(new ClusterEntity(), { name: spec.name, description: spec.description, mode: spec.mode, spec, version: 1 });
      await this.repo.save(c, m);
      await this.audit.record({ action: 'cluster.create', targetType: 'cluster', targetId: c.id, after: spec }, m);
      return { result: { ...this.summary(c), warnings }, version: c.version };
    });
  }

  async patch(id: string, patch: { name?: string; description?: string }, ifMatch?: string): Promise<{ result: ClusterWriteResultDto; version: number }> {
    return this.write(id, ifMatch, 'body', (spec) => ({ ...spec, ...(patch.name ? { name: patch.name } : {}), ...(patch.description !== undefined ? { description: patch.description } : {}) })).then(({ cluster, warnings }) => ({
      result: { ...this.summary(cluster), warnings },
      version: cluster.version,
    }));
  }

  async replace(id: string, spec: ClusterSpec, ifMatch?: string): Promise<{ result: SpecApplyResultDto; version: number }> {
    const { cluster, warnings, changes } = await this.write(id, ifMatch, 'body', () => spec);
    return { result: { version: cluster.version, ...changes, warnings }, version: cluster.version };
  }

  async setAdminState(id: string, vsKey: string, rsKey: string, state: AdminState, ifMatch?: string): Promise<{ result: SpecApplyResultDto; version: number }> {
    const { cluster, warnings, changes } = await this.write(id, ifMatch, 'body', (spec) => {
      let found = false;
      const virtualServices = spec.virtualServices.map((vs) =>
        virtualServiceKey(vs) !== vsKey
          ? vs
          : {
              ...vs,
              realServers: vs.realServers.map((rs) => {
                if (realServerKey(rs) !== rsKey) return rs;
                found = true;
                return { ...rs, adminState: state };
              }),
            },
      );
      if (!found) throw new ClustersError(ClustersErrorCode.NoSuchRealServer, `No real server ${rsKey} in virtual service ${vsKey}.`, [{ path: 'body.realServer', message: `not found in ${vsKey}` }]);
      return { ...spec, virtualServices };
    });
    return { result: { version: cluster.version, ...changes, warnings }, version: cluster.version };
  }

  async remove(id: string, ifMatch?: string): Promise<void> {
    await this.repo.transaction(async (m) => {
      const c = await this.repo.findForUpdate(id, m);
      if (!c) throw this.notFound(id);
      checkIfMatch(ifMatch, c.version);
      await this.repo.remove(id, m);
      await this.audit.record({ action: 'cluster.delete', targetType: 'cluster', targetId: id, before: { name: c.name, version: c.version } }, m);
    });
  }

  // ClusterSpecPort (deployments)
  async getSpec(clusterId: string, m?: EntityManager): Promise<{ spec: ClusterSpec; name: string } | undefined> {
    const c = await this.repo.findById(clusterId, m);
    return c ? { spec: c.spec, name: c.name } : undefined;
  }

  async replaceSpec(clusterId: string, spec: ClusterSpec, m: EntityManager): Promise<void> {
    const c = await this.repo.findForUpdate(clusterId, m);
    if (!c) throw this.notFound(clusterId);
    this.validate(spec, 'spec');
    Object.assign(c, { spec, name: spec.name, description: spec.description, mode: spec.mode, version: c.version + 1 });
    await this.repo.save(c, m);
  }

  private async write(id: string, ifMatch: string | undefined, where: string, change: (spec: ClusterSpec) => ClusterSpec) {
    return this.repo.transaction(async (m) => {
      const c = await this.repo.findForUpdate(id, m);
      if (!c) throw this.notFound(id);
      checkIfMatch(ifMatch, c.version);
      const before = c.spec;
      const next = ClusterSpecSchema.parse(change(before));
      const warnings = this.validate(next, where);
      if (next.name !== c.name) await this.uniqueName(next.name, id, m);
      const changes = specChanges(before, next);
      Object.assign(c, { spec: next, name: next.name, description: next.description, mode: next.mode, version: c.version + 1 });
      await this.repo.save(c, m);
      await this.audit.record({ action: 'cluster.update', targetType: 'cluster', targetId: id, before: { version: c.version - 1, ...changes }, after: { version: c.version } }, m);
      return { cluster: c, warnings, changes };
    });
  }

  /** Cluster-wide rules; errors are a 422 naming each path, warnings are returned to the caller. */
  private validate(spec: ClusterSpec, where: string) {
    const { errors, warnings } = validateClusterSpec(spec);
    if (errors.length) {
      throw new ClustersError(
        ClustersErrorCode.RuleViolation,
        `The cluster breaks ${errors.length} rule(s): ${errors[0].path}: ${errors[0].message}${errors.length > 1 ? ' …' : ''}`,
        errors.map((e) => ({ path: `${where}.${e.path}`, message: e.message })),
      );
    }
    return warnings.map((w) => ({ path: `${where}.${w.path}`, message: w.message }));
  }

  private async uniqueName(name: string, exceptId: string | undefined, m: EntityManager): Promise<void> {
    const other = await this.repo.findByName(name, m);
    if (other && other.id !== exceptId) throw new ClustersError(ClustersErrorCode.DuplicateName, `A cluster named "${name}" exists.`, [{ path: 'body.name', message: 'is already taken' }]);
  }

  private async mustFind(id: string): Promise<ClusterEntity> {
    const c = await this.repo.findById(id);
    if (!c) throw this.notFound(id);
    return c;
  }

  private notFound(id: string) {
    return new ClustersError(ClustersErrorCode.NotFound, `No cluster with id ${id}.`);
  }

  private summary(c: ClusterEntity): ClusterSummaryDto {
    return {
      id: c.id,
      name: c.name,
      description: c.description,
      mode: c.mode,
      version: c.version,
      counts: {
        directors: c.spec.directors.length,
        vrrpInstances: c.spec.vrrpInstances.length,
        virtualServices: c.spec.virtualServices.length,
        realServers: c.spec.virtualServices.reduce((n, vs) => n + vs.realServers.length, 0),
      },
      createdAt: c.createdAt.toISOString(),
      updatedAt: c.updatedAt.toISOString(),
    };
  }
}
