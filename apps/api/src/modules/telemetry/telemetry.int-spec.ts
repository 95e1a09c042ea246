import { randomUUID } from 'node:crypto';
import type { ClusterLiveSummary, LiveClientEvents, LiveServerEvents } from '@lvs/domain';
import { io, type Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { register } from '../../../../../lab/src/register';
import { CAN_RUN_LAB, LAB_SKIP_REASON, startLab, type StartedLab } from '../../../../../lab/src/testing';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../test/app';
import { call, login } from '../../../../../test/http';
import { LiveWatcher } from '../../../../../test/live-watcher';

type Client = Socket<LiveServerEvents, LiveClientEvents>;

/** A /live client in a cluster's summary room (what the clusters overview does), recording every event it gets. */
class SummaryClient {
  readonly summaries: { at: number; summary: ClusterLiveSummary }[] = [];
  readonly events: string[] = [];
  private constructor(readonly socket: Client) {
    socket.onAny((event: string) => this.events.push(event));
    socket.on('cluster.summary', (summary) => this.summaries.push({ at: Date.now(), summary }));
  }

  static async join(baseUrl: string, token: string, clusterId: string): Promise<SummaryClient> {
    const socket: Client = io(`${baseUrl}/live`, { path: '/socket.io', transports: ['websocket'], auth: { token }, reconnection: false });
    const c = new SummaryClient(socket);
    await new Promise<void>((resolve, reject) => {
      socket.on('connect', () => socket.emit('joinSummary', clusterId, (r) => (r.ok ? resolve() : reject(new Error(r.error)))));
      socket.on('connect_error', reject);
    });
    return c;
  }

  get last(): ClusterLiveSummary | undefined {
    return this.summaries.at(-1)?.summary;
  }

  async until(what: string, check: (s: ClusterLiveSummary) => boolean, timeoutMs = 20_000): Promise<ClusterLiveSummary> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const s = this.last;
      if (s && check(s)) return s;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`${what}: not within ${timeoutMs} ms (last summary: ${JSON.stringify(this.last)})`);
  }
}

