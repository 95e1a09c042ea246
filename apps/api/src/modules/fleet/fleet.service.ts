import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { Clock } from '../../infra/clock';
import {
  CAPABILITIES_PROBE,
  capabilityRefusals,
  type CapabilityRefusal,
  type ClusterSpec,
  type DirectorCapabilities,
  type Director,
  failureProblems,
  parseCapabilities,
  parseFailures,
  whatIf,
} from '@lvs/domain';
import type { SshConnection } from '../../infra/ssh/ssh-connection';
import { AuditService } from '../audit/audit.service';
import { CLUSTER_SPEC_PORT, type ClusterSpecPort } from '../clusters/spec/cluster-spec.port';
import { DirectorConnector } from '../../infra/ssh/director-connector';
import { EventKind } from '../events/events.kinds';
import { EventsService } from '../events/events.service';
import { RevisionsService } from '../deployments/revisions.service';
import { TelemetryService } from '../telemetry/telemetry.service';
import type { CapabilitySource, DirectorCapabilitiesEntity } from './director-capabilities.entity';
import type { CapabilitiesDto, FindingDto, LintDto, WhatIfDto } from './fleet.dto';
import { FleetError, FleetErrorCode } from './fleet.errors';
import type { FleetGate } from './fleet-gate.port';
import { FleetLintService } from './fleet-lint.service';
import { FleetRepository } from './fleet.repository';

/** How long one capabilities read may take (connect, then the probe). */
const CONNECT_TIMEOUT_MS = 10_000;
const PROBE_TIMEOUT_MS = 20_000;

/**
 * Fleet safety: VRRP lint across every cluster, failover what-if, and what each director can run.
 * The rules are libs/domain's (fleet/); this service feeds them the stored specs, the recorded
 * capabilities and the live state, and records capabilities over SSH.
 */
@Injectable()
export class FleetService implements FleetGate {
  private readonly logger = new Logger(FleetService.name);
  /** Reads in flight per cluster/director: a plan and a deployment at once read once. */
  private readonly reading = new Map<string, Promise<DirectorCapabilitiesEntity | undefined>>();

  constructor(
    private readonly repo: FleetRepository,
    @Inject(CLUSTER_SPEC_PORT) private readonly specs: ClusterSpecPort,
    private readonly connector: DirectorConnector,
    private readonly revisions: RevisionsService,
    private readonly telemetry: TelemetryService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly lint: FleetLintService,
    @Optional() private readonly events?: EventsService,
  ) {}

  private async cluster(clusterId: string): Promise<{ spec: ClusterSpec; name: string }> {
    const s = await this.specs.getSpec(clusterId);
    if (!s) throw new FleetError(FleetErrorCode.ClusterNotFound, `No cluster with id ${clusterId}.`);
    return s;
  }

  private lintDto(r: { findings: FindingDto[]; clusters: number }): LintDto {
    return {
      findings: r.findings,
      errors: r.findings.filter((f) => f.severity === 'error').length,
      warnings: r.findings.filter((f) => f.severity === 'warning').length,
      clusters: r.clusters,
      checkedAt: this.clock.now().toISOString(),
    };
  }

  /** Lint of every cluster (recorded on the timeline: docs/timeline.md). */
  async lintAll(): Promise<LintDto> {
    return this.lintDto(await this.lint.recorded());
  }

  /** One cluster's findings, of the same (recorded) lint of every cluster. */
  async lintCluster(clusterId: string): Promise<LintDto> {
    await this.cluster(clusterId);
    const r = await this.lint.recorded();
    return this.lintDto({ findings: r.findings.filter((f) => f.clusterId === clusterId), clusters: r.clusters });
  }

  async whatIf(clusterId: string, fail: string): Promise<WhatIfDto> {
    const { spec } = await this.cluster(clusterId);
    const parsed = parseFailures(fail);
    if ('error' in parsed)
      throw new FleetError(FleetErrorCode.BadFailure, `fail: ${parsed.error}`, [{ path: 'query.fail', message: parsed.error }]);
    const problems = failureProblems(spec, parsed.failures);
    if (problems.length)
      throw new FleetError(
        FleetErrorCode.BadFailure,
        `fail names what the cluster does not have: ${problems.join('; ')}`,
        problems.map((message) => ({ path: 'query.fail', message })),
      );
    // the live state when telemetry has it (current MASTERs, directors and real servers down); else the spec alone
    const live = await this.telemetry.stateOrThrow(clusterId).catch(() => undefined);
    return { ...whatIf(spec, live, parsed.failures), live: !!live, liveAt: live?.at ?? null };
  }

