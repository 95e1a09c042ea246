import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AdminState, ClusterSpec, Director, RealServer, VirtualService, VrrpInstance } from '@lvs/domain';
import { hostKey, serviceKey, type IpvsService } from '@lvs/ipvs';
import {
  ADMIN_STATE_VALUES,
  MAINTENANCE_TRACK_NAME,
  maintenanceFile,
  realServerFile,
  RUNTIME_TRACK_PREFIX,
  runtimeControlsFor,
  runtimeFiles,
} from '@lvs/keepalived';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Clock } from '../../infra/clock';
import { DirectorConnector } from '../../infra/ssh/director-connector';
import type { SshConnection } from '../../infra/ssh/ssh-connection';
import { AuditService } from '../audit/audit.service';
import { CLUSTER_SPEC_PORT, type ClusterSpecPort } from '../clusters/spec/cluster-spec.port';
import { actorName } from '../../common/request-context';
import {
  APPLIED_NOW,
  APPLIES_AT_NEXT_DEPLOYMENT,
  type DirectorRuntimeResult,
  type MaintenanceListDto,
  type MaintenanceResultDto,
  type RuntimeApplyDto,
  type RuntimeChangePageDto,
  type RuntimeChangeStatus,
  type RuntimeStep,
} from './dto/runtime.dto';
import { ipvsTableNow, readRuntimeFilesNow, runtimeAgent, writeRuntimeFilesNow } from './runtime-agent';
import { RuntimeError, RuntimeErrorCode } from './runtime.errors';
import { type DeployedRevision, RuntimeRepository } from './runtime.repository';

/** What the topology hands over after it stored the new admin state (its natural keys, not its ids). */
export interface AdminStateTarget {
  service: Pick<VirtualService, 'vip' | 'port' | 'protocol' | 'fwmark' | 'family' | 'forwarding'> & { group?: string };
  realServer: Pick<RealServer, 'address' | 'port' | 'weight' | 'adminState' | 'forwarding' | 'upperThreshold' | 'lowerThreshold'>;
  /** For the record: the real server's id. */
  realServerId: string;
}

export interface ApplyOptions {
  /** Poll ActiveConn until 0 (drain/disable), up to this long. */
  waitForConnectionsMs?: number;
}

/** Between two reads of the IPVS table while verifying: each read is one round trip on the held channel, no new process. */
const POLL_MS = 20;
/** Between two looks at who holds the VIPs (one exec of `ip -o addr show` per member each time). */
const VIP_POLL_MS = 100;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

class Steps {
  readonly list: RuntimeStep[] = [];
  constructor(private readonly clock: Clock) {}
  async run<T>(name: string, fn: () => Promise<{ value: T; output?: string }>): Promise<T> {
    const started = this.clock.nowMs();
    try {
      const { value, output } = await fn();
      this.list.push({ name, status: 'ok', startedAt: new Date(started).toISOString(), ms: this.clock.nowMs() - started, output });
      return value;
    } catch (e) {
      this.list.push({
        name,
        status: 'failed',
        startedAt: new Date(started).toISOString(),
        ms: this.clock.nowMs() - started,
        output: (e as Error).message.slice(0, 2000),
      });
      throw e;
    }
  }
}

/** The IPVS service key (libs/ipvs) of a virtual service; undefined for a group (several services). */
function ipvsServiceKey(vs: AdminStateTarget['service']): string | undefined {
  if (vs.group !== undefined) return undefined;
  if (vs.fwmark !== undefined) return serviceKey('FWM', undefined, undefined, vs.fwmark);
  return serviceKey(vs.protocol, vs.vip, vs.port ?? 0, undefined);
}

function ipvsRealServerKey(vs: AdminStateTarget['service'], rs: AdminStateTarget['realServer']): string {
  return hostKey(rs.address, rs.port ?? vs.port ?? 0);
}

/** What the IPVS table should show for the admin state: weight 0 (drained), absent (disabled), the configured weight. */
function expectation(state: AdminState, weight: number): { matches: (w: number | null) => boolean; text: string } {
  if (state === 'drained') return { matches: (w) => w === 0, text: 'weight 0' };
  if (state === 'disabled') return { matches: (w) => w === null, text: 'not in the table' };
  return { matches: (w) => w === weight, text: `weight ${weight}` };
}

function weightIn(table: IpvsService[], svc: string, rs: string): number | null {
  const s = table.find((x) => x.key === svc);
  return s?.realServers.find((r) => r.key === rs)?.weight ?? null;
}

