/**
 * The deployment runner without root, Postgres or sshd: a fake connector, fake pushes, an
 * in-memory records port and a fake clock. What the root-only integration tests show end to end
 * (deployments.int-spec, deployments-lab.int-spec, pg-fault-lab.int-spec), shown here for the
 * runner's own decisions: rolling order, both stages, stop-on-failure, skipped targets, the failed
 * director's rollback, and recovery after an interruption — asserted on the recorded transitions.
 */
import type { ClusterSpec } from '@lvs/domain';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { clusterSpec } from '../../../../../test/factories';
import type { SshConnection } from '../../infra/ssh/ssh-connection';
import type { ClusterDeployStateEntity, DeploymentEntity, DeploymentTargetEntity } from './deployment.entities';
import { DATABASE_LOST, DeploymentRecovery, RESTARTED } from './deployment-recovery';
import { DEFAULT_RUN, type DeploymentRecords, DeploymentRunner } from './deployment-runner';
import type { PushFactory, PushRequest } from './push-factory';
import { sha256 } from './push-steps';
import type { PushOutcome, PushStepName, PushStrategy, StepRecord } from './push-types';
import { renderAll } from './revisions.service';

const CLUSTER = '00000000-0000-4000-8000-000000000001';
const DEPLOYMENT = '00000000-0000-4000-8000-0000000000d1';

/** Time stands still unless a test moves it; every record's timestamps come from here. */
class FakeClock {
  ms = Date.parse('2026-03-01T12:00:00.000Z');
  now(): Date {
    return new Date(this.ms);
  }
  nowMs(): number {
    return this.ms;
  }
}

type Write =
  | { kind: 'deployment'; id: string; patch: Partial<DeploymentEntity> }
  | { kind: 'target'; director: string; patch: Partial<DeploymentTargetEntity> }
  | { kind: 'state'; patch: Partial<ClusterDeployStateEntity> };

/** The records port in memory: rows as the repository would hold them, and every write in order. */
class MemoryRecords implements DeploymentRecords {
  deployment!: DeploymentEntity;
  readonly rows = new Map<string, DeploymentTargetEntity>();
  deployed: ClusterSpec | null = null;
  maintenance = new Set<string>();
  readonly writes: Write[] = [];

  async findDeployment(clusterId: string, id: string): Promise<DeploymentEntity | null> {
    return clusterId === this.deployment.clusterId && id === this.deployment.id ? this.deployment : null;
  }
  async targets(deploymentId: string): Promise<DeploymentTargetEntity[]> {
    return [...this.rows.values()]
      .filter((t) => t.deploymentId === deploymentId)
      .sort((a, b) => a.position - b.position)
      .map((t) => ({ ...t, steps: [...t.steps] }));
  }
  async state(): Promise<ClusterDeployStateEntity | null> {
    return this.deployed ? ({ clusterId: CLUSTER, lastRevision: { spec: this.deployed } } as ClusterDeployStateEntity) : null;
  }
  async directorsInMaintenance(): Promise<Set<string>> {
    return this.maintenance;
  }
  async active(): Promise<DeploymentEntity[]> {
    return ['pending', 'running'].includes(this.deployment.status) ? [this.deployment] : [];
  }
  async updateDeployment(id: string, patch: Partial<DeploymentEntity>): Promise<void> {
    this.writes.push({ kind: 'deployment', id, patch });
    Object.assign(this.deployment, patch);
  }
  async updateTarget(id: string, patch: Partial<DeploymentTargetEntity>): Promise<void> {
    const row = this.rows.get(id)!;
    this.writes.push({ kind: 'target', director: row.director, patch: { ...patch, ...(patch.steps ? { steps: [...patch.steps] } : {}) } });
    Object.assign(row, patch, patch.steps ? { steps: [...patch.steps] } : {});
  }
  async saveState(s: Partial<ClusterDeployStateEntity> & { clusterId: string }): Promise<void> {
    this.writes.push({ kind: 'state', patch: s });
  }

