import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { ClusterIncidents, ClusterLiveState, ClusterSpec, Director, Incident } from '@lvs/domain';
import { parseDirector } from '@lvs/keepalived';
import { CommonError, CommonErrorCode } from '../../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Clock } from '../../infra/clock';
import { LiveJoins } from '../../infra/realtime/live-joins';
import { LiveService } from '../../infra/realtime/live.service';
import type { SshConnection } from '../../infra/ssh/ssh-connection';
import { splitBrainOpened, splitBrainResolved } from '../events/event-builders';
import { EventsService } from '../events/events.service';
import { type ConfigFacts, evaluateRadar, graceMs, IncidentTracker, type InstanceConfigFacts } from './radar';
import type { ClusterIncidentsDto, FleetIncidentDto, FleetIncidentsPageDto, FleetIncidentsQueryDto } from './radar.dto';
import { RadarRepository, type StoredIncident } from './radar.repository';
import { TelemetryRepository } from './telemetry.repository';

/** How often a director's running keepalived.conf is looked at again (its sha256 first; read and parsed only when it changed). */
const CONFIG_EVERY_MS = 10_000;
/** Larger configs are not parsed on the event loop every time they change; their instances are then not compared. */
const CONFIG_MAX_BYTES = 2 * 1024 * 1024;
const INCIDENTS_REQUEST = 'radar:incidents';

interface Watched {
  name: string;
  tracker: IncidentTracker;
  ready: boolean;
  last?: { spec: ClusterSpec; state: ClusterLiveState };
  recheck?: NodeJS.Timeout;
}

