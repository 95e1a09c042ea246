import { Injectable } from '@nestjs/common';
import { type AdminState, type ClusterSpec, realServerKey, scriptsOf, virtualServiceKey } from '@lvs/domain';
import { DEFAULT_INCLUDE_LIMITS, type ImportWarning } from '@lvs/keepalived';
import type { EntityManager } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import type { Principal } from '../../common/auth/principal';
import { AuditService } from '../audit/audit.service';
import { topologyChanged } from '../events/event-builders';
import { EventsService } from '../events/events.service';
import type { ClusterSpecPort } from './spec/cluster-spec.port';
import { notModified } from '../../common/http/etag';
import { checkIfMatch } from './etag';
import type { ChangeReport } from './spec/topology.plan';
import { TopologyError, TopologyErrorCode } from './spec/topology.errors';
import { type ClusterRow, TopologyRepository } from './spec/topology.repository';
import { replaceTopology, TopologyService, type WriteOutcome } from './spec/topology.service';
import type {
  ClusterImportDto,
  ClusterImportResultDto,
  ClusterListQueryDto,
  ClusterPageDto,
  ClusterPatchDto,
  ClusterSummaryDto,
  ClusterWriteResultDto,
  SpecApplyResultDto,
} from './cluster.dto';
import { ArchiveRepository } from './archive.repository';
import { ImportParser } from './import/import-parser';
import { ImportParseError, ImportParseErrorCode } from './import/import.errors';
import { actorName } from '../../common/request-context';

/** Audit events of a spec write name what changed; the lists are cut so a 20k-server apply stays a small event. */
function reportSummary(r: ChangeReport, version: number) {
  const cut = (keys: string[]) => (keys.length > 200 ? [...keys.slice(0, 200), `… and ${keys.length - 200} more`] : keys);
  return {
    version,
    counts: { created: r.created.length, changed: r.changed.length, deleted: r.deleted.length },
    created: cut(r.created),
    changed: cut(r.changed),
    deleted: cut(r.deleted),
  };
}

/**
 * Clusters, and their topology as one document. Every write goes through TopologyService: the whole
 * resulting cluster is validated with libs/domain's rules (errors → 422 with spec paths; warnings
 * returned) and the version (ETag) is bumped.
 */
@Injectable()
export class ClustersService implements ClusterSpecPort {
  constructor(
    private readonly repo: TopologyRepository,
    private readonly topology: TopologyService,
    private readonly audit: AuditService,
    private readonly archive: ArchiveRepository,
    private readonly importParser: ImportParser,
    private readonly events: EventsService,
  ) {}

  async list(p: Principal, q: ClusterListQueryDto): Promise<ClusterPageDto> {
    const { rows, total } = await this.repo.clusters({ q: q.q, mode: q.mode, onlyId: p.clusterId ?? undefined }, q.limit, q.offset);
    return { items: rows.map((c) => this.map(c)), total };
  }

  async get(id: string): Promise<ClusterSummaryDto> {
    const c = await this.repo.cluster(id);
    if (!c) throw new TopologyError(TopologyErrorCode.ClusterNotFound, `No cluster with id ${id}.`);
    return this.map(c);
  }

  async create(spec: ClusterSpec): Promise<ClusterWriteResultDto> {
    const out = await this.topology.create(spec, {
      document: 'body',
      audit: ({ head, report }) => ({
        action: 'cluster.create',
        targetType: 'cluster',
        targetId: head.id,
        after: { name: head.name, mode: head.mode, ...reportSummary(report, head.version) },
      }),
    });
    return { ...(await this.get(out.head.id)), warnings: out.warnings };
  }