  /** The statuses a target's record went through, in order. */
  transitions(director: string): string[] {
    return this.writes.flatMap((w) => (w.kind === 'target' && w.director === director && w.patch.status ? [w.patch.status] : []));
  }
  row(director: string): DeploymentTargetEntity {
    return [...this.rows.values()].find((t) => t.director === director)!;
  }
}

/** What a fake director does with a push: fail a phase of a stage, with or without a restore. */
interface Behaviour {
  failPrepare?: 'interim' | 'revision';
  failCommit?: 'interim' | 'revision';
  rolledBack?: boolean;
}

/**
 * Fake pushes: each phase is logged (`prepare lb2 revision`, `commit> lb2 revision` when it starts,
 * `commit< …` when it ends), a commit yields to the event loop in its middle (so parallel commits
 * overlap and sequential ones do not), and each reports the steps a real push reports. A push knows
 * its stage by its text: the revision's rendered text, or the interim stage's.
 */
class FakePushes implements PushFactory {
  readonly log: string[] = [];
  /** `${director} ${stage}` → the text it was given. */
  readonly texts = new Map<string, string>();
  readonly behaviour = new Map<string, Behaviour>();
  readonly requests: PushRequest[] = [];
  revisionTexts: Record<string, string> = {};

  create(_conn: SshConnection, req: PushRequest, onStep: (s: StepRecord) => void): PushStrategy {
    this.requests.push(req);
    const name = req.director.name;
    const b = this.behaviour.get(name) ?? {};
    const { log, texts, revisionTexts } = this;
    let stage: 'interim' | 'revision' = 'revision';
    const step = (n: PushStepName, status: StepRecord['status'] = 'ok'): void =>
      onStep({ name: n, status, startedAt: '2026-03-01T12:00:00.000Z', ms: 1 });
    const outcome = (ok: boolean, extra: Partial<PushOutcome> = {}): PushOutcome => ({
      ok,
      beforeSha256: 'b'.repeat(64),
      finalSha256: ok ? sha256(texts.get(`${name} ${stage}`)!) : 'b'.repeat(64),
      rolledBack: false,
      steps: [],
      ...extra,
    });
    return {
      async prepare(text: string) {
        stage = text === revisionTexts[name] ? 'revision' : 'interim';
        texts.set(`${name} ${stage}`, text);
        log.push(`prepare ${name} ${stage}`);
        step('read');
        step('upload');
        if (b.failPrepare === stage) {
          step('config-test', 'failed');
          return outcome(false, { failedStep: 'config-test', error: 'keepalived --config-test failed (exit 4)' });
        }
        step('config-test');
        return null;
      },
      async commit() {
        log.push(`commit> ${name} ${stage}`);
        await new Promise((r) => setImmediate(r));
        log.push(`commit< ${name} ${stage}`);
        step('backup');
        step('swap');
        if (b.failCommit === stage) {
          step('reload', 'failed');
          if (b.rolledBack) for (const n of ['restore', 'restore-reload', 'restore-verify'] as const) step(n);
          return outcome(false, { failedStep: 'reload', error: 'systemctl reload keepalived failed (exit 1)', rolledBack: !!b.rolledBack });
        }
        step('reload');
        step('verify');
        return outcome(true);
      },
      async abandon() {
        log.push(`abandon ${name}`);
      },
    };
  }
}

/** A director's connection as far as the runner and recovery use it: the IPVS table (drain wait), files (recovery). */
function fakeConnection(files: Map<string, string>, execs: string[][]): SshConnection {
  return {
    async exec(argv: readonly string[]) {
      execs.push([...argv]);
      if (argv[0] === 'ipvsadm')
        return { code: 0, signal: null, stdout: 'IP Virtual Server version 1.2.1 (size=4096)\n', stderr: '', ms: 1 };
      if (argv[0] === 'rm') for (const f of argv.slice(3)) files.delete(f);
      return { code: 0, signal: null, stdout: '', stderr: '', ms: 1 };
    },
    async readFile(path: string) {
      const t = files.get(path);
      return t === undefined ? null : Buffer.from(t);
    },
  } as unknown as SshConnection;
}

