import { execFile } from 'node:child_process';
import { type DeploymentStepEvent, LIVE_PROTOCOL, type LiveClientEvents, type LiveServerEvents } from '@lvs/domain';
import { parseIpvsSave, sameIpvsTable } from '@lvs/ipvs';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { register } from '../../../../../lab/src/register';
import { CAN_RUN_LAB, LAB_SKIP_REASON, startLab, type StartedLab, vmLabUnavailableReason } from '../../../../../lab/src/testing';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../test/app';
import { call, type Json, login } from '../../../../../test/http';
import { DeploymentsService } from './deployments.service';

/**
 * A cluster in `ipvsadm` mode against a VM director (Debian's kernel with IPVS): keepalived is
 * stopped so the console alone manages the table; deploys push the rules file and reconcile the
 * live table with -A/-E/-a/-e/-d/-D (never -C), verified by `ipvsadm-save -n`, and a deploy the
 * kernel refuses leaves the table exactly as it was.
 */

const skipReason = CAN_RUN_LAB ? await vmLabUnavailableReason() : LAB_SKIP_REASON;
if (skipReason) console.warn(`[ipvsadm mode] skipped: ${skipReason}`);

describe.skipIf(!!skipReason)(
  skipReason ? `deployments in ipvsadm mode — skipped: ${skipReason}` : 'deployments in ipvsadm mode against a VM director',
  () => {
    let lab: StartedLab;
    let t: TestApp;
    let token: string;
    let clusterId: string;
    let d1: string;
    let vip: string;
    let rs: { name: string; address: string }[];
    let socket: Socket<LiveServerEvents, LiveClientEvents>;
    /** deployment.step events seen on /live. */
    const liveSteps: DeploymentStepEvent[] = [];

    /**
     * The lab helpers (ssh, http) are synchronous and block this process, the API's too: a pause
     * first lets the server's close of an idle keep-alive socket reach the client before it reuses it.
     */
    const api = async (method: string, path: string, body?: unknown, headers?: Record<string, string>) => {
      await new Promise((r) => setTimeout(r, 50));
      return call(t.baseUrl, method, `/api/v1${path}`, { token, body, headers });
    };
    const save = () => lab.ssh(d1, 'ipvsadm -S -n');
    const sortedLines = (s: string) =>
      s
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .sort();
    /** Conns counter of the VIP service (reset to 0 if the service were ever deleted and added again). */
    const serviceConns = () => {
      const line = lab
        .ssh(d1, `ipvsadm -L -n --stats --exact -t ${vip}:80`)
        .split('\n')
        .find((l) => l.startsWith('TCP'));
      return Number(line!.trim().split(/\s+/)[2]);
    };

    async function putSpec(change: (spec: Json) => void): Promise<void> {
      const cur = await api('GET', `/clusters/${clusterId}/spec`);
      expect(cur.status).toBe(200);
      const spec = cur.body;
      change(spec);
      const r = await api('PUT', `/clusters/${clusterId}/spec`, spec, { 'if-match': cur.headers.get('etag')! });
      expect(r.status, r.text).toBe(200);
    }

    async function deploy(message: string): Promise<Json> {
      const r = await api('POST', `/clusters/${clusterId}/deployments`, { message });
      expect(r.status, r.text).toBe(202);
      await t.app.get(DeploymentsService).settle(r.body.id);
      return (await api('GET', `/clusters/${clusterId}/deployments/${r.body.id}`)).body;
    }

    /** `n` requests from the client namespace through the VIP, run by a shell there (concurrently with the API). */
    function requestLoop(n: number): Promise<string[]> {
      const script = `for i in $(seq ${n}); do curl -sS -o /dev/null -m 2 -w '%{http_code}\\n' http://${vip}/ || echo 000; sleep 0.05; done`;
      return new Promise((resolve, reject) =>
        execFile('ip', ['netns', 'exec', lab.state.client.namespace, 'sh', '-c', script], { timeout: 60_000 }, (err, stdout) =>
          err ? reject(err) : resolve(stdout.split('\n').filter(Boolean)),
        ),
      );
    }

    beforeAll(async () => {
      lab = await startLab({ vm: true, directors: 1, realServers: 3 });
      d1 = lab.state.directors[0].role;
      vip = lab.state.vips[0];
      rs = lab.state.realServers.map((r) => ({ name: r.name, address: r.address }));
      t = await startTestApp();
      const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
      token = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'lab', role: 'admin' } })).body.secret;
      ({ clusterId } = await register(lab.state, { url: t.baseUrl, token }));
      socket = io(`${t.baseUrl}/live`, { path: '/socket.io', transports: ['websocket'], auth: { token }, reconnection: false });
      socket.on('deployment.step', (e) => void liveSteps.push(e));
      await new Promise<void>((resolve, reject) => {
        socket.on('connect', () =>
          socket.emit('join', { clusterId, protocol: LIVE_PROTOCOL }, (r) => (r.ok ? resolve() : reject(new Error(r.error)))),
        );
        socket.on('connect_error', reject);
      });
    }, 300_000);

    afterAll(async () => {
      socket?.close();
      await t?.close();
      lab?.down();
    }, 60_000);

    it("keepalived mode: drift sees a real server added by hand to the table keepalived manages, not the checkers' own changes", async () => {
      const d = await deploy('keepalived mode, before ipvsadm mode');
      expect(d.status, JSON.stringify(d.targets)).toBe('succeeded');
      // keepalived (reloaded by the deploy) programs the table; wait for its checkers to put the real servers in
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline && !rs.every((r) => save().includes(r.address))) await new Promise((res) => setTimeout(res, 500));
      let drift = await api('GET', `/clusters/${clusterId}/drift`);
      expect(drift.status).toBe(200);
      expect(drift.body.directors[0]).toMatchObject({
        drifted: false,
        fileDrifted: false,
        tableDrifted: false,
        tableDifferences: [],
        tableNote: null,
      });
      // An operator adds a real server by hand: keepalived's checkers did not and would not.
      lab.ssh(d1, `ipvsadm -a -t ${vip}:80 -r 10.213.99.99:80 -g -w 3`);
      drift = await api('GET', `/clusters/${clusterId}/drift`);
      expect(drift.body.drift).toBe(true);
      expect(drift.body.directors[0]).toMatchObject({
        drifted: true,
        fileDrifted: false,
        tableDrifted: true,
        tableDifferences: [`- ${vip}:80/TCP>10.213.99.99:80 -g -w 3`],
      });
      const audit = await api('GET', '/audit?action=cluster.drift_detected');
      expect(JSON.stringify(audit.body.items)).toContain('IPVS table');
      lab.ssh(d1, `ipvsadm -d -t ${vip}:80 -r 10.213.99.99:80`);
      drift = await api('GET', `/clusters/${clusterId}/drift`);
      expect(drift.body).toMatchObject({ drift: false });
    }, 120_000);

    it('keepalived mode: removing a real server that holds connections drains it first and waits for them to end', async () => {
      // Six connections from the client, held until the test closes the holder's stdin (at most 60 s):
      // wrr with equal weights gives each real server two. The test decides when they end, so the
      // evidence below is causal (the wait ended after they closed), not a wall-clock floor that a
      // busy machine breaks (the old 4 s timer could run out before the drain even started).
      const holder = execFile(
        'ip',
        [
          'netns',
          'exec',
          lab.state.client.namespace,
          '/usr/bin/python3',
          '-c',
          `import select,socket,sys\ns=[socket.create_connection(('${vip}',80),timeout=3) for _ in range(6)]\nselect.select([sys.stdin],[],[],60)`,
        ],
        { timeout: 90_000 },
      );
      const held = new Promise((res) => holder.once('exit', res));
      const row = () =>
        lab
          .ssh(d1, `ipvsadm -L -n --exact -t ${vip}:80`)
          .split('\n')
          .find((l) => l.includes(`${rs[2].address}:80`))
          ?.trim()
          .split(/\s+/);
      // columns: -> address forward weight ActiveConn InActConn
      const weight = () => row()?.[3];
      const active = () => Number(row()?.[4] ?? 0);
      try {
        await expect.poll(active, { timeout: 10_000, interval: 200 }).toBeGreaterThan(0);
        await putSpec((spec) => {
          spec.virtualServices[0].realServers = spec.virtualServices[0].realServers.filter((r: Json) => r.address !== rs[2].address);
        });
        const plan = await api('GET', `/clusters/${clusterId}/plan`);
        expect(plan.body.hazards.map((h: Json) => h.kind)).toEqual(['real-server-removed']);
        const started = await api('POST', `/clusters/${clusterId}/deployments`, { message: 'remove the third real server' });
        expect(started.status, started.text).toBe(202);
        const id = started.body.id as string;
        const seen = (step: string) => liveSteps.some((e) => e.deploymentId === id && e.stage === 'interim' && e.step === step);
        // The interim stage (weight 0) is live and the connections are still there: the drain-wait is running.
        await expect.poll(() => seen('verify'), { timeout: 60_000, interval: 200 }).toBe(true);
        await expect.poll(weight, { timeout: 10_000, interval: 200 }).toBe('0');
        expect(active()).toBeGreaterThan(0);
        // Two of the drain-wait's 1 s polls later it is still waiting, not done and not cut short.
        await new Promise((r) => setTimeout(r, 2500));
        expect(seen('drain-wait')).toBe(false);
        expect((await api('GET', `/clusters/${clusterId}/deployments/${id}`)).body.status).toBe('running');
        const releasedAt = Date.now();
        holder.stdin!.end();
        await held;
        await t.app.get(DeploymentsService).settle(id);
        const d = (await api('GET', `/clusters/${clusterId}/deployments/${id}`)).body;
        expect(d.status, JSON.stringify(d.targets)).toBe('succeeded');
        const steps = d.targets[0].steps.map((s: Json) => `${s.stage ? 'interim:' : ''}${s.name}:${s.status}`);
        expect(steps).toEqual([
          'connect:ok',
          'interim:read:ok',
          'interim:upload:ok',
          'interim:config-test:ok',
          'interim:runtime-files:ok',
          'interim:backup:ok',
          'interim:swap:ok',
          'interim:reload:ok',
          'interim:verify:ok',
          'interim:drain-wait:ok',
          'read:ok',
          'upload:ok',
          'config-test:ok',
          'runtime-files:ok',
          'backup:ok',
          'swap:ok',
          'reload:ok',
          'verify:ok',
        ]);
        // It saw the connections end (not the 60 s limit, which says "still open … the removal cuts them"),
        // and it ended only after the test had closed them.
        const waited = d.targets[0].steps.find((s: Json) => s.name === 'drain-wait');
        expect(waited.output).toMatch(
          new RegExp(`^no active connection left on ${rs[2].address.replace(/\./g, '\\.')}:80 after \\d+\\.\\d s$`),
        );
        expect(Date.parse(waited.startedAt) + waited.ms).toBeGreaterThanOrEqual(releasedAt);
        expect(save()).not.toContain(rs[2].address);
      } finally {
        holder.stdin?.end();
        await held;
      }
    }, 180_000);

    it('switching to ipvsadm mode and deploying makes the live table equal the rules', async () => {
      // IPVS managed by the console alone: keepalived stopped (it takes its services and the VIP with it),
      // the VIP put on the director by hand.
      await lab.faults.stopKeepalived(d1);
      lab.ssh(d1, `ip addr replace ${vip}/32 dev eth0`);
      await putSpec((spec) => {
        spec.mode = 'ipvsadm';
        // two of the three real servers to start with
        spec.virtualServices[0].realServers = spec.virtualServices[0].realServers.slice(0, 2);
      });
      const d = await deploy('ipvsadm mode');
      expect(d.status, JSON.stringify(d.targets)).toBe('succeeded');
      const steps = d.targets[0].steps;
      expect(steps.map((s: Json) => s.name)).toEqual(['connect', 'read', 'upload', 'config-test', 'backup', 'swap', 'reconcile', 'verify']);
      expect(steps.every((s: Json) => s.status === 'ok')).toBe(true);
      const reconcile = steps.find((s: Json) => s.name === 'reconcile').output as string;
      expect(reconcile).not.toMatch(/ -C\b/);
      // progress streamed on /live like every other step
      await expect
        .poll(() => liveSteps.filter((e) => e.deploymentId === d.id).map((e) => `${e.step}:${e.status}`))
        .toEqual(steps.map((s: Json) => `${s.name}:ok`));

      const rev = await api('GET', `/clusters/${clusterId}/revisions/${d.revision}`);
      const rules = rev.body.rendered[lab.state.directors[0].name].text as string;
      expect(rules).toContain(`-A -t ${vip}:80 -s wrr`);
      expect(lab.ssh(d1, 'cat /etc/keepalived/ipvsadm.rules')).toBe(rules);
      const live = save();
      expect(sameIpvsTable(parseIpvsSave(live), parseIpvsSave(rules)), live).toBe(true);

      const answers = Array.from({ length: 6 }, () => lab.http(`http://${vip}/`, 3));
      expect(answers.map((a) => a.status)).toEqual(Array(6).fill(200));
      expect(new Set(answers.map((a) => a.body.trim()))).toEqual(new Set([rs[0].name, rs[1].name]));

      // Drift in this mode is any difference from the rules: a weight changed by hand is one.
      const line = live.split('\n').find((l) => l.includes(`-r ${rs[0].address}:80`))!;
      const weight = /-w (\d+)/.exec(line)![1];
      lab.ssh(d1, `ipvsadm -e -t ${vip}:80 -r ${rs[0].address}:80 -g -w 9`);
      let drift = await api('GET', `/clusters/${clusterId}/drift`);
      expect(drift.body.directors[0]).toMatchObject({ drifted: true, fileDrifted: false, tableDrifted: true });
      expect(drift.body.directors[0].tableDifferences.sort()).toEqual([
        `+ ${vip}:80/TCP>${rs[0].address}:80 -g -w ${weight}`,
        `- ${vip}:80/TCP>${rs[0].address}:80 -g -w 9`,
      ]);
      lab.ssh(d1, `ipvsadm -e -t ${vip}:80 -r ${rs[0].address}:80 -g -w ${weight}`);
      drift = await api('GET', `/clusters/${clusterId}/drift`);
      expect(drift.body.drift).toBe(false);
    }, 120_000);

    it('a weight changed, a real server added and another removed: -e/-a/-d only while requests keep being answered', async () => {
      const before = save();
      const connsBefore = serviceConns();
      await putSpec((spec) => {
        const vs = spec.virtualServices[0];
        const third = { ...vs.realServers[0], address: rs[2].address };
        vs.realServers = [{ ...vs.realServers[0], weight: 3 }, third];
      });
      const loop = requestLoop(30);
      const d = await deploy('weights and members');
      const codes = await loop;
      expect(d.status, JSON.stringify(d.targets)).toBe('succeeded');
      // Drain first: the removed real server is set to weight 0 in a first stage, removed in the second.
      const reconciles = d.targets[0].steps.filter((s: Json) => s.name === 'reconcile');
      const commands = reconciles.map((r: Json) =>
        (r.output as string)
          .split('\n')
          .filter((l) => l.startsWith('ipvsadm '))
          .sort(),
      );
      expect(reconciles.map((r: Json) => r.stage ?? 'revision')).toEqual(['interim', 'revision']);
      expect(commands).toEqual([
        [
          `ipvsadm -a -t ${vip}:80 -r ${rs[2].address}:80 -g -w 1`,
          `ipvsadm -e -t ${vip}:80 -r ${rs[0].address}:80 -g -w 3`,
          `ipvsadm -e -t ${vip}:80 -r ${rs[1].address}:80 -g -w 0`,
        ].sort(),
        [`ipvsadm -d -t ${vip}:80 -r ${rs[1].address}:80`],
      ]);
      expect(d.targets[0].steps.find((s: Json) => s.name === 'drain-wait').output).toMatch(
        /^no active connection left on .* after \d+\.\d s$/,
      );
      const after = save();
      // The service line is untouched: never deleted and added again, and its counters kept growing.
      expect(after.split('\n').filter((l) => l.startsWith('-A'))).toEqual(before.split('\n').filter((l) => l.startsWith('-A')));
      expect(after).toContain(`-a -t ${vip}:80 -r ${rs[0].address}:80 -g -w 3`);
      expect(after).toContain(`-a -t ${vip}:80 -r ${rs[2].address}:80 -g -w 1`);
      expect(after).not.toContain(rs[1].address);
      expect(codes).toEqual(Array(30).fill('200'));
      expect(serviceConns()).toBeGreaterThanOrEqual(connsBefore + 30);
    }, 120_000);

    it('a scheduler module this kernel lacks is refused before anything is pushed (the recorded capabilities), and the table stays exactly as before', async () => {
      const before = save();
      const rulesBefore = lab.ssh(d1, 'cat /etc/keepalived/ipvsadm.rules');
      await putSpec((spec) => {
        // A new service, and the existing one switched to twos: Linux 6.1 has no ip_vs_twos.
        const vs = spec.virtualServices[0];
        spec.virtualServices.push({
          ...vs,
          port: 8080,
          scheduler: 'rr',
          realServers: vs.realServers.map((r: Json) => ({ ...r, port: 8080 })),
        });
        spec.virtualServices[0].scheduler = 'twos';
      });
      // The director's capabilities (read over SSH from the VM's kernel) say what it can run: the
      // deployment is refused with the director, the missing module and the keyword named.
      const r = await api('POST', `/clusters/${clusterId}/deployments`, { message: 'refused: no ip_vs_twos' });
      expect(r.status, r.text).toBe(422);
      expect(r.body.code).toBe('fleet.capability_missing');
      expect(r.body.refusals).toEqual([
        expect.objectContaining({ director: 'lab-d1', capability: 'ip_vs_twos', keyword: 'lvs_sched twos' }),
      ]);
      expect(r.body.errors).toEqual([expect.objectContaining({ path: 'spec.virtualServices.0.scheduler' })]);
      // Nothing reached the director.
      expect(sortedLines(save())).toEqual(sortedLines(before));
      expect(lab.ssh(d1, 'cat /etc/keepalived/ipvsadm.rules')).toBe(rulesBefore);
      expect(lab.http(`http://${vip}/`, 3).status).toBe(200);
    }, 120_000);
  },
);
