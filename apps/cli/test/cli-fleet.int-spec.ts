import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../test/app';
import { clusterSpec } from '../../../test/factories';
import { call, login } from '../../../test/http';
import { lvsctl } from './run';

/**
 * lvsctl lint and what-if against the real API on the embedded Postgres. Two clusters reuse VRID 51
 * on one subnet (their VIPs say /24); no director is contacted.
 */
describe('lvsctl lint and what-if against the real API', () => {
  let t: TestApp;
  let env: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    const viewer = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'cli-viewer', role: 'viewer' } })).body
      .secret;
    const operator = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'cli-operator', role: 'operator' } })).body
      .secret;
    env = { LVS_SERVER: t.baseUrl, LVS_TOKEN: viewer, LVSCTL_CONFIG: '/nonexistent/lvsctl.yaml' };
    const base = clusterSpec();
    const web = clusterSpec({ name: 'web', vrrpInstances: [{ ...base.vrrpInstances[0], vips: [{ address: '10.213.1.10/24' }] }] });
    const api = clusterSpec({
      name: 'api',
      directors: [
        { name: 'api1', address: '10.213.0.31' },
        { name: 'api2', address: '10.213.0.32' },
      ],
      vrrpInstances: [
        {
          ...base.vrrpInstances[0],
          name: 'VI_API',
          members: [
            { director: 'api1', priority: 150, state: 'MASTER' },
            { director: 'api2', priority: 100 },
          ],
          vips: [{ address: '10.213.1.20/24' }],
        },
      ],
      virtualServices: [{ ...base.virtualServices[0], vip: '10.213.1.20' }],
    });
    for (const s of [web, api]) expect((await call(t.baseUrl, 'POST', '/api/v1/clusters', { token: operator, body: s })).status).toBe(201);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lint: every cluster, or one; errors are exit 3; -o json is the API document', async () => {
    const all = await lvsctl(['lint'], { env });
    expect(all.code).toBe(3);
    expect(all.out.split('\n')[0]).toMatch(/^SEVERITY\s+CODE\s+CLUSTER\s+INSTANCE\s+DIRECTOR\s+MESSAGE\s+FIX$/);
    expect(all.out).toMatch(
      /error\s+vrid_reused\s+api\s+VI_API\s+-\s+virtual_router_id 51 \(inet\) is also used by instance "VI_WEB" of cluster "web" on the same L2 segment \(subnet 10\.213\.1\.0\/24\)/,
    );
    expect(all.out).toMatch(/error\s+vrid_reused\s+web\s+VI_WEB/);
    expect(all.err).toBe('2 error(s), 0 warning(s) across 2 cluster(s)\n');
    const one = await lvsctl(['lint', 'web', '-o', 'json'], { env });
    expect(one.code).toBe(3);
    const doc = JSON.parse(one.out);
    expect(doc).toMatchObject({ errors: 1, warnings: 0, clusters: 2 });
    expect(doc.findings[0]).toMatchObject({
      code: 'vrid_reused',
      cluster: 'web',
      related: { cluster: 'api', instance: 'VI_API' },
      blocksDeployment: false,
    });
    expect((await lvsctl(['lint', 'nope'], { env })).code).toBe(1);
  });

  it('what-if: the new MASTER, the VIPs and the services; a bad failure is exit 3 naming query.fail', async () => {
    const r = await lvsctl(['what-if', 'web', 'director:lb1'], { env });
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('What if director lb1 fails in web (from the spec alone: no live state)');
    expect(r.out).toMatch(/VI_WEB\s+lb1\s+lb2\s+~3\.61s\s+lb1=DOWN lb2=100\s+10\.213\.1\.10\/24/);
    expect(r.out).toContain('Every virtual service keeps its real servers.');
    const rs = await lvsctl(['what-if', 'web', 'real-server:10.213.0.21:80', 'real-server:10.213.0.22:80'], { env });
    expect(rs.out).toMatch(/10\.213\.1\.10:80\/TCP\s+0\/2\s+20→0\s+1\s+DOWN\s+10\.213\.0\.21:80,10\.213\.0\.22:80/);
    const json = JSON.parse((await lvsctl(['what-if', 'web', 'director:lb1', '-o', 'json'], { env })).out);
    expect(json.vips).toEqual([{ address: '10.213.1.10/24', instance: 'VI_WEB', from: 'lb1', to: 'lb2' }]);
    const bad = await lvsctl(['what-if', 'web', 'router:lb1'], { env });
    expect(bad.code).toBe(3);
    expect(bad.err).toMatch(/422 .*"router:lb1" is not a failure/);
    expect(bad.err).toMatch(/query\.fail: "router:lb1" is not a failure/);
  });
});
