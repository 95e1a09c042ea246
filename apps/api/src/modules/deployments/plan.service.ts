import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy, Optional } from '@nestjs/common';
import { Clock } from '../../infra/clock';
import { type ClusterSpec, type Director, directorPathIssues, realServerKey, validateClusterSpec, virtualServiceKey } from '@lvs/domain';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { checkerTableDrift, ipvsTableDifferences, parseIpvsSave } from '@lvs/ipvs';
import { diff, planHazards, renderIpvsadm, RUNTIME_TRACK_PREFIX, runtimeControlsFor } from '@lvs/keepalived';
import type { Principal } from '../../common/auth/principal';
import { LiveService } from '../../infra/realtime/live.service';
import { DirectorConnector } from '../../infra/ssh/director-connector';
import { HostKeyScanner } from '../../infra/ssh/host-key-scanner';
import type { SshConnection } from '../../infra/ssh/ssh-connection';
import { AuditService } from '../audit/audit.service';
import { DIRECTOR_VERSIONS, type DirectorVersions } from '../fleet/director-versions.port';
import { FLEET_GATE, type FleetGate } from '../fleet/fleet-gate.port';
import { driftFound } from '../events/event-builders';
import { EventsService } from '../events/events.service';
import { RuntimeService } from '../runtime/runtime.service';
import { CLUSTER_SPEC_PORT, type ClusterSpecPort } from '../clusters/spec/cluster-spec.port';
import { DirectorHostKeyEntity } from './deployment.entities';
import type { DriftDto, HostKeyDto, PlanDto } from './deployment.dto';
import { sha256 } from './director-push';
import { deployedPathFor, IPVSADM_SAVE } from './ipvsadm-push';
import { DeploymentsError, DeploymentsErrorCode } from './deployments.errors';
import { DeploymentsRepository } from './deployments.repository';
import { actorName } from '../../common/request-context';
import { renderAll, RevisionsService, type VersionedRender } from './revisions.service';