  /**
   * One keepalived.conf per director → one cluster. What the files hold that the model does not is
   * reported as warnings (with director, file and line), never silently dropped; files that cannot
   * make a cluster, or a cluster that breaks a rule, are 422 with those warnings attached.
   */
  async import(body: ClusterImportDto): Promise<ClusterImportResultDto> {
    // Parsed in a worker thread with time and memory limits (ImportParser); the include caps are
    // checked there before anything is expanded.
    const outcome = await this.importParser.parse({
      name: body.name,
      files: body.directors.map((d) => ({
        director: d.name,
        address: d.address,
        text: d.config,
        ...(d.includes && { includes: d.includes }),
      })),
      limits: DEFAULT_INCLUDE_LIMITS,
    });
    if (!outcome.ok) {
      const i = body.directors.findIndex(
        (d) =>
          (outcome.director ?? '') === d.name || outcome.message.includes(`director ${d.name}`) || outcome.message.includes(`"${d.name}"`),
      );
      const at = i >= 0 ? `body.directors.${i}` : 'body.directors';
      if (outcome.limit !== undefined) {
        const path = outcome.file !== undefined ? `${at}.includes.${outcome.file}` : i >= 0 ? `${at}.config` : at;
        throw new ImportParseError(
          ImportParseErrorCode.LimitExceeded,
          `The import is refused before it is expanded: ${outcome.message}.`,
          [{ path, message: outcome.message }],
          {
            limit: outcome.limit,
            ...(outcome.file !== undefined && { file: outcome.file }),
            ...(outcome.director !== undefined && { director: outcome.director }),
          },
        );
      }
      throw new TopologyError(
        TopologyErrorCode.Unimportable,
        `The files do not make a cluster: ${outcome.message}`,
        [{ path: at, message: outcome.message }],
        { warnings: outcome.warnings },
      );
    }
    const imported: { spec: ClusterSpec; warnings: ImportWarning[] } = outcome;
    const spec: ClusterSpec = { ...imported.spec, ...(body.description !== undefined && { description: body.description }) };
    if (body.dryRun) return { spec, warnings: imported.warnings };
    try {
      const out = await this.topology.create(spec, {
        document: 'spec',
        audit: ({ head, report }) => ({
          action: 'cluster.import',
          targetType: 'cluster',
          targetId: head.id,
          after: {
            name: head.name,
            directors: body.directors.map((d) => d.name),
            warnings: imported.warnings.length,
            ...reportSummary(report, head.version),
          },
        }),
      });
      return { cluster: { ...(await this.get(out.head.id)), warnings: out.warnings }, spec, warnings: imported.warnings };
    } catch (e) {
      // A rule the imported cluster breaks: the problem carries the import's warnings, which often explain it.
      if (e instanceof AppError && e.status === 422)
        throw new TopologyError(TopologyErrorCode.RuleViolation, e.message, e.errors, { warnings: imported.warnings });
      throw e;
    }
  }

  async patch(id: string, patch: ClusterPatchDto, ifMatch?: string): Promise<ClusterWriteResultDto> {
    let before: ClusterPatchDto = {};
    const out = await this.topology.write(
      id,
      (e) => {
        const h = e.before.head;
        before = { name: h.name, description: h.description, mode: h.mode };
        e.draft.head = {
          ...h,
          ...(patch.name !== undefined && { name: patch.name }),
          ...(patch.description !== undefined && { description: patch.description }),
          ...(patch.mode && { mode: patch.mode }),
        };
      },
      {
        ifMatch: { etag: ifMatch, what: 'cluster' },
        audit: ({ head }) => ({
          action: 'cluster.update',
          targetType: 'cluster',
          targetId: id,
          before,
          after: { name: head.name, description: head.description, mode: head.mode, version: head.version },
        }),
      },
    );
    return { ...(await this.get(id)), warnings: out.warnings };
  }

  async remove(id: string, ifMatch?: string): Promise<void> {
    await this.repo.transaction(async (m) => {
      const c = await this.repo.lockVersion(id, m);
      if (!c) throw new TopologyError(TopologyErrorCode.ClusterNotFound, `No cluster with id ${id}.`);
      checkIfMatch(ifMatch, c.version, 'cluster');
      // Archived first, in the same transaction: revisions and deployments (the record of what ran
      // on the directors) outlive the cluster; only the live rows cascade away.
      const { spec } = await this.topology.readSpec(id, m);
      await this.archive.archive(id, spec, actorName(), m);
      await this.repo.deleteCluster(id, m);
      await this.audit.record(
        {
          action: 'cluster.delete',
          targetType: 'cluster',
          targetId: id,
          before: {
            name: c.name,
            version: c.version,
            archived: `/api/v1/archive/clusters/${id}`,
            counts: {
              directors: spec.directors.length,
              vrrpInstances: spec.vrrpInstances.length,
              virtualServices: spec.virtualServices.length,
            },
            scripts: scriptsOf(spec)
              .slice(0, 500)
              .map(({ path, keyword, script, directors }) => ({ path, keyword, script, directors })),
          },
        },
        m,
      );
      // On the cluster's timeline (its events outlive it); fleet lint, a sink of it, resolves what
      // the cluster took part in (a VRID it shared with another cluster) once this commits.
      await this.events.record(
        topologyChanged(id, {
          action: 'cluster.delete',
          targetType: 'cluster',
          targetId: id,
          version: c.version,
          report: { created: [], changed: [], deleted: ['cluster'] },
        }),
        m,
      );
    });
  }