/** Three directors: lb1 MASTER (150), lb2 (100) and lb3 (90) BACKUP — rolling order lb2, lb3, lb1. */
function threeDirectors(overrides: Parameters<typeof clusterSpec>[0] = {}): ClusterSpec {
  const base = clusterSpec(overrides);
  const spec: ClusterSpec = { ...base, directors: [...base.directors, { ...base.directors[1], name: 'lb3', address: '10.213.0.13' }] };
  spec.vrrpInstances = [
    {
      ...spec.vrrpInstances[0],
      members: [
        { director: 'lb1', priority: 150, state: 'MASTER' },
        { director: 'lb2', priority: 100, state: 'BACKUP' },
        { director: 'lb3', priority: 90, state: 'BACKUP' },
      ],
    },
  ];
  return spec;
}

/**
 * The deployed revision serves one real server more (10.213.0.23) than the one being deployed: a
 * removal of a serving real server, which a drain-first deployment applies in two stages.
 */
function removingRealServer(w: World): ClusterSpec {
  const next = threeDirectors();
  const deployed = structuredClone(next);
  deployed.virtualServices[0].realServers.push({ ...structuredClone(next.virtualServices[0].realServers[1]), address: '10.213.0.23' });
  w.records.deployed = deployed;
  return next;
}

interface World {
  records: MemoryRecords;
  pushes: FakePushes;
  clock: FakeClock;
  connects: string[];
  unreachable: Set<string>;
  execs: Map<string, string[][]>;
  files: Map<string, Map<string, string>>;
  audits: { action: string; outcome?: string; detail?: string }[];
  events: { kind: string; subject?: string }[];
  live: { event: string; payload: Record<string, unknown> }[];
  runner: DeploymentRunner;
  recovery: DeploymentRecovery;
}

function world(): World {
  const records = new MemoryRecords();
  const pushes = new FakePushes();
  const clock = new FakeClock();
  const w: Omit<World, 'runner' | 'recovery'> = {
    records,
    pushes,
    clock,
    connects: [],
    unreachable: new Set(),
    execs: new Map(),
    files: new Map(),
    audits: [],
    events: [],
    live: [],
  };
  const connector = {
    async connect(_clusterId: string, d: { name: string }) {
      w.connects.push(d.name);
      if (w.unreachable.has(d.name)) throw new Error(`cannot connect to root@${d.name}:22: connect ECONNREFUSED`);
      if (!w.execs.has(d.name)) w.execs.set(d.name, []);
      if (!w.files.has(d.name)) w.files.set(d.name, new Map());
      return fakeConnection(w.files.get(d.name)!, w.execs.get(d.name)!);
    },
  };
  const audit = {
    async record(r: { action: string; outcome?: string; detail?: string }) {
      w.audits.push({ action: r.action, outcome: r.outcome, detail: r.detail });
    },
  };
  const events = { emit: (e: { kind: string; subject?: string }) => void w.events.push({ kind: e.kind, subject: e.subject }) };
  const live = { emit: (_c: string, event: string, payload: Record<string, unknown>) => void w.live.push({ event, payload }) };
  const deps = { records, connector, audit, live: live as never, events: events as never, clock };
  return {
    ...w,
    runner: new DeploymentRunner({ ...deps, pushes }),
    recovery: new DeploymentRecovery(deps),
  };
}

