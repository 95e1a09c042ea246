import { readFileSync, writeFileSync } from 'node:fs';
import type { ClusterIncidents, LiveClientEvents, LiveServerEvents } from '@lvs/domain';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { register } from '../../../../../lab/src/register';
import { CAN_RUN_LAB, LAB_SKIP_REASON, startLab, type StartedLab } from '../../../../../lab/src/testing';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../test/app';
import { call, login, type Json } from '../../../../../test/http';

type Client = Socket<LiveServerEvents, LiveClientEvents>;

/**
 * The split-brain radar against real VRRP: one director of the lab gets an `authentication` block
 * the other lacks (by hand, in its keepalived.conf, then SIGHUP), so each drops the other's adverts
 * and both become MASTER. The radar must see two MASTERs (and the configs' disagreement), push it
 * on /live as `incidents`, list it on GET …/incidents and /metrics, record it on the timeline, and
 * clear it all once the file is put back.
 */
describe.skipIf(!CAN_RUN_LAB)(`split-brain radar on the netns lab${CAN_RUN_LAB ? '' : ` — skipped: ${LAB_SKIP_REASON}`}`, () => {
  let lab: StartedLab;
  let t: TestApp;
  let token: string;
  let clusterId: string;
  let socket: Client;
  const pushed: { at: number; e: ClusterIncidents }[] = [];
  let original = '';
  let backupRole = '';

  beforeAll(async () => {
    lab = await startLab({ directors: 2, realServers: 0 });
    t = await startTestApp({ TELEMETRY_TICK_MS: '500' });
    const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    token = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'lab', role: 'admin' } })).body.secret;
    clusterId = (await register(lab.state, { url: t.baseUrl, token })).clusterId;
    socket = io(`${t.baseUrl}/live`, { path: '/socket.io', transports: ['websocket'], auth: { token }, reconnection: false });
    socket.on('incidents', (e) => pushed.push({ at: Date.now(), e }));
    await new Promise<void>((resolve, reject) => {
      socket.on('connect', () => socket.emit('joinSummary', clusterId, (r) => (r.ok ? resolve() : reject(new Error(r.error)))));
      socket.on('connect_error', reject);
    });
    backupRole = lab.state.directors[1].role;
    original = readFileSync(lab.state.directors[1].configHostPath, 'utf8');
  }, 180_000);
  afterAll(async () => {
    // Leave the lab as it was, whatever happened (then it goes anyway).
    if (original && lab) {
      writeFileSync(lab.state.directors[1].configHostPath, original);
      const pid = lab.current().pids[`${backupRole}.keepalived`]?.pid;
      if (pid) process.kill(pid, 'SIGHUP');
    }
    socket?.close();
    await t?.close();
    lab?.down();
  });

  const incidents = async () => (await call(t.baseUrl, 'GET', `/api/v1/clusters/${clusterId}/incidents`, { token })).body;
  const poll = async <T>(
    what: string,
    get: () => Promise<T>,
    ok: (v: T) => boolean,
    timeoutMs: number,
  ): Promise<{ value: T; at: number }> => {
    const deadline = Date.now() + timeoutMs;
    let last: T | undefined;
    while (Date.now() < deadline) {
      last = await get();
      if (ok(last)) return { value: last, at: Date.now() };
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`${what}: not within ${timeoutMs} ms; last ${JSON.stringify(last)?.slice(0, 1500)}`);
  };
  const reload = () => process.kill(lab.current().pids[`${backupRole}.keepalived`]!.pid, 'SIGHUP');

  it('healthy: one MASTER, no incident', async () => {
    const first = await poll('the radar observing the cluster', incidents, (b: Json) => b.observed === true, 30_000);
    await poll(
      'one VIP holder',
      async () => lab.vipHolders(),
      (h) => h.length === 1,
      30_000,
    );
    expect(first.value.incidents).toEqual([]);
  });

  it('a different auth on one director: both MASTER → two_masters and config_mismatch; cleared when fixed', async () => {
    const [d1, d2] = lab.state.directors.map((d) => d.name);
    const broken = original.replace(
      /(vrrp_instance\s+VI_LAB\s*\{)/,
      '$1\n    authentication {\n        auth_type PASS\n        auth_pass split1\n    }',
    );
    expect(broken).not.toBe(original);
    writeFileSync(lab.state.directors[1].configHostPath, broken);
    reload();

    const both = await poll(
      'both directors holding the VIP',
      async () => lab.vipHolders(),
      (h) => h.length === 2,
      30_000,
    );
    const seen = await poll(
      'the radar reporting two MASTERs',
      incidents,
      (b: Json) => b.incidents.some((i: Json) => i.type === 'two_masters'),
      20_000,
    );
    console.info(`radar: two_masters on GET …/incidents ${seen.at - both.at} ms after the lab saw the VIP on both directors`);
    const inc = seen.value.incidents.find((i: Json) => i.type === 'two_masters');
    expect(inc).toMatchObject({ clusterId, instance: 'VI_LAB', severity: 'critical', directors: expect.arrayContaining([d1, d2]) });
    expect(inc.evidence.map((e: Json) => e.director).sort()).toEqual([d1, d2].sort());
    expect(inc.evidence.every((e: Json) => e.says.startsWith('MASTER'))).toBe(true);
    // /live carried it too (the summary room gets it, as the overview shows it).
    const live = pushed.find((p) => p.e.incidents.some((i) => i.id === inc.id));
    expect(live).toBeDefined();
    // The running configs disagree on authentication (the secret itself never shown).
    const mismatch = await poll(
      'the radar comparing the running configs',
      incidents,
      (b: Json) => b.incidents.some((i: Json) => i.type === 'config_mismatch'),
      40_000,
    );
    const cm = mismatch.value.incidents.find((i: Json) => i.type === 'config_mismatch');
    expect(cm.summary).toContain('authentication');
    expect(JSON.stringify(mismatch.value)).not.toContain('split1');
    const metrics = await call(t.baseUrl, 'GET', '/metrics', { token });
    expect(metrics.text).toMatch(
      new RegExp(`lvs_vrrp_incident\\{cluster="[^"]+",instance="VI_LAB",type="two_masters",severity="critical"\\} 1`),
    );

    writeFileSync(lab.state.directors[1].configHostPath, original);
    reload();
    const cleared = await poll('the radar clearing', incidents, (b: Json) => b.incidents.length === 0, 60_000);
    expect(lab.vipHolders()).toHaveLength(1);
    expect(pushed.at(-1)!.e.incidents).toEqual([]);
    expect(cleared.value.observed).toBe(true);

    const timeline = (await call(t.baseUrl, 'GET', `/api/v1/clusters/${clusterId}/events?kind=split_brain.`, { token })).body
      .items as Json[];
    const opened = timeline.find((e) => e.kind === 'split_brain.opened' && e.data.incidentId === inc.id);
    const resolved = timeline.find((e) => e.kind === 'split_brain.resolved' && e.data.incidentId === inc.id);
    expect(opened).toMatchObject({ severity: 'critical', subject: 'VI_LAB', data: { type: 'two_masters' } });
    expect(resolved).toMatchObject({ severity: 'info', data: { type: 'two_masters', durationMs: expect.any(Number) } });
    // And the VRRP transitions of the episode are on the same timeline.
    const vrrp = (await call(t.baseUrl, 'GET', `/api/v1/clusters/${clusterId}/events?kind=vrrp.transition`, { token })).body
      .items as Json[];
    expect(vrrp.some((e) => e.data.director === d2 && e.data.to === 'MASTER')).toBe(true);
    const metricsAfter = await call(t.baseUrl, 'GET', '/metrics', { token });
    expect(metricsAfter.text).not.toMatch(/lvs_vrrp_incident\{/);
    expect(metricsAfter.text).toMatch(/lvs_vrrp_incidents_open\{cluster="[^"]+"\} 0/);
  });
});