/** Plans (live config vs what would be pushed), drift checks, and host-key pinning. */
@Injectable()
export class PlanService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(PlanService.name);
  private timer?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly repo: DeploymentsRepository,
    private readonly revisions: RevisionsService,
    private readonly connector: DirectorConnector,
    private readonly hostKeys: HostKeyScanner,
    private readonly audit: AuditService,
    private readonly live: LiveService,
    private readonly events: EventsService,
    @Inject(CLUSTER_SPEC_PORT) private readonly specs: ClusterSpecPort,
    private readonly runtime: RuntimeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    @Optional() @Inject(FLEET_GATE) private readonly fleet?: FleetGate,
    @Optional() @Inject(DIRECTOR_VERSIONS) private readonly versions?: DirectorVersions,
  ) {}

  /**
   * Why a director's file is not read at all: its path is outside the allowed directories (a spec
   * stored before that rule, or DIRECTOR_CONFIG_DIRS changed since). The plan diff and the drift
   * check would otherwise show anyone who can read the plan the content of any file on it.
   */
  private refusedPath(d: Director): string | undefined {
    const bad = directorPathIssues(d, this.config.director.configDirs);
    return bad.length ? `not read: ${bad.map((b) => `${b.field} ${b.message}`).join('; ')}` : undefined;
  }

  private async spec(clusterId: string): Promise<ClusterSpec> {
    const s = await this.specs.getSpec(clusterId);
    if (!s) throw new DeploymentsError(DeploymentsErrorCode.ClusterNotFound, `No cluster with id ${clusterId}.`);
    return s.spec;
  }

  async plan(clusterId: string, revisionNumber?: number): Promise<PlanDto> {
    const revision = revisionNumber ? await this.revisions.mustFind(clusterId, revisionNumber) : undefined;
    const spec = revision?.spec ?? (await this.spec(clusterId));
    const recorded = (await this.versions?.keepalivedVersions(clusterId)) ?? {};
    // Rendered (and so validated: 422) before any director is contacted.
    let rendered: Record<string, VersionedRender> = revision?.rendered ?? renderAll(spec, undefined, recorded).rendered;
    const state = await this.repo.state(clusterId);
    const deployed = state?.lastRevision ?? null;
    const live = await Promise.all(spec.directors.map((d) => this.readLive(clusterId, spec, d)));
    // VRRP lint across clusters; 422 for what a director cannot run (capabilities read on first contact)
    const lint =
      (await this.fleet?.planChecks(
        clusterId,
        spec,
        live.filter((l) => l.reachable).map((l) => l.name),
      )) ?? [];
    // First contact may just have recorded a director's keepalived release: render for it.
    const versions = (await this.versions?.keepalivedVersions(clusterId)) ?? {};
    if (!revision && spec.directors.some((d) => versions[d.name] !== recorded[d.name]))
      rendered = renderAll(spec, undefined, versions).rendered;
    const notes = new Set<string>();
    const directors = spec.directors.map((d, i) => {
      const l = live[i];
      const next = rendered[d.name];
      for (const n of versionNotes(d.name, next, versions[d.name], revision?.number)) notes.add(n);
      const base = { name: d.name, newSha256: next.sha256, keepalivedVersion: next.keepalivedVersion ?? null };
      if (!l.reachable) return { ...base, reachable: false, error: l.error, liveSha256: null, drifted: null, changed: null, diff: '' };
      // docs/runtime.md: a director deployed before runtime controls gets them with this deployment
      if (next.text.includes(RUNTIME_TRACK_PREFIX) && !l.text.includes(RUNTIME_TRACK_PREFIX))
        notes.add(
          `${d.name} runs a configuration without runtime controls: this deployment adds them (track files in ${runtimeControlsFor(d.configPath).dir}); until then drain, disable, enable "now" and maintenance apply at the next deployment`,
        );
      const expected = deployed?.rendered[d.name]?.sha256;
      return {
        ...base,
        reachable: true,
        error: null,
        liveSha256: l.sha256,
        drifted: expected === undefined ? null : expected !== l.sha256,
        changed: l.sha256 !== next.sha256,
        diff: diff(l.text, next.text, { oldLabel: `${d.name}:${l.path} (live)`, newLabel: `${d.name}:${l.path} (new)` }),
      };
    });
    return {
      revision: revision?.number ?? null,
      lastDeployedRevision: deployed?.number ?? null,
      directors,
      warnings: validateClusterSpec(spec).warnings,
      hazards: planHazards(deployed?.spec ?? null, spec),
      lint,
      notes: [...notes].sort(),
    };
  }

  /** A director's live file as the plan compares it, or why it could not be read. */
  private async readLive(
    clusterId: string,
    spec: ClusterSpec,
    d: Director,
  ): Promise<{ name: string } & ({ reachable: true; path: string; text: string; sha256: string } | { reachable: false; error: string })> {
    const refused = this.refusedPath(d);
    if (refused) return { name: d.name, reachable: false, error: refused };
    try {
      const conn = await this.connector.connect(clusterId, d);
      const path = deployedPathFor(spec.mode, d.configPath);
      const buf = await conn.readFile(path);
      return { name: d.name, reachable: true, path, text: buf?.toString('utf8') ?? '', sha256: buf ? sha256(buf) : '' };
    } catch (e) {
      return { name: d.name, reachable: false, error: (e as Error).message };
    }
  }

  /**
   * Each director against the last deployed revision: its file's sha256, and — where the kernel has
   * IPVS — its live table (`ipvsadm -S -n`): equal to the rules in `ipvsadm` mode; in keepalived mode
   * nothing the checkers cannot explain (checkerTableDrift: a manual `ipvsadm -a/-e`, a lost
   * service). Raises or clears the cluster's drift flag.
   */
  async drift(clusterId: string): Promise<DriftDto> {
    const state = await this.repo.state(clusterId);
    const deployed = state?.lastRevision ?? null;
    const spec = deployed?.spec ?? (await this.spec(clusterId));
    const directors = await Promise.all(
      spec.directors.map(async (d) => {
        const expected = deployed?.rendered[d.name]?.sha256 ?? null;
        const none = { tableDrifted: null, tableDifferences: [], tableNote: null, trackFilesDrifted: null, trackFileDifferences: [] };
        const refused = this.refusedPath(d);
        if (refused)
          return { name: d.name, expectedSha256: expected, liveSha256: null, drifted: null, fileDrifted: null, ...none, error: refused };
        try {
          const conn = await this.connector.connect(clusterId, d);
          const buf = await conn.readFile(deployedPathFor(spec.mode, d.configPath));
          const liveSha = buf ? sha256(buf) : '';
          const table = deployed ? await this.tableDrift(conn, deployed.spec, deployed.rendered[d.name]?.text ?? '') : none;
          const fileDrifted = expected === null ? null : liveSha !== expected;
          // the console's track files (runtime module): a value that differs from its record is drift too
          const track =
            deployed && spec.mode === 'keepalived'
              ? await this.runtime
                  .trackFileDrift(clusterId, conn, d)
                  .catch((e: Error) => ({ drifted: false, differences: [`track files not compared: ${e.message}`] }))
              : null;
          const tracks = { trackFilesDrifted: track?.drifted ?? null, trackFileDifferences: track?.differences ?? [] };
          return {
            name: d.name,
            expectedSha256: expected,
            liveSha256: liveSha,
            drifted: fileDrifted === null ? null : fileDrifted || table.tableDrifted === true || track?.drifted === true,
            fileDrifted,
            ...table,
            ...tracks,
            error: null,
          };
        } catch (e) {
          return {
            name: d.name,
            expectedSha256: expected,
            liveSha256: null,
            drifted: null,
            fileDrifted: null,
            ...none,
            error: (e as Error).message,
          };
        }
      }),
    );
    const drift = directors.some((d) => d.drifted === true);
    const checkedAt = this.clock.now();
    if (deployed) {
      const was = state?.drift ?? false;
      await this.repo.saveState({ clusterId, drift, driftDetail: directors, driftCheckedAt: checkedAt });
      if (was !== drift) {
        this.live.emit(clusterId, 'cluster.drift', {
          clusterId,
          drift,
          detail:
            directors
              .filter((d) => d.drifted)
              .map((d) => d.name)
              .join(', ') || undefined,
        });
        if (drift) this.events.emit(driftFound(clusterId, directors, deployed.number));
        if (drift)
          await this.audit.record({
            action: 'cluster.drift_detected',
            targetType: 'cluster',
            targetId: clusterId,
            outcome: 'failure',
            detail: `drifted: ${directors
              .filter((d) => d.drifted)
              .map(
                (d) =>
                  `${d.name} (${[d.fileDrifted && 'file', d.tableDrifted && 'IPVS table', d.trackFilesDrifted && 'track files'].filter(Boolean).join(' and ')})`,
              )
              .join(', ')}`,
          });
      }
    }
    return { drift, checkedAt: checkedAt.toISOString(), lastDeployedRevision: deployed?.number ?? null, directors };
  }

  private async tableDrift(
    conn: SshConnection,
    spec: ClusterSpec,
    rendered: string,
  ): Promise<Pick<DriftDto['directors'][number], 'tableDrifted' | 'tableDifferences' | 'tableNote'>> {
    const r = await conn.exec(IPVSADM_SAVE, { timeoutMs: 30_000 });
    if (r.code !== 0)
      return {
        tableDrifted: null,
        tableDifferences: [],
        tableNote: `live IPVS table not compared: ${(r.stderr || r.stdout).trim().split('\n').pop() || `ipvsadm exit ${r.code}`}`,
      };
    const live = parseIpvsSave(r.stdout);
    let differences: string[];
    if (spec.mode === 'ipvsadm') differences = ipvsTableDifferences(live, parseIpvsSave(rendered));
    else {
      const sorry = new Set(
        spec.virtualServices
          .filter((vs) => vs.sorryServer)
          .map(
            (vs) =>
              `${virtualServiceKey(vs)}>${realServerKey({ address: vs.sorryServer!.address, port: vs.sorryServer!.port ?? vs.port })}`,
          ),
      );
      differences = checkerTableDrift(live, parseIpvsSave(renderIpvsadm(spec)), (s, rs) => sorry.has(`${s}>${rs}`));
    }
    const shown = differences.slice(0, 50);
    if (differences.length > shown.length) shown.push(`… ${differences.length - shown.length} more line(s)`);
    return { tableDrifted: differences.length > 0, tableDifferences: shown, tableNote: null };
  }

  async hostKey(clusterId: string, name: string): Promise<HostKeyDto> {
    const d = (await this.spec(clusterId)).directors.find((x) => x.name === name);
    if (!d) throw new DeploymentsError(DeploymentsErrorCode.DirectorNotFound, `Cluster ${clusterId} has no director ${name}.`);
    const pinned = (await this.repo.hostKey(clusterId, name))?.fingerprint ?? null;
    const who = { credential: d.credential ?? null };
    try {
      const offered = await this.hostKeys.scan(d.address, d.sshPort);
      return {
        director: name,
        offered,
        pinned,
        matches: pinned === null ? null : pinned === offered,
        error: null,
        ...who,
        acceptRole: pinRole(d.credential, pinned, offered),
      };
    } catch (e) {
      return {
        director: name,
        offered: null,
        pinned,
        matches: null,
        error: (e as Error).message,
        ...who,
        acceptRole: pinRole(d.credential, pinned, null),
      };
    }
  }

  /**
   * Pins the host key an operator has checked; only the key the director offers right now can be
   * accepted. Pinning decides which host receives the director's credential, so for a director with
   * a credential, and for any re-pin, it is an admin's decision (docs/trust-model.md) — refused before
   * the director is even contacted, with the old and the new fingerprint, and audited as denied.
   */
  async acceptHostKey(clusterId: string, name: string, fingerprint: string, who?: Principal): Promise<HostKeyDto> {
    const d = (await this.spec(clusterId)).directors.find((x) => x.name === name);
    if (!d) throw new DeploymentsError(DeploymentsErrorCode.DirectorNotFound, `Cluster ${clusterId} has no director ${name}.`);
    const pinned = (await this.repo.hostKey(clusterId, name))?.fingerprint ?? null;
    if (who && pinRole(d.credential, pinned, fingerprint) === 'admin' && (who.role !== 'admin' || who.clusterId)) {
      const why =
        pinned !== null && pinned !== fingerprint
          ? `replacing the pinned key ${pinned} with ${fingerprint}`
          : `pinning ${fingerprint} for a director that uses the credential "${d.credential}"`;
      await this.audit.record({
        action: 'director.host_key_accept',
        targetType: 'director',
        targetId: `${clusterId}/${name}`,
        outcome: 'denied',
        before: { fingerprint: pinned },
        after: { fingerprint },
        detail: `${why}: admin only`,
      });
      throw new DeploymentsError(
        DeploymentsErrorCode.HostKeyAdminOnly,
        `${name}: ${why} needs an admin${who.clusterId ? ' signed in (not a cluster-scoped token)' : ''}: the key decides which host receives the director's credential. Nothing was pinned.`,
        [{ path: 'body.fingerprint', message: 'only an admin may pin this key' }],
        { director: name, pinned, offered: fingerprint },
      );
    }
    const current = await this.hostKey(clusterId, name);
    if (current.offered === null)
      throw new DeploymentsError(DeploymentsErrorCode.Unreachable, `Cannot reach ${name} to read its host key: ${current.error}`);
    if (current.offered !== fingerprint) {
      throw new DeploymentsError(
        DeploymentsErrorCode.HostKeyMismatch,
        `${name} offers ${current.offered}, not ${fingerprint}: nothing was pinned.`,
        [{ path: 'body.fingerprint', message: `does not match the key the director offers (${current.offered})` }],
      );
    }
    await this.repo.transaction(async (m) => {
      const k = Object.assign(new DirectorHostKeyEntity(), {
        clusterId,
        director: name,
        fingerprint,
        acceptedBy: actorName(),
        acceptedAt: this.clock.now(),
      });
      await this.repo.saveHostKey(k, m);
      await this.audit.record(
        {
          action: 'director.host_key_accept',
          targetType: 'director',
          targetId: `${clusterId}/${name}`,
          before: { fingerprint: current.pinned },
          after: { fingerprint },
        },
        m,
      );
    });
    return { ...current, pinned: fingerprint, matches: true, previous: current.pinned };
  }

  onApplicationBootstrap(): void {
    // Seconds between drift scans of every cluster (DRIFT_SCAN_SECONDS, validated; 0 turns it off).
    // Each deployed director's runtime agent is opened at start (in the background), so the first
    // drain "now" finds it open.
    setImmediate(() => void this.openAgents());
    const every = this.config.deploy.driftScanSeconds;
    if (every <= 0) return;
    this.timer = setInterval(() => void this.scanAll(), every * 1000);
    this.timer.unref();
  }

  private async openAgents(): Promise<void> {
    for (const clusterId of await this.repo.deployedClusters().catch(() => [])) {
      if (this.stopped) return;
      await this.runtime.openAgents(clusterId).catch((e: Error) => this.logger.warn(`runtime agents of ${clusterId}: ${e.message}`));
    }
  }

  private async scanAll(): Promise<void> {
    for (const clusterId of await this.repo.deployedClusters()) {
      await this.drift(clusterId).catch((e: Error) => this.logger.warn(`drift scan of ${clusterId} failed: ${e.message}`));
    }
  }

  onModuleDestroy(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
  }
}