function activeConnIn(table: IpvsService[], svc: string, rs: string): number {
  return table.find((x) => x.key === svc)?.realServers.find((r) => r.key === rs)?.activeConn ?? 0;
}

/** The director's IPVS table through its runtime agent (held channel), or the reason it cannot be read. */
function ipvsTable(conn: SshConnection, d: Director): Promise<IpvsService[] | string> {
  return ipvsTableNow(conn, runtimeControlsFor(d.configPath).dir);
}

const SERVICE_FLAG: Record<string, string> = { TCP: '-t', UDP: '-u', SCTP: '--sctp-service' };
const FORWARD_FLAG: Record<string, string> = { DR: '-g', NAT: '-m', TUN: '-i' };

/** The `ipvsadm` argv that puts one real server in `state` (ipvsadm mode: the console programs the table itself). */
export function ipvsadmArgv(
  vs: AdminStateTarget['service'],
  rs: AdminStateTarget['realServer'],
  state: AdminState,
  present: boolean,
): string[] | undefined {
  if (vs.group !== undefined) return undefined;
  const svc = vs.fwmark !== undefined ? ['-f', String(vs.fwmark)] : [SERVICE_FLAG[vs.protocol], hostKey(vs.vip!, vs.port ?? 0)];
  const real = ['-r', ipvsRealServerKey(vs, rs)];
  if (state === 'disabled') return present ? ['ipvsadm', '-d', ...svc, ...real] : [];
  const opts = [FORWARD_FLAG[rs.forwarding ?? vs.forwarding], '-w', String(state === 'drained' ? 0 : rs.weight)];
  if (rs.upperThreshold !== undefined) opts.push('-x', String(rs.upperThreshold));
  if (rs.lowerThreshold !== undefined) opts.push('-y', String(rs.lowerThreshold));
  return ['ipvsadm', present ? '-e' : '-a', ...svc, ...real, ...opts];
}

/** A real server in its service, as runtime_changes names it (natural keys: the drift check finds it again). */
export function changeLabel(vs: AdminStateTarget['service'], rs: Pick<RealServer, 'address' | 'port'>): string {
  return `${rs.address}${rs.port === undefined ? '' : `:${rs.port}`} in ${vs.group !== undefined ? `group ${vs.group}` : vs.fwmark !== undefined ? `fwmark ${vs.fwmark}` : `${vs.vip}:${vs.port ?? 0}/${vs.protocol}`}`;
}

const STATE_OF_VALUE = Object.fromEntries(Object.entries(ADMIN_STATE_VALUES).map(([k, v]) => [v, k]));

/** The address part of a VIP (`10.0.0.1/32` → `10.0.0.1`). */
const vipAddress = (v: string) => v.split('/')[0].toLowerCase();

/**
 * Changes on the directors without a reload (issue 18): a real server's admin state through its
 * console-owned track file (keepalived mode) or `ipvsadm` on the table (ipvsadm mode), and director
 * maintenance through the maintenance track file. Each change is recorded like a deployment step
 * (runtime_changes) and audited; the topology keeps the same admin state, so the next render agrees.
 */
@Injectable()
export class RuntimeService {
  private readonly logger = new Logger(RuntimeService.name);

  constructor(
    private readonly repo: RuntimeRepository,
    private readonly connector: DirectorConnector,
    private readonly audit: AuditService,
    @Inject(CLUSTER_SPEC_PORT) private readonly specs: ClusterSpecPort,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.verifyTimeoutMs = config.deploy.runtimeVerifyTimeoutMs;
  }

  /** The deadline for the IPVS table to show the change (RUNTIME_VERIFY_TIMEOUT_MS; keepalived reacts to inotify at once). */
  private readonly verifyTimeoutMs: number;

  /**
   * Opens the runtime agent of every director whose deployed config carries the console's track
   * files, so that the first drain after an API start or a deployment is one round trip on an open
   * channel rather than an SSH exec to start the agent first (issue 18: ~1 s on a slow director).
   * Resolves with the directors whose agent is open; a director that cannot be reached is left for
   * the drain itself (which opens the agent, or falls back to an exec).
   */
  async openAgents(clusterId: string): Promise<string[]> {
    const deployed = await this.repo.deployed(clusterId);
    if (!deployed || deployed.spec.mode !== 'keepalived') return [];
    const opened = await Promise.all(
      deployed.spec.directors
        .filter((d) => deployed.rendered[d.name]?.text.includes(RUNTIME_TRACK_PREFIX))
        .map(async (d) => {
          try {
            await runtimeAgent(await this.connector.connect(clusterId, d), runtimeControlsFor(d.configPath).dir);
            return d.name;
          } catch (e) {
            this.logger.debug(`runtime agent of ${clusterId}/${d.name} not opened: ${(e as Error).message}`);
            return null;
          }
        }),
    );
    return opened.filter((n): n is string => n !== null);
  }