  private director(spec: ClusterSpec, clusterId: string, name: string): Director {
    const d = spec.directors.find((x) => x.name === name);
    if (!d) throw new FleetError(FleetErrorCode.DirectorNotFound, `Cluster ${clusterId} has no director ${name}.`);
    return d;
  }

  private capabilitiesDto(spec: ClusterSpec, name: string, row: DirectorCapabilitiesEntity | null | undefined): CapabilitiesDto {
    const refusals = row?.capabilities ? capabilityRefusals(spec, { [name]: row.capabilities }).map(({ director: _, ...r }) => r) : [];
    return {
      director: name,
      source: row?.source ?? null,
      gatheredAt: row?.gatheredAt ? new Date(row.gatheredAt).toISOString() : null,
      error: row?.error ?? null,
      capabilities: row?.capabilities ?? null,
      refusals,
    };
  }

  async capabilities(clusterId: string, name: string): Promise<CapabilitiesDto> {
    const { spec } = await this.cluster(clusterId);
    this.director(spec, clusterId, name);
    return this.capabilitiesDto(spec, name, await this.repo.find(clusterId, name));
  }

  /** Reads a director's capabilities now (an operator's refresh), audited with what was found. */
  async refresh(clusterId: string, name: string): Promise<CapabilitiesDto> {
    const { spec } = await this.cluster(clusterId);
    const d = this.director(spec, clusterId, name);
    const row = await this.read(clusterId, d, 'refresh');
    const found = row?.capabilities && !row.error ? row.capabilities : null;
    await this.audit.record({
      action: 'director.capabilities_refresh',
      targetType: 'director',
      targetId: `${clusterId}/${name}`,
      outcome: found ? 'success' : 'failure',
      detail: found ? undefined : (row?.error ?? 'not recorded'),
      after: found
        ? {
            keepalived: found.keepalived.version,
            buildOptions: found.keepalived.buildOptions,
            kernel: found.kernel.release,
            ipvs: found.ipvs.present,
            schedulers: found.ipvs.schedulers,
            ipvsadm: found.ipvsadm.version,
          }
        : undefined,
    });
    if (!found)
      throw new FleetError(FleetErrorCode.Unreachable, `Cannot read the capabilities of ${name}: ${row?.error ?? 'the cluster is gone'}`);
    return this.capabilitiesDto(spec, name, row);
  }

  /** One read of a director's capabilities, recorded (the error too); undefined when the cluster went meanwhile. */
  private read(
    clusterId: string,
    d: Director,
    source: CapabilitySource,
    conn?: SshConnection,
  ): Promise<DirectorCapabilitiesEntity | undefined> {
    const key = `${clusterId}/${d.name}`;
    const running = this.reading.get(key);
    if (running) return running;
    const p = (async () => {
      let result: Parameters<FleetRepository['save']>[3];
      try {
        const c = conn ?? (await this.connector.connect(clusterId, d, CONNECT_TIMEOUT_MS));
        const r = await c.exec(['sh', '-c', CAPABILITIES_PROBE], { timeoutMs: PROBE_TIMEOUT_MS });
        result = { capabilities: parseCapabilities(r.stdout) };
      } catch (e) {
        result = { error: (e as Error).message };
      }
      const saved = await this.repo.save(clusterId, d.name, source, result).catch((e: Error) => {
        this.logger.warn(`capabilities of ${key} not recorded: ${e.message}`);
        return undefined;
      });
      if (saved?.capabilities) this.lint.soon(); // what lint finds may depend on them (versions, interfaces, IPVS)
      return saved;
    })().finally(() => this.reading.delete(key));
    this.reading.set(key, p);
    return p;
  }