  /**
   * The serialised spec and its version. `json` is undefined when `If-None-Match` names the current
   * version (304: nothing is loaded). The document is served as the bytes cached for its version.
   */
  async getSpecDocument(id: string, ifNoneMatch?: string): Promise<{ json?: string; version: number }> {
    if (ifNoneMatch !== undefined) {
      const h = await this.topology.head(id);
      if (notModified(ifNoneMatch, h.version)) return { version: h.version };
    }
    const { json, head } = await this.topology.readSpecJson(id);
    return { json, version: head.version };
  }

  /** Declarative apply: the cluster becomes the document; objects are matched by natural key. */
  async replace(id: string, spec: ClusterSpec, ifMatch?: string): Promise<SpecApplyResultDto> {
    const out = await this.topology.write(
      id,
      (e) => {
        replaceTopology(e.draft, spec);
      },
      {
        document: 'body',
        ifMatch: { etag: ifMatch, what: 'cluster' },
        audit: ({ before, head, report }) => ({
          action: 'cluster.spec.replace',
          targetType: 'cluster',
          targetId: id,
          before: { version: before.head.version },
          after: reportSummary(report, head.version),
        }),
      },
    );
    return this.applied(out);
  }

  /** Drain/enable/disable by natural keys (the dashboard's shortcut; the per-id route is under real-servers). */
  async setAdminStateByKey(id: string, vsKey: string, rsKey: string, state: AdminState, ifMatch?: string): Promise<SpecApplyResultDto> {
    const out = await this.topology.write(
      id,
      (e) => {
        const i = e.draft.virtualServices.findIndex((s) => virtualServiceKey(s.value) === vsKey);
        const s = e.draft.virtualServices[i];
        const j = s ? s.reals.findIndex((r) => realServerKey(r.value) === rsKey) : -1;
        if (j < 0)
          throw new TopologyError(TopologyErrorCode.NotFound, `No real server ${rsKey} in virtual service ${vsKey}.`, [
            { path: s ? 'body.realServer' : 'body.virtualService', message: s ? `not found in ${vsKey}` : 'not found' },
          ]);
        s.reals[j] = { ...s.reals[j], value: { ...s.reals[j].value, adminState: state } };
      },
      {
        ifMatch: { etag: ifMatch, what: 'cluster' },
        audit: ({ head }) => ({
          action: 'realServer.adminState',
          targetType: 'cluster',
          targetId: id,
          after: { virtualService: vsKey, realServer: rsKey, adminState: state, version: head.version },
        }),
      },
    );
    return this.applied(out);
  }

  // ClusterSpecPort (deployments)
  async getSpec(clusterId: string, m?: EntityManager): Promise<{ spec: ClusterSpec; name: string } | undefined> {
    try {
      const { spec, head } = await this.topology.readSpec(clusterId, m);
      return { spec, name: head.name };
    } catch (e) {
      if (e instanceof TopologyError && e.reason === TopologyErrorCode.ClusterNotFound) return undefined;
      throw e;
    }
  }

  async replaceSpec(clusterId: string, spec: ClusterSpec, m: EntityManager): Promise<void> {
    await this.topology.write(clusterId, (e) => replaceTopology(e.draft, spec), {
      manager: m,
      document: 'spec',
      audit: ({ before, head, report }) => ({
        action: 'cluster.spec.replace',
        targetType: 'cluster',
        targetId: clusterId,
        before: { version: before.head.version },
        after: reportSummary(report, head.version),
      }),
    });
  }

  private applied(out: WriteOutcome<unknown>): SpecApplyResultDto {
    return {
      version: out.head.version,
      created: out.report.created,
      changed: out.report.changed,
      deleted: out.report.deleted,
      warnings: out.warnings,
    };
  }

  private map(c: ClusterRow): ClusterSummaryDto {
    return {
      id: c.id,
      name: c.name,
      description: c.description,
      mode: c.mode,
      version: c.version,
      counts: { directors: c.directors, vrrpInstances: c.vrrp_instances, virtualServices: c.virtual_services, realServers: c.real_servers },
      createdAt: c.created_at.toISOString(),
      updatedAt: c.updated_at.toISOString(),
    };
  }
}