/** Records a deployment of `spec` as DeploymentsService.start does: pending, one pending target per director in rolling order. */
function record(
  w: World,
  spec: ClusterSpec,
  opts: {
    parallel?: boolean;
    stopOnFailure?: boolean;
    status?: DeploymentEntity['status'];
    /** The revision's render (default: every director for today's keepalived). */
    rendered?: ReturnType<typeof renderAll>['rendered'];
  } = {},
) {
  const rendered = opts.rendered ?? renderAll(spec, 2).rendered;
  w.records.deployment = {
    id: DEPLOYMENT,
    clusterId: CLUSTER,
    revisionId: 'rev-2',
    revision: { id: 'rev-2', number: 2, spec, rendered },
    status: opts.status ?? 'pending',
    parallel: opts.parallel ?? false,
    stopOnFailure: opts.stopOnFailure ?? true,
    requestedBy: 'alice',
    startedAt: null,
    finishedAt: null,
    error: null,
  } as unknown as DeploymentEntity;
  w.pushes.revisionTexts = Object.fromEntries(Object.entries(rendered).map(([k, v]) => [k, v.text]));
  ['lb2', 'lb3', 'lb1'].forEach((director, position) =>
    w.records.rows.set(`t-${director}`, {
      id: `t-${director}`,
      deploymentId: DEPLOYMENT,
      director,
      position,
      status: 'pending',
      steps: [],
      beforeSha256: null,
      afterSha256: null,
      error: null,
      startedAt: null,
      finishedAt: null,
    } as DeploymentTargetEntity),
  );
  return rendered;
}

const commits = (log: string[]) => log.filter((l) => l.startsWith('commit<')).map((l) => l.slice('commit< '.length));