  /** Applies a real server's (already stored) admin state now on every director of the deployed revision. */
  async applyAdminState(clusterId: string, target: AdminStateTarget, opts: ApplyOptions = {}): Promise<RuntimeApplyDto> {
    const createdAt = this.clock.now();
    const { service: vs, realServer: rs } = target;
    const label = changeLabel(vs, rs);
    const deployed = await this.repo.deployed(clusterId);
    const later = (reason: string) =>
      this.finishAdminState(clusterId, target, label, 'next-deployment', [], createdAt, {
        applied: 'next-deployment',
        message: APPLIES_AT_NEXT_DEPLOYMENT,
        reason,
        status: 'next-deployment',
        directors: [],
      });
    if (!deployed) return later('nothing is deployed on this cluster yet');
    const spec = deployed.spec;
    const svcKey = ipvsServiceKey(vs);
    const rsKey = ipvsRealServerKey(vs, rs);
    const directors = spec.directors;
    let results: DirectorRuntimeResult[];
    if (spec.mode === 'ipvsadm') {
      if (!svcKey) return later('a virtual_server_group is not one IPVS service: ipvsadm mode applies it at the next deployment');
      if (!this.deployedHas(spec, vs, rs)) return later(`revision ${deployed.number} (deployed) does not have this real server`);
      results = await Promise.all(directors.map((d) => this.ipvsadmOne(clusterId, d, vs, rs, svcKey)));
    } else {
      const withControls = directors.filter((d) =>
        deployed.rendered[d.name]?.text.includes(realServerFile(runtimeControlsFor(d.configPath), vs, rs).name),
      );
      if (!withControls.length) {
        return later(
          this.deployedHas(spec, vs, rs)
            ? `revision ${deployed.number} was deployed before runtime controls: the directors get them at the next deployment`
            : `revision ${deployed.number} (deployed) does not have this real server`,
        );
      }
      results = await Promise.all(
        directors.map((d) =>
          withControls.includes(d)
            ? this.trackFileOne(clusterId, d, vs, rs, svcKey, rsKey)
            : Promise.resolve(this.skipped(d, 'its configuration has no runtime controls yet (next deployment)')),
        ),
      );
    }
    let connections: RuntimeApplyDto['connections'];
    if (opts.waitForConnectionsMs && rs.adminState !== 'enabled' && svcKey)
      connections = await this.waitForConnections(clusterId, directors, results, svcKey, rsKey, opts.waitForConnectionsMs);
    const ok = results.filter((r) => r.status === 'applied').length;
    const status: RuntimeChangeStatus =
      ok === 0 ? 'failed' : ok === results.filter((r) => r.status !== 'skipped').length ? 'applied' : 'partial';
    return this.finishAdminState(clusterId, target, label, status, results, createdAt, {
      applied: 'now',
      message: APPLIED_NOW,
      status,
      directors: results,
      ...(connections ? { connections } : {}),
      ...(status === 'failed' ? { reason: 'no director took the change: the topology holds it, the next deployment applies it' } : {}),
    });
  }

  private deployedHas(spec: ClusterSpec, vs: AdminStateTarget['service'], rs: AdminStateTarget['realServer']): boolean {
    const name = (x: AdminStateTarget['service']) => realServerFile({ dir: '' }, x, rs).name;
    return spec.virtualServices.some(
      (s) => name(s) === name(vs) && s.realServers.some((r) => r.address === rs.address && r.port === rs.port),
    );
  }

  private skipped(d: Director, why: string): DirectorRuntimeResult {
    return { director: d.name, status: 'skipped', verified: why, steps: [] };
  }

  private async connect(clusterId: string, d: Director, steps: Steps): Promise<SshConnection> {
    return steps.run('connect', async () => ({
      value: await this.connector.connect(clusterId, d),
      output: `${d.sshUser}@${d.address}:${d.sshPort}`,
    }));
  }

