import type { ClusterLiveState, ClusterSpec, VrrpLiveState } from '@lvs/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RadarService } from '../../api/src/modules/telemetry/radar.service';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../test/app';
import { clusterSpec } from '../../../test/factories';
import { call, login } from '../../../test/http';
import { lvsctl } from './run';

/**
 * `lvsctl incidents` without a cluster: the fleet's incidents (GET /incidents), against the real API;
 * the radar is fed live states with two MASTERs, as telemetry hands them over.
 */
describe('lvsctl incidents across the fleet against the real API', () => {
  let t: TestApp;
  let env: Record<string, string>;
  const ids: Record<string, string> = {};
  const specs: Record<string, ClusterSpec> = {
    east: clusterSpec({ name: 'inc-east' }),
    west: clusterSpec({ name: 'inc-west' }),
  };

  const observe = (key: string, states: Record<string, VrrpLiveState>, holders: string[]) => {
    const at = new Date().toISOString();
    const masters = Object.keys(states).filter((d) => states[d] === 'MASTER');
    const state: ClusterLiveState = {
      clusterId: ids[key],
      at,
      tickMs: 1000,
      directors: {},
      vips: { '10.213.1.10': { owner: holders.length === 1 ? holders[0] : null, owners: holders, since: at } },
      instances: { VI_WEB: { master: masters.length === 1 ? masters[0] : null, states, since: at } },
      realServers: {},
    };
    t.app.get(RadarService).observe(ids[key], specs[key], state);
  };

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    const viewer = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'cli-viewer', role: 'viewer' } })).body
      .secret;
    env = { LVS_SERVER: t.baseUrl, LVS_TOKEN: viewer, LVSCTL_CONFIG: '/nonexistent/lvsctl.yaml' };
    for (const key of ['east', 'west']) {
      const r = await call(t.baseUrl, 'POST', '/api/v1/clusters', { ...admin, body: specs[key] });
      expect(r.status, r.text).toBe(201);
      ids[key] = r.body.id;
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  it('none open: an empty table, exit 0 with --exit-code', async () => {
    const r = await lvsctl(['incidents', '--exit-code'], { env });
    expect(r.code, r.err).toBe(0);
    expect(r.out.trim()).toMatch(/^CLUSTER\s+INSTANCE\s+TYPE\s+SEVERITY\s+SINCE\s+SUMMARY\s+EVIDENCE$/);
    expect(r.err).toBe('0 incident(s) open across the fleet\n');
  });

  it("every cluster's open incidents in one table, with the cluster; --exit-code exits 2; -o json is the API page", async () => {
    observe('east', { lb1: 'MASTER', lb2: 'MASTER' }, ['lb1', 'lb2']);
    observe('west', { lb1: 'MASTER', lb2: 'MASTER' }, ['lb1', 'lb2']);
    await expect.poll(async () => JSON.parse((await lvsctl(['incidents', '-o', 'json'], { env })).out).total, { timeout: 10_000 }).toBe(2);
    const r = await lvsctl(['incidents', '--exit-code'], { env });
    expect(r.code).toBe(2);
    const rows = r.out.trim().split('\n').slice(1).sort();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(
      /^inc-east\s+VI_WEB\s+two_masters\s+critical\s+\S+\s+VI_WEB: 2 directors are MASTER \(lb1, lb2\)\s+lb1: MASTER/,
    );
    expect(rows[1]).toMatch(/^inc-west\s+VI_WEB\s+two_masters/);
    expect(r.err).toBe('2 incident(s) open across the fleet\n');
    const page = JSON.parse((await lvsctl(['incidents', '-o', 'json', '--limit', '1'], { env })).out);
    expect(page).toMatchObject({ total: 2, items: [{ state: 'open', resolvedAt: null }] });
    expect(page.items).toHaveLength(1);
    const limited = await lvsctl(['incidents', '--limit', '1'], { env });
    expect(limited.err).toBe('1 of 2 incident(s) open across the fleet\n');
    // with a cluster: that cluster's radar, as before
    const one = await lvsctl(['incidents', 'inc-east'], { env });
    expect(one.out.trim().split('\n')[0]).toMatch(/^INSTANCE\s+TYPE/);
    expect(one.err).toBe('1 incident(s) open in inc-east\n');
  });

  it('--resolved: the incidents that ended, with when; for one cluster too', async () => {
    observe('east', { lb1: 'MASTER', lb2: 'BACKUP' }, ['lb1']);
    await expect
      .poll(async () => JSON.parse((await lvsctl(['incidents', '--resolved', '-o', 'json'], { env })).out).total, { timeout: 10_000 })
      .toBe(1);
    const r = await lvsctl(['incidents', '--resolved', '--exit-code'], { env });
    expect(r.code, r.err).toBe(0);
    const [header, row] = r.out.trim().split('\n');
    expect(header).toMatch(/^CLUSTER\s+INSTANCE\s+TYPE\s+SEVERITY\s+SINCE\s+RESOLVED\s+SUMMARY/);
    expect(row).toMatch(/^inc-east\s+VI_WEB\s+two_masters\s+critical\s+\S+\s+\d{4}-\d\d-\d\dT\S+\s+VI_WEB: 2 directors are MASTER/);
    expect(r.err).toBe('1 incident(s) resolved across the fleet\n');
    expect((await lvsctl(['incidents', 'inc-west', '--resolved'], { env })).err).toBe('0 incident(s) resolved in inc-west\n');
    expect((await lvsctl(['incidents'], { env })).err).toBe('1 incident(s) open across the fleet\n');
    const bad = await lvsctl(['incidents', '--limit', '0'], { env });
    expect(bad.code).toBe(3);
    expect(bad.err).toContain('query.limit');
  });
});
