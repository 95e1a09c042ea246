import { type ClusterLiveState, LIVE_PROTOCOL, LiveStateKeeper, type LiveClientEvents, type LiveServerEvents } from '@lvs/domain';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { register } from '../../../../../lab/src/register';
import { CAN_RUN_LAB, LAB_SKIP_REASON, startLab, type StartedLab } from '../../../../../lab/src/testing';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../test/app';
import { call, login } from '../../../../../test/http';

type Client = Socket<LiveServerEvents, LiveClientEvents>;

/**
 * keepalived's notify FIFO, read over a long-lived SSH channel: with a 60 s tick the directors are
 * probed once at start-up and not again during the test, so a VRRP transition that reaches /live
 * can only have come through the FIFO.
 */
describe.skipIf(!CAN_RUN_LAB)(
  `VRRP transitions pushed from keepalived's notify FIFO${CAN_RUN_LAB ? '' : ` — skipped: ${LAB_SKIP_REASON}`}`,
  () => {
    let lab: StartedLab;
    let t: TestApp;
    let socket: Client;
    let state: ClusterLiveState | undefined;
    const changes: { at: number; state: ClusterLiveState }[] = [];

    beforeAll(async () => {
      lab = await startLab({ directors: 2, realServers: 1 });
      t = await startTestApp({ TELEMETRY_TICK_MS: '60000' });
      const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
      const adminToken = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'lab', role: 'admin' } })).body.secret;
      const { clusterId } = await register(lab.state, { url: t.baseUrl, token: adminToken });
      socket = io(`${t.baseUrl}/live`, { path: '/socket.io', transports: ['websocket'], auth: { token: adminToken }, reconnection: false });
      const keeper = new LiveStateKeeper();
      socket.on('state.snapshot', (e) => {
        keeper.snapshot(e.state);
        state = keeper.state;
        changes.push({ at: Date.now(), state: e.state });
      });
      socket.on('state.delta', (e) => {
        if (!keeper.delta(e)) return;
        state = keeper.state!;
        changes.push({ at: Date.now(), state });
      });
      await new Promise<void>((resolve, reject) => {
        socket.on('connect', () =>
          socket.emit('join', { clusterId, protocol: LIVE_PROTOCOL }, (r) => (r.ok ? resolve() : reject(new Error(r.error)))),
        );
        socket.on('connect_error', reject);
      });
    }, 120_000);
    afterAll(async () => {
      socket?.close();
      await t?.close();
      lab?.down();
    });

    const waitFor = async (what: string, check: (s: ClusterLiveState) => boolean, timeoutMs: number) => {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        if (state && check(state)) return Date.now();
        await new Promise((r) => setTimeout(r, 25));
      }
      throw new Error(`${what}: not within ${timeoutMs} ms; state ${JSON.stringify(state)?.slice(0, 800)}`);
    };

    it("a MASTER stopping reaches /live from the BACKUP's FIFO, between ticks", async () => {
      const [d1, d2] = lab.state.directors.map((d) => d.name);
      // One probe of each director opens the FIFO channels (the start-up tick ran before the host keys were pinned).
      const { TelemetryService } = await import('./telemetry.service');
      await t.app.get(TelemetryService).tick();
      await waitFor('both directors probed', (s) => s.directors[d1]?.reachable === true && s.directors[d2]?.reachable === true, 15_000);
      expect(state!.instances.VI_LAB.states).toMatchObject({ [d1]: 'MASTER', [d2]: 'BACKUP' });
      await new Promise((r) => setTimeout(r, 1000)); // the channels are open (they start right after the probe)

      const killed = Date.now();
      await lab.faults.stopKeepalived(lab.state.directors[0].role);
      const seen = await waitFor('the BACKUP announcing MASTER', (s) => s.instances.VI_LAB.states[d2] === 'MASTER', 10_000);
      console.info(`VRRP transition on /live ${seen - killed} ms after the kill, from the notify FIFO (tick 60 s)`);
      // The VIP's owner follows the announcement (keepalived takes the VIPs on becoming MASTER)…
      expect(state!.vips[lab.state.vips[0]].owner).toBe(d2);
      // …and no probe ran in between: the director rows were not refreshed.
      expect(state!.directors[d1].keepalived).toBe('running');
    });
  },
);
