import type { ClusterLiveState } from '@lvs/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { register } from '../../../../../lab/src/register';
import { CAN_RUN_LAB, LAB_SKIP_REASON, startLab, type StartedLab, vmLabUnavailableReason } from '../../../../../lab/src/testing';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../test/app';
import { call, login } from '../../../../../test/http';
import { LiveWatcher } from '../../../../../test/live-watcher';

/**
 * Live telemetry from a lab whose director is a QEMU VM (`up --vm`): Debian's kernel with IPVS,
 * full keepalived (VRRP + HTTP_GET checkers + IPVS) with the config rendered from the lab's spec.
 * Unlike the netns lab (telemetry.int-spec.ts), the console sees a real IPVS table: real servers
 * up with counters, connections counted, and a real server's death as keepalived's checker sees it.
 */

const skipReason = CAN_RUN_LAB ? await vmLabUnavailableReason() : LAB_SKIP_REASON;
if (skipReason) console.warn(`[telemetry vm lab] skipped: ${skipReason}`);

describe.skipIf(!!skipReason)(
  skipReason ? `live telemetry from a VM director — skipped: ${skipReason}` : 'live telemetry from a VM director with a real IPVS',
  () => {
    const N = 20;
    let lab: StartedLab;
    let t: TestApp;
    let watcher: LiveWatcher;
    let d1: string;
    let vip: string;
    /** /live keys of the two real servers: `<vip>:80/TCP><address>:80`. */
    let rsKeys: string[];
    const totalConns = (s: ClusterLiveState) => rsKeys.reduce((n, k) => n + (s.realServers[k]?.conns ?? 0), 0);

    beforeAll(async () => {
      lab = await startLab({ vm: true, directors: 1, realServers: 2 });
      t = await startTestApp({ TELEMETRY_TICK_MS: '1000' });
      const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
      const adminToken = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'lab', role: 'admin' } })).body.secret;
      const token = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'viewer', role: 'viewer' } })).body.secret;
      const { clusterId } = await register(lab.state, { url: t.baseUrl, token: adminToken });
      d1 = lab.state.directors[0].name;
      vip = lab.state.vips[0];
      rsKeys = lab.state.realServers.map((r) => `${vip}:80/TCP>${r.address}:80`);
      watcher = await LiveWatcher.join(t.baseUrl, token, clusterId);
    }, 300_000);

    afterAll(async () => {
      watcher?.close();
      await t?.close();
      lab?.down();
    }, 60_000);

    it('shows the VM director with IPVS available, the VIP on it, and both real servers up with counters', async () => {
      await watcher.until(
        'the director reachable with IPVS and both real servers up',
        (s) => s.directors[d1]?.ipvs === 'available' && rsKeys.every((k) => s.realServers[k]?.state === 'up'),
        60_000,
      );
      const s = watcher.state!;
      expect(s.directors[d1]).toMatchObject({ reachable: true, keepalived: 'running', ipvs: 'available' });
      await watcher.until('the VIP on the VM', (x) => x.vips[vip]?.owner === d1, 30_000);
      for (const k of rsKeys) {
        expect(s.realServers[k]).toMatchObject({ state: 'up', observedOn: d1, weight: 1 });
        expect(typeof s.realServers[k].conns).toBe('number');
        expect(typeof s.realServers[k].inPkts).toBe('number');
      }
    }, 120_000);

    it(`${N} HTTP requests from the client namespace through the VIP make conns grow on /live`, async () => {
      const before = totalConns(watcher.state!);
      const answers = Array.from({ length: N }, () => lab.http(`http://${vip}/`, 5));
      expect(answers.map((a) => a.status)).toEqual(Array(N).fill(200));
      const names = new Set(answers.map((a) => a.body.trim()));
      expect([...names].sort()).toEqual(lab.state.realServers.map((r) => r.name).sort());
      // The kernel folds its counters on the estimator's 2 s tick; the console probes every second.
      await watcher.until(`conns up by ${N}`, (s) => totalConns(s) - before >= N, 30_000);
      console.info(`[telemetry vm lab] conns on /live ${before} → ${totalConns(watcher.state!)} after ${N} requests`);
    }, 120_000);

    it("killing a real server's HTTP service shows it down on /live (keepalived's checker removes it)", async () => {
      const victim = lab.state.realServers[1];
      const key = `${vip}:80/TCP>${victim.address}:80`;
      const killed = Date.now();
      await lab.faults.killHttp(victim.role);
      const seen = await watcher.until(`${victim.role} down`, (s) => s.realServers[key]?.state === 'down', 60_000);
      console.info(`[telemetry vm lab] ${victim.role} HTTP killed → down on /live in ${seen - killed} ms (TELEMETRY_TICK_MS 1000)`);
      expect(watcher.state!.realServers[rsKeys[0]].state).toBe('up');
      const answers = Array.from({ length: 4 }, () => lab.http(`http://${vip}/`, 5).body.trim());
      expect(answers).toEqual(Array(4).fill(lab.state.realServers[0].name));
    }, 120_000);
  },
);
