import type { ClusterLiveState } from '@lvs/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventKind } from '../../api/src/modules/events/events.kinds';
import { EventsService } from '../../api/src/modules/events/events.service';
import { RadarService } from '../../api/src/modules/telemetry/radar.service';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../test/app';
import { clusterSpec } from '../../../test/factories';
import { call, login } from '../../../test/http';
import { lvsctl } from './run';

/** lvsctl events and incidents against the real API (events recorded through the service; the radar fed a live state with two MASTERs). */
describe('lvsctl events and incidents against the real API', () => {
  let t: TestApp;
  let env: Record<string, string>;
  let clusterId: string;
  const spec = clusterSpec({ name: 'timeline-web' });

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    const viewer = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'cli-viewer', role: 'viewer' } })).body
      .secret;
    env = { LVS_SERVER: t.baseUrl, LVS_TOKEN: viewer, LVSCTL_CONFIG: '/nonexistent/lvsctl.yaml' };
    clusterId = (await call(t.baseUrl, 'POST', '/api/v1/clusters', { ...admin, body: spec })).body.id;
    const events = t.app.get(EventsService);
    await events.record({
      clusterId,
      kind: EventKind.RealServerDown,
      severity: 'warning',
      subject: '10.213.1.10:80/TCP>10.213.0.21:80',
      summary: '10.213.0.21:80 of 10.213.1.10:80/TCP is down',
      data: {},
    });
    await events.record({
      clusterId,
      kind: EventKind.VrrpTransition,
      severity: 'info',
      subject: 'VI_WEB',
      summary: 'lb2: VI_WEB BACKUP → MASTER',
      data: {},
      at: new Date(Date.now() - 3 * 3_600_000),
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('events: newest first, by kind and time; -o json is the API page', async () => {
    const all = await lvsctl(['events', 'timeline-web'], { env });
    expect(all.code, all.err).toBe(0);
    const lines = all.out.trim().split('\n');
    expect(lines[0]).toMatch(/^AT\s+SEVERITY\s+KIND\s+SUBJECT\s+SUMMARY$/);
    expect(lines[1]).toMatch(
      /warning\s+real_server\.down\s+10\.213\.1\.10:80\/TCP>10\.213\.0\.21:80\s+10\.213\.0\.21:80 of 10\.213\.1\.10:80\/TCP is down/,
    );
    expect(all.out).toContain('topology.changed');
    const recent = await lvsctl(['events', 'timeline-web', '--since', '1h', '--kind', 'vrrp.,real_server.'], { env });
    expect(recent.out).toContain('real_server.down');
    expect(recent.out).not.toContain('vrrp.transition');
    const json = JSON.parse((await lvsctl(['events', '--kind', 'vrrp.transition', '-o', 'json'], { env })).out);
    expect(json).toMatchObject({ total: 1, items: [{ clusterId, kind: 'vrrp.transition', subject: 'VI_WEB' }] });
    const bad = await lvsctl(['events', 'timeline-web', '--kind', 'nonsense'], { env });
    expect(bad.code).toBe(3);
    expect(bad.err).toContain('query.kind.0');
  });

  it('incidents: not observed, then two MASTERs (exit 2 with --exit-code)', async () => {
    const none = await lvsctl(['incidents', 'timeline-web', '--exit-code'], { env });
    expect(none.code).toBe(0);
    expect(none.err).toContain('is not observed yet');
    const radar = t.app.get(RadarService);
    const now = new Date().toISOString();
    const state: ClusterLiveState = {
      clusterId,
      at: now,
      tickMs: 1000,
      directors: {},
      vips: { '10.213.1.10': { owner: null, owners: ['lb1', 'lb2'], since: now } },
      instances: { VI_WEB: { master: null, states: { lb1: 'MASTER', lb2: 'MASTER' }, since: now } },
      realServers: {},
    };
    radar.observe(clusterId, spec, state);
    await expect
      .poll(async () => (await lvsctl(['incidents', 'timeline-web', '-o', 'json'], { env })).out, { timeout: 10_000 })
      .toContain('two_masters');
    const r = await lvsctl(['incidents', 'timeline-web', '--exit-code'], { env });
    expect(r.code).toBe(2);
    expect(r.out).toMatch(
      /VI_WEB\s+two_masters\s+critical\s+\S+\s+VI_WEB: 2 directors are MASTER \(lb1, lb2\)\s+lb1: MASTER, holds 10\.213\.1\.10; lb2: MASTER, holds 10\.213\.1\.10/,
    );
    expect(r.err).toBe('1 incident(s) open in timeline-web\n');
  });
});