describe('DeploymentRunner (no root, no database, no sshd)', () => {
  let w: World;
  beforeEach(() => {
    w = world();
  });

  it('one at a time: prepares every director, then commits BACKUPs first and the MASTER last; records every transition', async () => {
    const rendered = record(w, threeDirectors());
    await w.runner.run(DEPLOYMENT, CLUSTER, DEFAULT_RUN);

    // phase 1 for all before any swap, then rolling order, each commit over before the next starts
    expect(w.pushes.log).toEqual([
      'prepare lb2 revision',
      'prepare lb3 revision',
      'prepare lb1 revision',
      'commit> lb2 revision',
      'commit< lb2 revision',
      'commit> lb3 revision',
      'commit< lb3 revision',
      'commit> lb1 revision',
      'commit< lb1 revision',
    ]);
    expect(w.pushes.texts.get('lb1 revision')).toBe(rendered.lb1.text);
    for (const d of ['lb1', 'lb2', 'lb3']) {
      expect(w.records.transitions(d)).toEqual(['running', 'succeeded']);
      const row = w.records.row(d);
      expect(row.steps.map((s) => `${s.name}:${s.status}`)).toEqual([
        'connect:ok',
        'read:ok',
        'upload:ok',
        'config-test:ok',
        'backup:ok',
        'swap:ok',
        'reload:ok',
        'verify:ok',
      ]);
      expect(row).toMatchObject({ beforeSha256: 'b'.repeat(64), afterSha256: sha256(rendered[d].text), error: null });
      expect(row.finishedAt).toEqual(w.clock.now());
    }
    expect(w.records.deployment).toMatchObject({ status: 'succeeded', error: null, startedAt: w.clock.now(), finishedAt: w.clock.now() });
    expect(w.records.writes.filter((x) => x.kind === 'state')).toEqual([
      {
        kind: 'state',
        patch: {
          clusterId: CLUSTER,
          lastRevisionId: 'rev-2',
          lastDeploymentId: DEPLOYMENT,
          drift: false,
          driftDetail: null,
          driftCheckedAt: w.clock.now(),
        },
      },
    ]);
    expect(w.audits).toEqual([{ action: 'deployment.finish', outcome: 'success', detail: undefined }]);
    expect(w.events.map((e) => e.kind)).toEqual(['deployment.succeeded']);
    expect(w.live.at(-1)).toEqual({
      event: 'deployment.status',
      payload: { clusterId: CLUSTER, deploymentId: DEPLOYMENT, status: 'succeeded', error: undefined },
    });
  });

  it('in parallel: the BACKUPs commit together, the MASTER alone after both are done', async () => {
    record(w, threeDirectors(), { parallel: true });
    await w.runner.run(DEPLOYMENT, CLUSTER, DEFAULT_RUN);
    const c = w.pushes.log.filter((l) => l.startsWith('commit'));
    expect(c.slice(0, 2).sort()).toEqual(['commit> lb2 revision', 'commit> lb3 revision']); // both started before either ended
    expect(c.slice(2, 4).sort()).toEqual(['commit< lb2 revision', 'commit< lb3 revision']);
    expect(c.slice(4)).toEqual(['commit> lb1 revision', 'commit< lb1 revision']);
    expect(w.records.deployment.status).toBe('succeeded');
  });

  it('two stages when a serving real server is removed: the interim stage (it drained) everywhere, the drain wait, then the revision', async () => {
    const next = removingRealServer(w);
    const rendered = record(w, next);
    await w.runner.run(DEPLOYMENT, CLUSTER, DEFAULT_RUN);

    expect(commits(w.pushes.log)).toEqual(['lb2 interim', 'lb3 interim', 'lb1 interim', 'lb2 revision', 'lb3 revision', 'lb1 revision']);
    // the interim text still carries the removed real server (drained); the revision's does not
    expect(w.pushes.texts.get('lb2 interim')).toContain('10.213.0.23');
    expect(w.pushes.texts.get('lb2 revision')).toBe(rendered.lb2.text);
    expect(rendered.lb2.text).not.toContain('10.213.0.23');
    for (const d of ['lb1', 'lb2', 'lb3']) {
      // the drain wait read each director's IPVS table between the stages
      expect(w.execs.get(d)).toEqual([['ipvsadm', '-L', '-n', '--exact']]);
      const steps = w.records.row(d).steps;
      const wait = steps.findIndex((s) => s.name === 'drain-wait');
      expect(steps[wait]).toMatchObject({ status: 'ok', stage: 'interim' });
      expect(steps[wait].output).toMatch(/^no active connection left on 10\.213\.0\.23:80/);
      expect(steps.slice(1, wait).every((s) => s.stage === 'interim')).toBe(true);
      expect(steps.slice(wait + 1).every((s) => s.stage === undefined)).toBe(true);
      expect(steps.slice(wait + 1).map((s) => s.name)).toEqual(['read', 'upload', 'config-test', 'backup', 'swap', 'reload', 'verify']);
      expect(w.records.transitions(d)).toEqual(['running', 'succeeded']);
    }
    expect(w.records.deployment.status).toBe('succeeded');
  });

  it("the interim stage is rendered for the keepalived release each director's revision was rendered for", async () => {
    const next = removingRealServer(w);
    const { rendered } = renderAll(next, 2, { lb2: '2.0.10' });
    expect(rendered.lb2).toMatchObject({ keepalivedVersion: '2.0.10', omitted: ['reload_check_config'] });
    record(w, next, { rendered });
    await w.runner.run(DEPLOYMENT, CLUSTER, DEFAULT_RUN);
    const interim = w.pushes.texts.get('lb2 interim')!;
    expect(interim).toContain('10.213.0.23');
    expect(interim).not.toMatch(/reload_check_config/);
    expect(interim).toMatch(/^vrrp_track_file /m); // 2.0.10's spelling of track_file
    expect(w.pushes.texts.get('lb3 interim')).toMatch(/reload_check_config/); // no release recorded: today's render
    expect(w.records.deployment.status).toBe('succeeded');
  });

  it('drainFirst off: one stage, no drain wait', async () => {
    const next = removingRealServer(w);
    record(w, next);
    await w.runner.run(DEPLOYMENT, CLUSTER, { ...DEFAULT_RUN, drainFirst: false });
    expect(commits(w.pushes.log)).toEqual(['lb2 revision', 'lb3 revision', 'lb1 revision']);
    expect([...w.execs.values()].flat()).toEqual([]);
  });

  it('stop on failure: the failed director is rolled back, the MASTER after it is never swapped (its upload removed) and is skipped', async () => {
    w.pushes.behaviour.set('lb3', { failCommit: 'revision', rolledBack: true });
    record(w, threeDirectors());
    await w.runner.run(DEPLOYMENT, CLUSTER, DEFAULT_RUN);

    expect(commits(w.pushes.log)).toEqual(['lb2 revision', 'lb3 revision']);
    expect(w.pushes.log).toContain('abandon lb1');
    expect(w.records.transitions('lb2')).toEqual(['running', 'succeeded']);
    expect(w.records.transitions('lb3')).toEqual(['running', 'rolled_back']);
    expect(w.records.transitions('lb1')).toEqual(['running', 'skipped']);
    const lb3 = w.records.row('lb3');
    expect(lb3.error).toBe(
      'lb3: reload failed: systemctl reload keepalived failed (exit 1) (rolled back: the previous file is restored and verified)',
    );
    expect(lb3.steps.map((s) => s.name).slice(-4)).toEqual(['reload', 'restore', 'restore-reload', 'restore-verify']);
    expect(w.records.row('lb1')).toMatchObject({ error: 'not attempted: an earlier director failed (stop on failure)', afterSha256: null });
    expect(w.records.row('lb1').steps.map((s) => s.name)).toEqual(['connect', 'read', 'upload', 'config-test']); // prepared, never swapped
    expect(w.records.deployment).toMatchObject({ status: 'failed', error: lb3.error });
    // a failed deployment moves the cluster's last deployment, not its deployed revision
    expect(w.records.writes.filter((x) => x.kind === 'state').map((x) => x.patch)).toEqual([
      { clusterId: CLUSTER, lastDeploymentId: DEPLOYMENT },
    ]);
    expect(w.events.map((e) => e.kind)).toEqual(['deployment.rolled_back', 'deployment.failed']);
    expect(w.audits).toEqual([{ action: 'deployment.finish', outcome: 'failure', detail: lb3.error }]);
  });

  it('without stop on failure: the others still get the revision', async () => {
    w.pushes.behaviour.set('lb2', { failCommit: 'revision', rolledBack: true });
    record(w, threeDirectors(), { stopOnFailure: false });
    await w.runner.run(DEPLOYMENT, CLUSTER, DEFAULT_RUN);
    expect(commits(w.pushes.log)).toEqual(['lb2 revision', 'lb3 revision', 'lb1 revision']);
    expect(['lb2', 'lb3', 'lb1'].map((d) => w.records.row(d).status)).toEqual(['rolled_back', 'succeeded', 'succeeded']);
    expect(w.records.deployment.status).toBe('failed');
  });

  it('a config one director refuses stops the deployment before any swap: nothing is committed, the others are skipped', async () => {
    w.pushes.behaviour.set('lb1', { failPrepare: 'revision' });
    record(w, threeDirectors());
    await w.runner.run(DEPLOYMENT, CLUSTER, DEFAULT_RUN);
    expect(commits(w.pushes.log)).toEqual([]);
    expect(w.pushes.log.filter((l) => l.startsWith('abandon')).sort()).toEqual(['abandon lb2', 'abandon lb3']);
    expect(w.records.row('lb1')).toMatchObject({
      status: 'failed',
      error: 'lb1: config-test failed: keepalived --config-test failed (exit 4) (the director was not changed)',
    });
    expect(w.records.transitions('lb2')).toEqual(['running', 'skipped']);
    expect(w.records.transitions('lb3')).toEqual(['running', 'skipped']);
  });

  it('an unreachable director fails at connect and, with stop on failure, nothing is pushed anywhere', async () => {
    w.unreachable.add('lb3');
    record(w, threeDirectors());
    await w.runner.run(DEPLOYMENT, CLUSTER, DEFAULT_RUN);
    expect(w.connects.sort()).toEqual(['lb1', 'lb2', 'lb3']);
    expect(w.pushes.log).toEqual([]);
    expect(w.records.row('lb3')).toMatchObject({ status: 'failed', error: 'lb3: cannot connect to root@lb3:22: connect ECONNREFUSED' });
    expect(w.records.row('lb3').steps).toEqual([
      expect.objectContaining({ name: 'connect', status: 'failed', output: 'cannot connect to root@lb3:22: connect ECONNREFUSED' }),
    ]);
    expect(w.records.transitions('lb2')).toEqual(['running', 'skipped']);
    expect(w.records.transitions('lb1')).toEqual(['running', 'skipped']);
    expect(w.records.deployment).toMatchObject({ status: 'failed', error: 'lb3: cannot connect to root@lb3:22: connect ECONNREFUSED' });
  });

  it('a failure in the revision stage leaves the directors that hold only the interim stage failed, saying so', async () => {
    const next = removingRealServer(w);
    w.pushes.behaviour.set('lb2', { failCommit: 'revision', rolledBack: true });
    record(w, next);
    await w.runner.run(DEPLOYMENT, CLUSTER, DEFAULT_RUN);
    expect(commits(w.pushes.log)).toEqual(['lb2 interim', 'lb3 interim', 'lb1 interim', 'lb2 revision']);
    expect(w.records.row('lb2').status).toBe('rolled_back');
    for (const d of ['lb3', 'lb1'])
      expect(w.records.row(d)).toMatchObject({
        status: 'failed',
        error:
          'holds the interim stage (real servers the revision removes drained, moving VIPs on no instance); the revision was not attempted: an earlier director failed',
      });
  });

  it('a director in maintenance gets its track files with maintenance on; the others off', async () => {
    w.records.maintenance = new Set(['lb2']);
    record(w, threeDirectors());
    await w.runner.run(DEPLOYMENT, CLUSTER, DEFAULT_RUN);
    const files = (name: string) => w.pushes.requests.find((r) => r.director.name === name)!.runtimeFiles ?? [];
    const maintenance = (name: string) => files(name).flatMap((f) => (f.what.kind === 'maintenance' ? [f.value] : []));
    expect(maintenance('lb2')).toEqual(['1']);
    expect(maintenance('lb3')).toEqual(['0']);
    expect(maintenance('lb1')).toEqual(['0']);
    // and one file per real server (the admin state), the same on every director
    expect(files('lb2').filter((f) => f.what.kind === 'realServer')).toHaveLength(2);
  });
});