  /**
   * Capabilities of every director of the spec. First contact: a director never read is read now
   * (`all`: a deployment start), and so is one of the plan's reachable directors whose reads have all
   * failed so far (e.g. before its host key was accepted).
   */
  private async capsOf(
    clusterId: string,
    spec: ClusterSpec,
    reach: readonly string[] | 'all',
  ): Promise<Record<string, DirectorCapabilities | undefined>> {
    const rows = new Map((await this.repo.forCluster(clusterId)).map((r) => [r.director, r]));
    const unread = spec.directors.filter((d) =>
      reach === 'all' ? !rows.has(d.name) : reach.includes(d.name) && !rows.get(d.name)?.capabilities,
    );
    for (const r of await Promise.all(unread.map((d) => this.read(clusterId, d, 'first-contact')))) if (r) rows.set(r.director, r);
    return Object.fromEntries(spec.directors.map((d) => [d.name, rows.get(d.name)?.capabilities ?? undefined]));
  }

  /** A refused deployment is on the cluster's timeline (lint.finding), with what refused it. */
  private timeline(clusterId: string, summary: string, data: Record<string, unknown>): void {
    this.events?.emit({ clusterId, kind: EventKind.LintFinding, severity: 'warning', subject: 'deployment', summary, data });
  }

  private refuse(refusals: CapabilityRefusal[], clusterId?: string): void {
    if (!refusals.length) return;
    const first = refusals[0];
    if (clusterId)
      this.timeline(clusterId, `deployment refused: ${first.message}`, {
        code: 'capability_missing',
        refusals: refusals.map(({ director, capability, keyword, path }) => ({ director, capability, keyword, path })),
      });
    throw new FleetError(
      FleetErrorCode.CapabilityMissing,
      `${first.message}${refusals.length > 1 ? ` (and ${refusals.length - 1} more)` : ''}. Nothing was changed.`,
      refusals.map((r) => ({ path: `spec.${r.path}`, message: `${r.director} lacks ${r.capability} for ${r.keyword}` })),
      { refusals: refusals.map(({ director, capability, keyword }) => ({ director, capability, keyword })) },
    );
  }

  async planChecks(clusterId: string, spec: ClusterSpec, reachable: readonly string[]): Promise<FindingDto[]> {
    this.refuse(capabilityRefusals(spec, await this.capsOf(clusterId, spec, reachable)));
    const name = (await this.specs.getSpec(clusterId))?.name ?? spec.name;
    // the plan's findings are of the spec it plans (maybe another revision); the timeline records
    // those of the stored topologies, linted again now
    this.lint.soon();
    return (await this.lint.findings({ clusterId, name, spec })).findings;
  }

  async assertDeployable(clusterId: string, revision?: number): Promise<void> {
    const spec = revision !== undefined ? (await this.revisions.mustFind(clusterId, revision)).spec : (await this.cluster(clusterId)).spec;
    this.refuse(capabilityRefusals(spec, await this.capsOf(clusterId, spec, 'all')), clusterId);
    const name = (await this.specs.getSpec(clusterId))?.name ?? spec.name;
    const blocking = (await this.lint.findings({ clusterId, name, spec })).findings.filter((f) => f.blocksDeployment);
    if (!blocking.length) return;
    this.timeline(clusterId, `deployment refused: ${blocking[0].message}`, {
      codes: [...new Set(blocking.map((f) => f.code))],
      findings: blocking.map(({ code, instance, director, path, message, related }) => ({
        code,
        instance,
        director,
        path,
        message,
        related,
      })),
    });
    throw new FleetError(
      FleetErrorCode.LintErrors,
      `keepalived would misbehave with this deployment: ${blocking[0].message}${blocking.length > 1 ? ` (and ${blocking.length - 1} more)` : ''}. Nothing was changed.`,
      blocking.map((f) => ({ path: f.path ? `spec.${f.path}` : 'spec', message: `${f.code}: ${f.message}; fix: ${f.fix}` })),
      { findings: blocking },
    );
  }

  recordOver(clusterId: string, director: Director, conn: SshConnection): void {
    void this.read(clusterId, director, 'deployment', conn);
  }
}