/** Who may pin `offered` (see acceptHostKey): admin when a credential rides on the key, or a pinned key would be replaced. */
export function pinRole(credential: string | undefined, pinned: string | null, offered: string | null): 'operator' | 'admin' {
  return credential || (pinned !== null && offered !== null && pinned !== offered) ? 'admin' : 'operator';
}

/**
 * What the plan says about the keepalived release a director's config is rendered for: unknown (not
 * read yet: the current keywords), what an older release does without, and a revision rendered for
 * another release than the one the director now runs.
 */
function versionNotes(director: string, r: VersionedRender, now: string | undefined, revision?: number): string[] {
  if (r.keepalivedVersion === undefined) return []; // ipvsadm mode, or a revision from before version-aware rendering
  const out: string[] = [];
  if (r.keepalivedVersion === null)
    out.push(
      `${director}: keepalived version unknown (never read from the director): rendered with the keywords of the current keepalived (2.2)`,
    );
  else if (r.omitted?.length)
    out.push(
      `${director} runs keepalived ${r.keepalivedVersion}: rendered without ${r.omitted.join(', ')} (that release does not know them)`,
    );
  if (revision !== undefined && now !== undefined && r.keepalivedVersion !== now)
    out.push(
      `${director}: revision ${revision} was rendered for keepalived ${r.keepalivedVersion ?? 'of unknown version'}; the director now runs ${now}: freeze a new revision to render for it`,
    );
  return out;
}