describe('DeploymentRecovery (after an API restart)', () => {
  it('marks the deployment interrupted and reports what each unfinished director holds, removing our leftover upload', async () => {
    const w = world();
    const spec = threeDirectors();
    const rendered = record(w, spec, { status: 'running' });
    const path = spec.directors[0].configPath;
    const previous = 'global_defs {}\n';
    // lb2 finished before the restart; lb3 was mid-commit and holds the new file; lb1 had uploaded only
    Object.assign(w.records.row('lb2'), { status: 'succeeded' });
    Object.assign(w.records.row('lb3'), {
      status: 'running',
      steps: [{ name: 'read', status: 'ok', startedAt: '2026-03-01T11:59:00.000Z', ms: 3, output: `current sha256 ${sha256(previous)}` }],
    });
    Object.assign(w.records.row('lb1'), {
      status: 'running',
      steps: [{ name: 'read', status: 'ok', startedAt: '2026-03-01T11:59:00.000Z', ms: 3, output: `current sha256 ${sha256(previous)}` }],
    });
    w.files.set('lb3', new Map([[path, rendered.lb3.text]]));
    w.files.set(
      'lb1',
      new Map([
        [path, previous],
        [`${path}.lvs-new`, rendered.lb1.text],
      ]),
    );

    await w.recovery.recoverAll();
    await w.recovery.settled();

    expect(w.records.deployment).toMatchObject({ status: 'interrupted', error: RESTARTED, finishedAt: w.clock.now() });
    expect(w.audits).toEqual([
      { action: 'deployment.interrupted', outcome: 'failure', detail: `deployment ${DEPLOYMENT} was running when the API stopped` },
    ]);
    expect(w.live).toContainEqual({
      event: 'deployment.status',
      payload: { clusterId: CLUSTER, deploymentId: DEPLOYMENT, status: 'interrupted', error: RESTARTED },
    });
    expect(w.connects.sort()).toEqual(['lb1', 'lb3']); // the finished one is left alone
    expect(w.records.row('lb2').status).toBe('succeeded');
    expect(w.records.row('lb3')).toMatchObject({
      status: 'failed',
      afterSha256: sha256(rendered.lb3.text),
      error: `${RESTARTED}; director holds the new revision`,
    });
    expect(w.records.row('lb1')).toMatchObject({
      status: 'failed',
      afterSha256: sha256(previous),
      error: `${RESTARTED}; director holds its previous file; its unused upload ${path}.lvs-new was removed`,
    });
    expect(w.records.row('lb1').steps.at(-1)).toMatchObject({ name: 'verify', status: 'skipped' });
    expect(w.files.get('lb1')!.has(`${path}.lvs-new`)).toBe(false);
    expect(w.execs.get('lb1')).toEqual([['rm', '-f', '--', `${path}.lvs-new`]]);
  });

  it('the database gone under a run: retried every 2 s until it answers, then interrupted and each director checked', async () => {
    vi.useFakeTimers();
    try {
      const w = world();
      const rendered = record(w, threeDirectors(), { status: 'running' });
      w.files.set('lb2', new Map([[threeDirectors().directors[0].configPath, rendered.lb2.text]]));
      const find = w.records.findDeployment.bind(w.records);
      let down = 2; // the first two lookups fail, as while Postgres restarts
      w.records.findDeployment = async (c, id) => {
        if (down-- > 0) throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
        return find(c, id);
      };
      w.recovery.interruptWhenDatabaseReturns(CLUSTER, DEPLOYMENT);
      await vi.advanceTimersByTimeAsync(4000);
      expect(w.records.deployment.status).toBe('running'); // two failed lookups, nothing written
      expect(w.records.writes).toEqual([]);
      await vi.advanceTimersByTimeAsync(2000);
      await w.recovery.settled();
      expect(w.records.deployment).toMatchObject({ status: 'interrupted', error: DATABASE_LOST });
      expect(w.audits).toEqual([
        {
          action: 'deployment.interrupted',
          outcome: 'failure',
          detail: `deployment ${DEPLOYMENT} was running when the database became unavailable`,
        },
      ]);
      expect(w.records.row('lb2')).toMatchObject({ status: 'failed', error: `${DATABASE_LOST}; director holds the new revision` });
      expect(w.records.row('lb2').steps.at(-1)?.output).toBe('after the database returned: holds the new revision');
    } finally {
      vi.useRealTimers();
    }
  });

  it('a director it cannot reach is reported as not checked; a finished deployment is not touched', async () => {
    const w = world();
    record(w, threeDirectors(), { status: 'running' });
    w.unreachable.add('lb2');
    await w.recovery.recoverAll();
    await w.recovery.settled();
    expect(w.records.row('lb2')).toMatchObject({
      status: 'failed',
      afterSha256: null,
      error: `${RESTARTED}; director could not check: cannot connect to root@lb2:22: connect ECONNREFUSED`,
    });

    const again = world();
    record(again, threeDirectors(), { status: 'succeeded' });
    await again.recovery.recoverAll();
    await again.recovery.settled();
    expect(again.records.writes).toEqual([]);
    expect(again.connects).toEqual([]);
  });
});
