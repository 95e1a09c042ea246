import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClusterSpec } from '@lvs/domain';
import { importCluster, render } from '@lvs/keepalived';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../test/app';
import { clusterSpec } from '../../../../../test/factories';
import { call, login } from '../../../../../test/http';

const FIXTURES = join(__dirname, '../../../../../libs/keepalived/fixtures/valid');
const fixture = (name: string, file: string) => readFileSync(join(FIXTURES, name, file), 'utf8').replaceAll('@SCRIPTS@', '/usr/local/lib/lvs-checks');

/** Issue 14 end to end: the grown keepalived model through import, the tables, the spec and the resources. */
describe('keepalived objects through the real API (real PostgreSQL)', () => {
  let t: TestApp;
  let token: string;
  const api = (method: string, path: string, body?: unknown) => call(t.baseUrl, method, `/api/v1${path}`, { token, body });

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    // Scripts are admin's (DESIGN section 9): an admin token, not scoped to a cluster.
    token = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'ci-admin', role: 'admin' } })).body.secret;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('imports tracked failover, a fwmark group and keepalived clamps; the stored spec renders back what the files said and re-imports to itself', async () => {
    const cases = [
      { name: 'tracked', directors: [{ name: 'px-a', address: '10.120.0.2', config: fixture('tracked-failover', 'px-a.conf') }, { name: 'px-b', address: '10.120.0.3', config: fixture('tracked-failover', 'px-b.conf') }] },
      { name: 'fwgroup', directors: [{ name: 'fw-lb', address: '10.140.0.2', config: fixture('fwmark-group-nat', 'keepalived.conf') }] },
      { name: 'clamps', directors: [{ name: 'cl-lb', address: '10.130.0.2', config: fixture('keepalived-clamps', 'keepalived.conf') }] },
    ];
    for (const c of cases) {
      const r = await api('POST', '/clusters/import', c);
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      const spec = (await api('GET', `/clusters/${r.body.cluster.id}/spec`)).body as ClusterSpec;
      // What the tables give back is exactly what import made (every new field stored).
      expect(spec).toEqual(r.body.spec);
      const again = importCluster(
        c.name,
        spec.directors.map((d) => ({ director: d.name, address: d.address, text: render(spec, d.name) })),
      );
      expect(again.spec).toEqual(spec);
      if (c.name === 'tracked') {
        expect(spec.vrrpScripts?.map((s) => s.name)).toEqual(['chk_haproxy', 'chk_disk']);
        expect(spec.vrrpInstances[0]).toMatchObject({
          trackScripts: [{ name: 'chk_haproxy' }, { name: 'chk_disk', weight: -10 }],
          trackInterfaceWeights: { eth1: { weight: -20 } },
          trackProcesses: [{ name: 'haproxy', weight: -40, reverse: true }],
        });
        expect(spec.vrrpSyncGroups[0]).toMatchObject({ trackingWeight: true, extra: [{ keyword: 'notify_master' }, { keyword: 'smtp_alert' }] });
        const kept = r.body.warnings.filter((w: { message: string }) => w.message.endsWith('kept verbatim'));
        expect(kept).toContainEqual(expect.objectContaining({ director: 'px-a', line: 49 }));
      }
      if (c.name === 'fwgroup') {
        const text = render(spec, 'fw-lb');
        expect(text).toContain('real_server 10.140.2.11 1358 {');
        expect(text).toContain('fwmark 14');
      }
      if (c.name === 'clamps') {
        expect(spec.vrrpInstances.map((i) => [i.authType, i.authPass])).toEqual([[undefined, '9f3kq2mz'], ['AH', 'ahsecret']]);
        expect(spec.virtualServices[0].quorum).toBe(1);
      }
    }
  });

  it('a change of a verbatim line, a tracked weight or a vrrp_script through PUT spec is stored and bumps the version', async () => {
    const created = await api('POST', '/clusters', clusterSpec({ name: 'km-put' }));
    expect(created.status, created.text).toBe(201);
    const id = created.body.id as string;
    const { body: spec, headers } = await api('GET', `/clusters/${id}/spec`);
    spec.vrrpScripts = [{ name: 'chk', script: '/usr/bin/pgrep -x haproxy', interval: 2, weight: -30 }];
    spec.vrrpInstances[0].trackScripts = [{ name: 'chk' }];
    spec.vrrpInstances[0].extra = [{ keyword: 'garp_master_refresh', args: ['10'] }];
    spec.globalDefs = { extra: [{ keyword: 'vrrp_garp_master_repeat', args: ['2'] }] };
    const put = await call(t.baseUrl, 'PUT', `/api/v1/clusters/${id}/spec`, { token, body: spec, headers: { 'if-match': headers.get('etag')! } });
    expect(put.status, put.text).toBe(200);
    const after = (await api('GET', `/clusters/${id}/spec`)).body as ClusterSpec;
    expect(after.vrrpScripts).toEqual(spec.vrrpScripts);
    expect(after.globalDefs).toEqual(spec.globalDefs);
    expect(after.vrrpInstances[0].extra).toEqual(spec.vrrpInstances[0].extra);
    const inst = (await api('GET', `/clusters/${id}/vrrp-instances`)).body.items[0];
    expect(inst.trackScripts).toEqual([{ name: 'chk' }]);
  });

  it('bad input on the new fields is a problem+json naming the field; a verbatim include or block opener is refused with the line', async () => {
    const created = await api('POST', '/clusters', clusterSpec({ name: 'km-bad' }));
    const id = created.body.id as string;
    const inst = (await api('GET', `/clusters/${id}/vrrp-instances`)).body.items[0];
    const svc = (await api('GET', `/clusters/${id}/virtual-services`)).body.items[0];
    const rs = (await api('GET', `/clusters/${id}/virtual-services/${svc.id}/real-servers`)).body.items[0];
    const cases: [string, string, unknown, string, number][] = [
      ['PATCH', `/clusters/${id}/vrrp-instances/${inst.id}`, { trackScripts: [{ name: 'chk', weight: 300 }] }, 'body.trackScripts.0.weight', 400],
      ['PATCH', `/clusters/${id}/vrrp-instances/${inst.id}`, { extra: [{ keyword: 'include', args: ['/etc/evil.conf'] }] }, 'body.extra.0.keyword', 400],
      ['PATCH', `/clusters/${id}/vrrp-instances/${inst.id}`, { extra: [{ keyword: 'garp_master_refresh', args: ['1 }\nvrrp_instance X {'] }] }, 'body.extra.0.args.0', 400],
      ['PATCH', `/clusters/${id}/vrrp-instances/${inst.id}`, { extra: [{ keyword: 'virtual_ipaddress {' }] }, 'body.extra.0.keyword', 400],
      ['PATCH', `/clusters/${id}/vrrp-instances/${inst.id}`, { authType: 'MD5' }, 'body.authType', 400],
      ['PATCH', `/clusters/${id}/vrrp-instances/${inst.id}`, { trackScripts: [{ name: 'nope' }] }, 'body.trackScripts.0.name', 422],
      ['PATCH', `/clusters/${id}/virtual-services/${svc.id}/real-servers/${rs.id}`, { additionalChecks: [{ type: 'HTTP_GET', urls: [{ path: '/', statusCodes: ['2xx'] }] }] }, 'body.additionalChecks.0.urls.0.statusCodes.0', 400],
    ];
    for (const [method, path, payload, field, status] of cases) {
      const r = await api(method, path, payload);
      expect(r.status, `${path} ${JSON.stringify(payload)}: ${r.text}`).toBe(status);
      expect(r.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(r.body.errors.map((e: { path: string }) => e.path), r.text).toContain(field);
    }
    // A verbatim line that would open a block, in an import, stays verbatim and cannot escape; one in a PUT spec is refused with its path.
    const { body: spec, headers } = await api('GET', `/clusters/${id}/spec`);
    spec.extra = [{ keyword: 'static_routes', block: [{ keyword: '10.0.0.0/8', args: ['via', '}'] }] }];
    const put = await call(t.baseUrl, 'PUT', `/api/v1/clusters/${id}/spec`, { token, body: spec, headers: { 'if-match': headers.get('etag')! } });
    expect(put.status, put.text).toBe(400);
    expect(put.body.errors.map((e: { path: string }) => e.path)).toContain('body.extra.0.block.0.args.1');
  });
});