interface DirectorConfig {
  checkedAt: number;
  sha?: string;
  facts: Map<string, InstanceConfigFacts>;
  busy?: boolean;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * The split-brain radar, fed by telemetry with every new live state of the clusters this replica
 * polls: per VRRP instance it checks the rules of radar.ts, opens and resolves incidents (timeline
 * events `split_brain.opened` / `split_brain.resolved`), and sends the open set on `/live` as
 * `incidents` to the cluster's state and summary rooms whenever it changes, and to each joiner.
 */
@Injectable()
export class RadarService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(RadarService.name);
  private readonly clusters = new Map<string, Watched>();
  private readonly configs = new Map<string, Map<string, DirectorConfig>>();
  private readonly scaleOut: boolean;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly repo: RadarRepository,
    private readonly clustersRepo: TelemetryRepository,
    private readonly events: EventsService,
    private readonly live: LiveService,
    private readonly joins: LiveJoins,
    private readonly clock: Clock,
  ) {
    this.scaleOut = config.scaleOut;
  }

  onApplicationBootstrap(): void {
    this.joins.onJoin((clusterId, send) => {
      void this.current(clusterId).then((c) => c && send('incidents', c));
    });
    if (this.scaleOut) this.live.answerReplicas(INCIDENTS_REQUEST, (clusterId) => this.local(clusterId));
  }

  onModuleDestroy(): void {
    for (const c of this.clusters.values()) if (c.recheck) clearTimeout(c.recheck);
  }

  /** The open incidents of a cluster this replica polls (undefined when it does not). */
  local(clusterId: string): ClusterIncidents | undefined {
    const c = this.clusters.get(clusterId);
    return c?.ready ? { clusterId, at: this.clock.now().toISOString(), incidents: c.tracker.list() } : undefined;
  }

  /** From whichever replica polls the cluster. */
  async current(clusterId: string): Promise<ClusterIncidents | undefined> {
    return (
      this.local(clusterId) ?? (this.scaleOut ? await this.live.askReplicas<ClusterIncidents>(INCIDENTS_REQUEST, clusterId) : undefined)
    );
  }

  /** GET …/incidents: the open incidents, or none with `observed: false` before telemetry has seen the cluster. */
  async list(clusterId: string): Promise<ClusterIncidentsDto> {
    const c = await this.current(clusterId);
    if (c) return { ...c, observed: true };
    if (!(await this.clustersRepo.exists(clusterId))) throw new CommonError(CommonErrorCode.NotFound, `No cluster with id ${clusterId}.`);
    return { clusterId, at: this.clock.now().toISOString(), incidents: [], observed: false };
  }

  /**
   * GET /incidents: every cluster's incidents (or one's: `clusterId`, or a cluster-scoped token's). Open
   * ones are the timeline's, except for the clusters this replica polls, whose tracker is fresher
   * (evidence as of now; an incident opened or resolved a moment ago whose event is still being stored).
   */
  async fleet(scope: string | undefined, q: FleetIncidentsQueryDto): Promise<FleetIncidentsPageDto> {
    if (scope && q.clusterId && q.clusterId !== scope)
      throw new CommonError(CommonErrorCode.Forbidden, 'This token is scoped to another cluster.', [
        { path: 'query.clusterId', message: "must be the token's own cluster" },
      ]);
    const onlyCluster = q.clusterId ?? scope;
    if (q.clusterId && !(await this.clustersRepo.exists(q.clusterId)))
      throw new CommonError(CommonErrorCode.NotFound, `No cluster with id ${q.clusterId}.`);
    const at = this.clock.now().toISOString();
    const toDto = (i: StoredIncident): FleetIncidentDto => ({ ...i, state: i.resolvedAt ? 'resolved' : 'open' });
    if (q.state === 'resolved') {
      const r = await this.repo.resolvedIncidents(onlyCluster, q.limit, q.offset);
      return { items: r.items.map(toDto), total: r.total, at };
    }
    const polled = [...this.clusters].filter(([id, c]) => c.ready && (!onlyCluster || id === onlyCluster));
    const here = new Set(polled.map(([id]) => id));
    const open = [
      ...(await this.repo.openIncidents(onlyCluster)).filter((i) => !here.has(i.clusterId)),
      ...polled.flatMap(([, c]) => c.tracker.list().map((i) => ({ ...i, cluster: c.name, resolvedAt: null }))),
    ].sort((a, b) => b.openedAt.localeCompare(a.openedAt) || a.id.localeCompare(b.id));
    return { items: open.slice(q.offset, q.offset + q.limit).map(toDto), total: open.length, at };
  }

  /** Stops watching a cluster (deleted, or polled by another replica now). */
  forget(clusterId: string): void {
    const c = this.clusters.get(clusterId);
    if (c?.recheck) clearTimeout(c.recheck);
    this.clusters.delete(clusterId);
    this.configs.delete(clusterId);
  }

  /** A new live state of a cluster (telemetry's publish). */
  observe(clusterId: string, spec: ClusterSpec, state: ClusterLiveState): void {
    let c = this.clusters.get(clusterId);
    if (!c) {
      const created: Watched = { name: spec.name, tracker: new IncidentTracker(clusterId, randomUUID), ready: false };
      this.clusters.set(clusterId, created);
      c = created;
      this.repo
        .openIncidents(clusterId)
        .then(
          (open) => created.tracker.restore(open.map(({ cluster: _, resolvedAt: __, ...i }) => i)),
          (e: Error) => this.logger.warn(`could not read the open incidents of ${clusterId}: ${e.message}`),
        )
        .finally(() => {
          created.ready = true;
          if (created.last) this.evaluate(clusterId, created);
        });
    }
    c.name = spec.name;
    c.last = { spec, state };
    if (c.ready) this.evaluate(clusterId, c);
  }

  private evaluate(clusterId: string, c: Watched): void {
    if (!c.last || this.clusters.get(clusterId) !== c) return;
    if (c.recheck) {
      clearTimeout(c.recheck);
      c.recheck = undefined;
    }
    const { spec, state } = c.last;
    const findings = evaluateRadar(spec, state, this.configFacts(clusterId));
    const advert = new Map(spec.vrrpInstances.map((i) => [i.name, i.advertInt]));
    const now = this.clock.nowMs();
    const u = c.tracker.update(findings, now, (f) => graceMs(f.type, advert.get(f.instance) ?? 1));
    for (const i of u.opened) {
      this.logger.warn(`incident opened on ${c.name}: ${i.summary}`);
      this.events.emit(splitBrainOpened(i));
    }
    for (const i of u.resolved) {
      this.logger.log(`incident resolved on ${c.name}: ${i.summary}`);
      this.events.emit(splitBrainResolved(i));
    }
    if (u.changed) this.live.emitIncidents({ clusterId, at: new Date(now).toISOString(), incidents: c.tracker.list() });
    if (u.recheckAt !== undefined) {
      c.recheck = setTimeout(() => this.evaluate(clusterId, c), Math.max(10, u.recheckAt - now));
      c.recheck.unref();
    }
  }

  private configFacts(clusterId: string): ConfigFacts | undefined {
    const m = this.configs.get(clusterId);
    if (!m) return undefined;
    return new Map([...m].filter(([, d]) => d.sha !== undefined).map(([name, d]) => [name, d.facts]));
  }

  /**
   * Looks at a director's running keepalived.conf over telemetry's pooled connection, at most every
   * CONFIG_EVERY_MS: what its instances say (VRID, advert_int, authentication, version, VIPs) is
   * compared across the members. The auth secret is kept only as a digest, in memory.
   */
  watchConfig(clusterId: string, d: Director, conn: SshConnection): void {
    const m = this.configs.get(clusterId) ?? new Map<string, DirectorConfig>();
    this.configs.set(clusterId, m);
    const cur: DirectorConfig = m.get(d.name) ?? { checkedAt: 0, facts: new Map() };
    m.set(d.name, cur);
    if (cur.busy || this.clock.nowMs() - cur.checkedAt < CONFIG_EVERY_MS) return;
    cur.busy = true;
    cur.checkedAt = this.clock.nowMs();
    void this.readConfig(d, conn, cur)
      .catch((e: Error) => this.logger.debug(`could not read ${d.name}'s config: ${e.message}`))
      .finally(() => (cur.busy = false));
  }

  private async readConfig(d: Director, conn: SshConnection, cur: DirectorConfig): Promise<void> {
    const sum = await conn.exec(['sha256sum', d.configPath], { timeoutMs: 5000 });
    const sha = sum.code === 0 ? sum.stdout.trim().split(/\s+/)[0] : undefined;
    if (!sha) {
      cur.sha = undefined;
      return;
    }
    if (sha === cur.sha) return;
    const r = await conn.exec(['head', '-c', String(CONFIG_MAX_BYTES + 1), d.configPath], { timeoutMs: 10_000 });
    if (r.code !== 0 || r.stdout.length > CONFIG_MAX_BYTES) {
      cur.sha = undefined;
      return;
    }
    const facts = new Map<string, InstanceConfigFacts>();
    for (const di of parseDirector(r.stdout).instances) {
      const i = di.instance;
      facts.set(i.name, {
        virtualRouterId: i.virtualRouterId,
        advertInt: i.advertInt,
        auth: i.authPass === undefined ? 'none' : `${i.authType ?? 'PASS'}:${sha256(`${i.authType ?? 'PASS'}\0${i.authPass.slice(0, 8)}`)}`,
        vrrpVersion: i.vrrpVersion ?? 2,
        vips: i.vips.map((v) => v.address.split('/')[0].toLowerCase()).sort(),
      });
    }
    cur.sha = sha;
    cur.facts = facts;
  }

  /** Open incidents in the Prometheus text format (appended to /metrics). */
  prometheus(): string {
    const esc = (v: string) => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
    const open: string[] = [];
    const count: string[] = [];
    for (const c of this.clusters.values()) {
      if (!c.ready) continue;
      const list: Incident[] = c.tracker.list();
      count.push(`lvs_vrrp_incidents_open{cluster="${esc(c.name)}"} ${list.length}`);
      for (const i of list)
        open.push(`lvs_vrrp_incident{cluster="${esc(c.name)}",instance="${esc(i.instance)}",type="${i.type}",severity="${i.severity}"} 1`);
    }
    return [
      "# HELP lvs_vrrp_incidents_open Open split-brain radar incidents per cluster (two MASTERs, no MASTER, misplaced VIPs, members' configs differing)",
      '# TYPE lvs_vrrp_incidents_open gauge',
      ...count,
      '# HELP lvs_vrrp_incident 1 for each open incident, by VRRP instance and type',
      '# TYPE lvs_vrrp_incident gauge',
      ...open,
      '',
    ].join('\n');
  }
}