  /** keepalived mode: write the real server's track file, then watch the IPVS table (where there is one). */
  private async trackFileOne(
    clusterId: string,
    d: Director,
    vs: AdminStateTarget['service'],
    rs: AdminStateTarget['realServer'],
    svcKey: string | undefined,
    rsKey: string,
  ): Promise<DirectorRuntimeResult> {
    const steps = new Steps(this.clock);
    let conn: SshConnection;
    try {
      conn = await this.connect(clusterId, d, steps);
    } catch (e) {
      return { director: d.name, status: 'unreachable', error: (e as Error).message, steps: steps.list };
    }
    const file = realServerFile(runtimeControlsFor(d.configPath), vs, rs);
    try {
      await steps.run('write', async () => {
        const w = await writeRuntimeFilesNow(conn, runtimeControlsFor(d.configPath).dir, [file]);
        return { value: undefined, output: `${file.path} = ${file.value}${w.changed.length ? '' : ' (already)'} over ${w.via}` };
      });
    } catch (e) {
      return { director: d.name, status: 'failed', error: (e as Error).message, steps: steps.list };
    }
    if (!svcKey)
      return {
        director: d.name,
        status: 'applied',
        verified: 'not verified: a virtual_server_group is several IPVS services',
        steps: steps.list,
      };
    return this.verify(d, conn, steps, svcKey, rsKey, rs);
  }

  /** Polls the IPVS table (the agent's /proc/net/ip_vs read, or `ipvsadm -Ln --exact`) until the real server shows its state, or RUNTIME_VERIFY_TIMEOUT_MS. */
  private async verify(
    d: Director,
    conn: SshConnection,
    steps: Steps,
    svcKey: string,
    rsKey: string,
    rs: AdminStateTarget['realServer'],
  ): Promise<DirectorRuntimeResult> {
    const want = expectation(rs.adminState, rs.weight);
    let weight: number | null = null;
    let noTable: string | undefined;
    try {
      await steps.run('verify', async () => {
        const deadline = this.clock.nowMs() + this.verifyTimeoutMs;
        for (;;) {
          const t = await ipvsTable(conn, d);
          if (typeof t === 'string') {
            noTable = t;
            return { value: undefined, output: `not verified: the IPVS table is not readable here (${t})` };
          }
          weight = weightIn(t, svcKey, rsKey);
          if (want.matches(weight))
            return { value: undefined, output: `${rsKey} in ${svcKey}: ${weight === null ? 'not in the table' : `weight ${weight}`}` };
          if (rs.adminState === 'enabled' && weight === null && this.clock.nowMs() > deadline)
            return {
              value: undefined,
              output: `${rsKey} is not in the table: its health check may be failing (keepalived adds it when it passes)`,
            };
          if (this.clock.nowMs() > deadline)
            throw new Error(
              `${rsKey} in ${svcKey}: expected ${want.text}, the table shows ${weight === null ? 'no such real server' : `weight ${weight}`} after ${this.verifyTimeoutMs} ms`,
            );
          await sleep(POLL_MS);
        }
      });
    } catch (e) {
      return { director: d.name, status: 'failed', weight, error: (e as Error).message, steps: steps.list };
    }
    return { director: d.name, status: 'applied', weight: noTable ? null : weight, verified: steps.list.at(-1)?.output, steps: steps.list };
  }

  /** ipvsadm mode: `ipvsadm -e|-a|-d` on the live table, then the same verification. */
  private async ipvsadmOne(
    clusterId: string,
    d: Director,
    vs: AdminStateTarget['service'],
    rs: AdminStateTarget['realServer'],
    svcKey: string,
  ): Promise<DirectorRuntimeResult> {
    const steps = new Steps(this.clock);
    let conn: SshConnection;
    try {
      conn = await this.connect(clusterId, d, steps);
    } catch (e) {
      return { director: d.name, status: 'unreachable', error: (e as Error).message, steps: steps.list };
    }
    const rsKey = ipvsRealServerKey(vs, rs);
    try {
      await steps.run('ipvsadm', async () => {
        const t = await ipvsTable(conn, d);
        if (typeof t === 'string') throw new Error(`the IPVS table is not readable here: ${t}`);
        const argv = ipvsadmArgv(vs, rs, rs.adminState, weightIn(t, svcKey, rsKey) !== null)!;
        if (!argv.length) return { value: undefined, output: `${rsKey} is not in ${svcKey} already` };
        const r = await conn.exec(argv, { timeoutMs: 15_000 });
        if (r.code !== 0) throw new Error(`${argv.join(' ')} failed (exit ${r.code}): ${(r.stderr || r.stdout).trim()}`);
        return { value: undefined, output: argv.join(' ') };
      });
    } catch (e) {
      return { director: d.name, status: 'failed', error: (e as Error).message, steps: steps.list };
    }
    return this.verify(d, conn, steps, svcKey, rsKey, rs);
  }