describe.skipIf(!CAN_RUN_LAB)(`live telemetry from the netns lab's directors${CAN_RUN_LAB ? '' : ` — skipped: ${LAB_SKIP_REASON}`}`, () => {
  let lab: StartedLab;
  let t: TestApp;
  let token: string;
  let clusterId: string;
  let watcher: LiveWatcher;
  const TICK = 500;
  let vip: string;
  let d1: string;
  let d2: string;

  beforeAll(async () => {
    lab = await startLab({ directors: 2, realServers: 2 });
    t = await startTestApp({ TELEMETRY_TICK_MS: String(TICK) });
    const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    const adminToken = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'lab', role: 'admin' } })).body.secret;
    token = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'viewer', role: 'viewer' } })).body.secret;
    clusterId = (await register(lab.state, { url: t.baseUrl, token: adminToken })).clusterId;
    vip = lab.state.vips[0];
    [d1, d2] = lab.state.directors.map((d) => d.name);
    watcher = await LiveWatcher.join(t.baseUrl, token, clusterId);
  }, 180_000);
  afterAll(async () => {
    watcher?.close();
    await t?.close();
    lab?.down();
  });

  it('observes each director over SSH: reachable, keepalived running, and — this kernel having no IPVS — says so per director', async () => {
    await watcher.until('both directors reachable', (s) => s.directors[d1]?.reachable === true && s.directors[d2]?.reachable === true);
    const s = watcher.state!;
    for (const d of [d1, d2]) {
      expect(s.directors[d]).toMatchObject({ reachable: true, keepalived: 'running', ipvs: 'unavailable' });
      expect(s.directors[d].ipvsReason).toMatch(/ipvs|IP Virtual Server|ipvsadm/i);
    }
    // Without an IPVS table, real-server health is unknown rather than guessed.
    expect(Object.values(s.realServers).map((r) => r.state)).toEqual(['unknown', 'unknown']);
  });

  it('shows the VRRP MASTER and the VIP owner, and the REST state and /metrics agree with the socket', async () => {
    await watcher.until('a VIP owner', (s) => s.vips[vip]?.owner === d1);
    expect(watcher.state!.instances.VI_LAB).toMatchObject({ master: d1, states: { [d1]: 'MASTER', [d2]: 'BACKUP' } });
    const rest = await call(t.baseUrl, 'GET', `/api/v1/clusters/${clusterId}/state`, { token });
    expect(rest.status).toBe(200);
    expect(rest.body.vips[vip].owner).toBe(d1);
    const metrics = await fetch(`${t.baseUrl}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    expect(metrics.status).toBe(200);
    expect(metrics.headers.get('content-type')).toContain('text/plain');
    const text = await metrics.text();
    expect(text).toContain(`lvs_vip_owner{cluster="${lab.state.clusterSpec.name}",vip="${vip}",director="${d1}"} 1`);
    expect(text).toContain(`lvs_director_ipvs_available{cluster="${lab.state.clusterSpec.name}",director="${d1}"} 0`);
    expect(text).toMatch(/^process_resident_memory_bytes\{\} \d+$/m);
    expect((await fetch(`${t.baseUrl}/metrics`)).status).toBe(401);
  });

  it('a client joining late gets the whole state at once, then deltas', async () => {
    const w = await LiveWatcher.join(t.baseUrl, token, clusterId);
    try {
      await w.until('the snapshot', (s) => s.vips[vip]?.owner === d1, 5000);
      expect(w.log[0].what).toBe('snapshot');
    } finally {
      w.close();
    }
  });

  it("killing the MASTER's keepalived moves the VIP, and /live shows the new owner", async () => {
    const killed = Date.now();
    await lab.faults.stopKeepalived(lab.state.directors[0].role);
    const seen = await watcher.until('the VIP on the BACKUP', (s) => s.vips[vip]?.owner === d2, 30_000);
    await watcher.until('keepalived stopped on the old MASTER', (s) => s.directors[d1]?.keepalived === 'stopped', 10_000);
    expect(watcher.state!.directors[d1].reachable).toBe(true);
    expect(watcher.state!.instances.VI_LAB.states).toMatchObject({ [d1]: 'STOPPED', [d2]: 'MASTER' });
    // VRRP takes ~3 advert intervals (3 s here) to fail over; the console adds at most a tick or two.
    console.info(`failover seen on /live ${seen - killed} ms after the kill (tick ${TICK} ms)`);
    await lab.faults.startKeepalived(lab.state.directors[0].role);
    await watcher.until(
      'the VIP back on the MASTER',
      (s) => s.vips[vip]?.owner === d1 && s.directors[d1]?.keepalived === 'running',
      30_000,
    );
  });

  it('a director that stops answering turns unreachable with the reason, and comes back', async () => {
    const role = lab.state.directors[1].role;
    await lab.faults.linkDown(role);
    try {
      await watcher.until('d2 unreachable', (s) => s.directors[d2]?.reachable === false, 30_000);
      expect(watcher.state!.directors[d2].reason).toMatch(/no answer|timed out|ETIMEDOUT|EHOSTUNREACH|not retrying|connect/i);
      expect(watcher.state!.instances.VI_LAB.states[d2]).toBe('unknown');
    } finally {
      await lab.faults.linkUp(role);
    }
    await watcher.until('d2 reachable again', (s) => s.directors[d2]?.reachable === true, 45_000);
  });

  describe("the overview's summary room", () => {
    let client: SummaryClient;
    beforeAll(async () => {
      client = await SummaryClient.join(t.baseUrl, token, clusterId);
    });
    afterAll(() => client?.socket.close());

    it('sends the summary: directors reachable of total, VIP owners, real servers per health, drift and last deployment', async () => {
      const s = await client.until(
        'both directors reachable, the VIP on d1',
        (x) => x.directors.reachable === 2 && x.vips[vip]?.owner === d1,
      );
      expect(s).toMatchObject({
        clusterId,
        directors: { reachable: 2, total: 2 },
        vips: { [vip]: { owner: d1, owners: [d1] } },
        drift: null,
        lastDeployment: null,
      });
      // No IPVS in this kernel: both real servers' health is unknown, and counted so.
      expect(s.realServers).toEqual({ up: 0, down: 0, drained: 0, disabled: 0, missing: 0, unknown: 2 });
    });

    it('sends nothing while nothing it shows changes, though the state changes every tick', async () => {
      const before = client.summaries.length;
      await new Promise((r) => setTimeout(r, 3000)); // six ticks, each with new lastSeen times
      expect(client.summaries.length - before).toBeLessThanOrEqual(1);
    });

    it('a late joiner gets the current summary at once', async () => {
      const late = await SummaryClient.join(t.baseUrl, token, clusterId);
      try {
        const s = await late.until('the summary on joining', (x) => x.vips[vip]?.owner === d1, 5000);
        expect(s.directors).toEqual({ reachable: 2, total: 2 });
      } finally {
        late.socket.close();
      }
    });

    it("sends the changed summary after a fault: the MASTER's keepalived stopped moves the VIP owner", async () => {
      await lab.faults.stopKeepalived(lab.state.directors[0].role);
      try {
        await client.until('the VIP on d2', (x) => x.vips[vip]?.owner === d2, 30_000);
      } finally {
        await lab.faults.startKeepalived(lab.state.directors[0].role);
      }
      await client.until('the VIP back on d1', (x) => x.vips[vip]?.owner === d1, 30_000);
    });

    it("carries the drift flag from the database (the drift scan's row), within a tick of its change", async () => {
      await t.app.get(DataSource).query(
        `INSERT INTO cluster_deploy_state (cluster_id, drift, drift_detail, drift_checked_at) VALUES ($1, true, $2, now())
         ON CONFLICT (cluster_id) DO UPDATE SET drift = true, drift_detail = $2, drift_checked_at = now()`,
        [
          clusterId,
          JSON.stringify([
            { name: d2, drifted: true },
            { name: d1, drifted: false },
          ]),
        ],
      );
      const s = await client.until('drift on d2', (x) => x.drift?.drifted === true, 5000);
      expect(s.drift?.directors).toEqual([d2]);
    });

    it('never sends a summary client the per-real-server state (no snapshot, no delta)', () => {
      expect(client.events.length).toBeGreaterThan(0);
      // The radar's open incidents go to the summary room too (the overview shows them): a few hundred bytes, not per-real-server state.
      expect(new Set(client.events.filter((e) => e !== 'incidents'))).toEqual(new Set(['cluster.summary']));
    });

    it('refuses the summary room of another cluster to a token scoped to one, and a bad id', async () => {
      const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
      const scoped = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'scoped', role: 'viewer', clusterId } }))
        .body.secret;
      await expect(SummaryClient.join(t.baseUrl, scoped, randomUUID())).rejects.toThrow(/scoped to another cluster/);
      await expect(SummaryClient.join(t.baseUrl, token, 'nope')).rejects.toThrow(/UUID/);
    });
  });
});