  /** Samples ActiveConn (summed over the directors that applied the change and have IPVS) until it is 0. */
  private async waitForConnections(
    clusterId: string,
    directors: Director[],
    results: DirectorRuntimeResult[],
    svcKey: string,
    rsKey: string,
    timeoutMs: number,
  ): Promise<RuntimeApplyDto['connections']> {
    const started = this.clock.nowMs();
    const conns: { c: SshConnection; d: Director }[] = [];
    for (const r of results) {
      if (r.status !== 'applied' || r.weight === undefined || (r.verified ?? '').startsWith('not verified')) continue;
      const d = directors.find((x) => x.name === r.director)!;
      const c = await this.connector.connect(clusterId, d).catch(() => undefined);
      if (c) conns.push({ c, d });
    }
    // No director shows an IPVS table: nothing to count.
    if (!conns.length) return undefined;
    const samples: { ms: number; activeConn: number }[] = [];
    for (;;) {
      let n = 0;
      for (const { c, d } of conns) {
        const t = await ipvsTable(c, d).catch(() => 'unreadable');
        if (typeof t !== 'string') n += activeConnIn(t, svcKey, rsKey);
      }
      const ms = this.clock.nowMs() - started;
      if (samples.at(-1)?.activeConn !== n || n === 0) samples.push({ ms, activeConn: n });
      if (n === 0) return { drained: true, waitedMs: ms, samples };
      if (ms + 1000 > timeoutMs) {
        samples.push({ ms, activeConn: n });
        return { drained: false, waitedMs: ms, samples };
      }
      await sleep(1000);
    }
  }

  private async finishAdminState(
    clusterId: string,
    target: AdminStateTarget,
    label: string,
    status: RuntimeChangeStatus,
    directors: DirectorRuntimeResult[],
    createdAt: Date,
    out: RuntimeApplyDto,
  ): Promise<RuntimeApplyDto> {
    const changeId = await this.repo.recordChange({
      clusterId,
      kind: 'admin-state',
      target: label,
      value: target.realServer.adminState,
      status,
      requestedBy: actorName(),
      directors,
      createdAt,
    });
    await this.audit.record({
      action: 'realServer.adminState.apply',
      targetType: 'realServer',
      targetId: target.realServerId,
      outcome: status === 'failed' ? 'failure' : 'success',
      detail: `${label}: ${target.realServer.adminState}, ${out.message}${out.reason ? ` (${out.reason})` : ''}`,
      after: {
        adminState: target.realServer.adminState,
        applied: out.applied,
        status,
        changeId,
        directors: directors.map((d) => ({ director: d.director, status: d.status, weight: d.weight ?? null })),
      },
    });
    return { ...out, changeId };
  }

  /**
   * Drift of the track files of one director (the drift check calls this): each file is compared with
   * the console's record — the deployed revision's admin state, or the last change applied "now"
   * after that deployment, and the maintenance the database holds. Null when the director's deployed
   * file has no runtime controls.
   */
  async trackFileDrift(
    clusterId: string,
    conn: SshConnection,
    director: Director,
  ): Promise<{ drifted: boolean; differences: string[] } | null> {
    const deployed = await this.repo.deployed(clusterId);
    if (!deployed?.rendered[director.name]?.text.includes(RUNTIME_TRACK_PREFIX)) return null;
    const spec = deployed.spec;
    const applied = await this.repo.appliedSince(clusterId, deployed.deployedAt ?? new Date(0));
    const current: ClusterSpec = {
      ...spec,
      virtualServices: spec.virtualServices.map((vs) => ({
        ...vs,
        realServers: vs.realServers.map((rs) => ({
          ...rs,
          adminState: (applied.get(changeLabel(vs, rs)) as AdminState | undefined) ?? rs.adminState,
        })),
      })),
    };
    const inMaintenance = (await this.repo.maintenance(clusterId)).some((m) => m.director === director.name);
    const files = runtimeFiles(current, director.name, runtimeControlsFor(director.configPath), inMaintenance);
    // through the director's runtime agent: the periodic drift scan keeps it open for the next drain
    const found = await readRuntimeFilesNow(
      conn,
      runtimeControlsFor(director.configPath).dir,
      files.map((f) => f.path),
    );
    const differences: string[] = [];
    for (const f of files) {
      const v = found.get(f.path);
      if (v === f.value) continue;
      const what = f.what.kind === 'maintenance' ? 'maintenance' : `${f.what.realServer} in ${f.what.service}`;
      const meaning = (x: string | undefined) =>
        x === undefined
          ? 'missing'
          : f.what.kind === 'maintenance'
            ? x === '1'
              ? '1 (on)'
              : x === '0'
                ? '0 (off)'
                : JSON.stringify(x)
            : STATE_OF_VALUE[x]
              ? `${x} (${STATE_OF_VALUE[x]})`
              : JSON.stringify(x);
      differences.push(`${f.path} (${what}): found ${meaning(v)}, the console has ${meaning(f.value)}`);
    }
    return { drifted: differences.length > 0, differences: differences.slice(0, 50) };
  }

  // ---- director maintenance ----

  async maintenanceList(clusterId: string): Promise<MaintenanceListDto> {
    const current = await this.specs.getSpec(clusterId);
    if (!current) throw new RuntimeError(RuntimeErrorCode.ClusterNotFound, `No cluster with id ${clusterId}.`);
    const rows = new Map((await this.repo.maintenance(clusterId)).map((r) => [r.director, r]));
    return {
      items: current.spec.directors.map((d) => {
        const r = rows.get(d.name);
        return { director: d.name, maintenance: !!r, since: r?.since.toISOString() ?? null, requestedBy: r?.requestedBy ?? null };
      }),
    };
  }

  async changes(clusterId: string, limit: number, offset: number): Promise<RuntimeChangePageDto> {
    const { rows, total } = await this.repo.changes(clusterId, limit, offset);
    return {
      total,
      items: rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        target: r.target,
        value: r.value,
        status: r.status,
        requestedBy: r.requested_by,
        createdAt: r.created_at.toISOString(),
        finishedAt: r.finished_at?.toISOString() ?? null,
        directors: r.directors,
      })),
    };
  }

  /**
   * Maintenance on: the director's maintenance file reads 1, its instances' priority drops (or they
   * go to FAULT where keepalived wants weight 0), and the call waits until every VIP it held is held
   * by another member. Refused (409) when an instance has no other member that answers and runs
   * keepalived. Off: the file reads 0; instances with preempt take their VIPs back.
   */
  async setMaintenance(clusterId: string, name: string, on: boolean): Promise<MaintenanceResultDto> {
    const createdAt = this.clock.now();
    const current = await this.specs.getSpec(clusterId);
    if (!current) throw new RuntimeError(RuntimeErrorCode.ClusterNotFound, `No cluster with id ${clusterId}.`);
    const deployed = await this.repo.deployed(clusterId);
    const spec = deployed?.spec ?? current.spec;
    const director = spec.directors.find((d) => d.name === name) ?? current.spec.directors.find((d) => d.name === name);
    if (!director)
      throw new RuntimeError(RuntimeErrorCode.DirectorNotFound, `No director named ${name} in this cluster.`, [
        { path: 'name', message: `must name a director of the cluster (${current.spec.directors.map((d) => d.name).join(', ')})` },
      ]);
    if (spec.mode === 'ipvsadm')
      throw new RuntimeError(
        RuntimeErrorCode.NotSupported,
        'In ipvsadm mode keepalived.conf is not rendered by the console, so it carries no maintenance track file.',
        [{ path: 'state', message: 'maintenance needs a cluster in keepalived mode' }],
      );
    const instances = spec.vrrpInstances.filter((i) => i.members.some((m) => m.director === name));
    const base = { director: name, maintenance: on, vips: [], preempt: [] };
    const hasControls = !!deployed?.rendered[name]?.text.includes(MAINTENANCE_TRACK_NAME);
    if (!hasControls) {
      await this.repo.setMaintenance(clusterId, name, on, actorName());
      const reason = deployed
        ? `revision ${deployed.number} was deployed before runtime controls: the next deployment writes the maintenance file`
        : 'nothing is deployed on this cluster yet';
      return this.finishMaintenance(clusterId, name, on, 'next-deployment', [], createdAt, {
        ...base,
        applied: 'next-deployment',
        message: APPLIES_AT_NEXT_DEPLOYMENT,
        reason,
        status: 'next-deployment',
        directors: [],
      });
    }
    const conns = new Map<string, SshConnection>();
    const peers = spec.directors.filter((d) => instances.some((i) => i.members.some((m) => m.director === d.name)));
    await Promise.all(
      peers.map(async (d) => {
        const c = await this.connector.connect(clusterId, d).catch(() => undefined);
        if (c) conns.set(d.name, c);
      }),
    );
    const healthy = new Set<string>();
    await Promise.all(
      [...conns].map(async ([n, c]) => {
        const d = spec.directors.find((x) => x.name === n)!;
        const r = await c
          .exec(['sh', '-c', 'p=$(cat "$1" 2>/dev/null) && kill -0 "$p" 2>/dev/null', 'lvs-alive', d.pidFile], { timeoutMs: 15_000 })
          .catch(() => undefined);
        if (r?.code === 0) healthy.add(n);
      }),
    );
    if (on) {
      const alone = instances.filter((i) => !i.members.some((m) => m.director !== name && healthy.has(m.director)));
      if (alone.length)
        throw new RuntimeError(
          RuntimeErrorCode.NoStandby,
          `Maintenance on ${name} refused: ${alone
            .map(
              (i) =>
                `${i.name} has no other member that is reachable and runs keepalived (${
                  i.members
                    .filter((m) => m.director !== name)
                    .map((m) => `${m.director}: ${conns.has(m.director) ? 'keepalived not running' : 'unreachable'}`)
                    .join(', ') || 'no other member'
                })`,
            )
            .join('; ')}. Its VIPs would have nowhere to go.`,
          alone.map((i) => ({ path: 'state', message: `instance ${i.name}: no standby` })),
        );
    }
    const conn = conns.get(name);
    const steps = new Steps(this.clock);
    if (!conn) {
      const result: DirectorRuntimeResult = { director: name, status: 'unreachable', error: `${name} is not reachable`, steps: [] };
      return this.finishMaintenance(clusterId, name, on, 'failed', [result], createdAt, {
        ...base,
        applied: 'now',
        message: APPLIED_NOW,
        status: 'failed',
        reason: `${name} is not reachable: nothing changed`,
        directors: [result],
      });
    }
    const holders = async () => this.vipHolders(spec, instances, conns);
    const before = await holders();
    const rc = runtimeControlsFor(director.configPath);
    const file = maintenanceFile(rc, on);
    const written = this.clock.nowMs();
    try {
      await steps.run('write', async () => {
        const w = await writeRuntimeFilesNow(conn, rc.dir, [file]);
        return { value: undefined, output: `${file.path} = ${file.value}${w.changed.length ? '' : ' (already)'} over ${w.via}` };
      });
    } catch (e) {
      const result: DirectorRuntimeResult = { director: name, status: 'failed', error: (e as Error).message, steps: steps.list };
      return this.finishMaintenance(clusterId, name, on, 'failed', [result], createdAt, {
        ...base,
        applied: 'now',
        message: APPLIED_NOW,
        status: 'failed',
        directors: [result],
      });
    }
    await this.repo.setMaintenance(clusterId, name, on, actorName());
    // What to wait for, per VIP of each instance.
    const preempt: MaintenanceResultDto['preempt'] = [];
    const goals: { vip: string; instance: VrrpInstance; expected: string; done: (h: string[]) => boolean }[] = [];
    for (const inst of instances) {
      if (on) {
        for (const v of inst.vips) {
          const a = vipAddress(v.address);
          if (!(before.get(a) ?? []).includes(name)) continue;
          goals.push({
            vip: a,
            instance: inst,
            expected: `held by another member, not ${name}`,
            done: (h) => h.length > 0 && !h.includes(name),
          });
        }
      } else {
        const returns = this.takesBack(spec, inst, name, healthy);
        preempt.push({ instance: inst.name, ...returns });
        if (returns.returns)
          for (const v of inst.vips)
            goals.push({
              vip: vipAddress(v.address),
              instance: inst,
              expected: `held by ${name} again (preempt)`,
              done: (h) => h.length === 1 && h[0] === name,
            });
      }
    }
    const advert = Math.max(1, ...instances.map((i) => i.advertInt ?? 1));
    const deadline = written + Math.max(15_000, advert * 5_000);
    const seen = new Map<string, number>();
    let last = before;
    await steps.run('vips', async () => {
      while (goals.some((g) => !seen.has(g.vip)) && this.clock.nowMs() < deadline) {
        last = await holders();
        for (const g of goals) if (!seen.has(g.vip) && g.done(last.get(g.vip) ?? [])) seen.set(g.vip, this.clock.nowMs() - written);
        if (goals.some((g) => !seen.has(g.vip))) await sleep(VIP_POLL_MS);
      }
      return {
        value: undefined,
        output: goals.length
          ? goals
              .map(
                (g) =>
                  `${g.vip}: ${seen.has(g.vip) ? `${g.expected} after ${seen.get(g.vip)} ms` : `not ${g.expected} after ${this.clock.nowMs() - written} ms`}`,
              )
              .join('; ')
          : 'no VIP to move',
      };
    });
    const vips = goals.map((g) => ({
      vip: g.vip,
      instance: g.instance.name,
      from: before.get(g.vip) ?? [],
      to: last.get(g.vip) ?? [],
      ms: seen.get(g.vip) ?? null,
      expected: g.expected,
    }));
    const allMoved = goals.every((g) => seen.has(g.vip));
    const result: DirectorRuntimeResult = {
      director: name,
      status: allMoved ? 'applied' : 'failed',
      verified: steps.list.at(-1)?.output,
      ...(allMoved ? {} : { error: 'not every VIP reached where it was expected in time' }),
      steps: steps.list,
    };
    const status: RuntimeChangeStatus = allMoved ? 'applied' : 'partial';
    return this.finishMaintenance(clusterId, name, on, status, [result], createdAt, {
      ...base,
      applied: 'now',
      message: APPLIED_NOW,
      status,
      directors: [result],
      vips,
      preempt,
    });
  }

  /** Whether the director takes an instance's VIPs back when maintenance ends. */
  private takesBack(spec: ClusterSpec, inst: VrrpInstance, name: string, healthy: Set<string>): { returns: boolean; why: string } {
    if (inst.nopreempt) return { returns: false, why: 'nopreempt: the VIPs stay with the member that holds them' };
    const me = inst.members.find((m) => m.director === name)!;
    const higher = inst.members.filter((m) => m.director !== name && healthy.has(m.director) && m.priority >= me.priority);
    if (higher.length)
      return {
        returns: false,
        why: `${higher.map((m) => `${m.director} (priority ${m.priority})`).join(', ')} has a priority as high or higher`,
      };
    return {
      returns: true,
      why: `preempt: priority ${me.priority} is the highest${inst.preemptDelay ? ` (after preempt_delay ${inst.preemptDelay} s)` : ''}`,
    };
  }

  /** Which directors hold each VIP of the instances (`ip -o addr show` on each reachable member). */
  private async vipHolders(
    spec: ClusterSpec,
    instances: VrrpInstance[],
    conns: Map<string, SshConnection>,
  ): Promise<Map<string, string[]>> {
    const vips = new Set(instances.flatMap((i) => i.vips.map((v) => vipAddress(v.address))));
    const out = new Map<string, string[]>([...vips].map((v) => [v, []]));
    await Promise.all(
      [...conns].map(async ([n, c]) => {
        const r = await c.exec(['ip', '-o', 'addr', 'show'], { timeoutMs: 10_000 }).catch(() => undefined);
        if (!r || r.code !== 0) return;
        for (const m of r.stdout.matchAll(/\binet6? ([0-9a-fA-F.:]+)\//g)) out.get(m[1].toLowerCase())?.push(n);
      }),
    );
    for (const v of out.values()) v.sort();
    void spec;
    return out;
  }

  private async finishMaintenance(
    clusterId: string,
    name: string,
    on: boolean,
    status: RuntimeChangeStatus,
    directors: DirectorRuntimeResult[],
    createdAt: Date,
    out: Omit<MaintenanceResultDto, 'changeId'>,
  ): Promise<MaintenanceResultDto> {
    const changeId = await this.repo.recordChange({
      clusterId,
      kind: 'maintenance',
      target: name,
      value: on ? 'on' : 'off',
      status,
      requestedBy: actorName(),
      directors,
      createdAt,
    });
    await this.audit.record({
      action: on ? 'director.maintenance.on' : 'director.maintenance.off',
      targetType: 'director',
      targetId: `${clusterId}/${name}`,
      outcome: status === 'failed' ? 'failure' : 'success',
      detail: `${name}: maintenance ${on ? 'on' : 'off'}, ${out.message}${out.reason ? ` (${out.reason})` : ''}`,
      after: { maintenance: on, status, changeId, vips: out.vips.map((v) => ({ vip: v.vip, to: v.to, ms: v.ms })) },
    });
    if (status === 'failed') this.logger.warn(`maintenance ${on ? 'on' : 'off'} on ${name} failed: ${out.reason ?? directors[0]?.error}`);
    return { ...out, changeId };
  }
}

export type { DeployedRevision };
