import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClusterSpec } from '@lvs/domain';
import { importCluster, render } from '@lvs/keepalived';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../../test/app';
import { clusterSpec } from '../../../../../../test/factories';
import { call, login } from '../../../../../../test/http';

const FIXTURES = join(__dirname, '../../../../../../libs/keepalived/fixtures/valid');
const fixture = (name: string, file: string) =>
  readFileSync(join(FIXTURES, name, file), 'utf8').replaceAll('@SCRIPTS@', '/usr/local/lib/lvs-checks');

/** Issue 14 end to end: the grown keepalived model through import, the tables, the spec and the resources. */
describe('keepalived objects through the real API (real PostgreSQL)', () => {
  let t: TestApp;
  let token: string;
  const api = (method: string, path: string, body?: unknown) => call(t.baseUrl, method, `/api/v1${path}`, { token, body });

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    // Scripts are admin's (docs/trust-model.md): an admin token, not scoped to a cluster.
    token = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'ci-admin', role: 'admin' } })).body.secret;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('imports tracked failover, a fwmark group and keepalived clamps; the stored spec renders back what the files said and re-imports to itself', async () => {
    const cases = [
      {
        name: 'tracked',
        directors: [
          { name: 'px-a', address: '10.120.0.2', config: fixture('tracked-failover', 'px-a.conf') },
          { name: 'px-b', address: '10.120.0.3', config: fixture('tracked-failover', 'px-b.conf') },
        ],
      },
      { name: 'fwgroup', directors: [{ name: 'fw-lb', address: '10.140.0.2', config: fixture('fwmark-group-nat', 'keepalived.conf') }] },
      { name: 'clamps', directors: [{ name: 'cl-lb', address: '10.130.0.2', config: fixture('keepalived-clamps', 'keepalived.conf') }] },
      {
        name: 'notify',
        directors: [
          { name: 'sync-a', address: '10.130.0.2', config: fixture('notify-smtp-sync', 'sync-a.conf') },
          { name: 'sync-b', address: '10.130.0.3', config: fixture('notify-smtp-sync', 'sync-b.conf') },
        ],
      },
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
        expect(spec.vrrpSyncGroups[0]).toMatchObject({
          trackingWeight: true,
          notify: { master: '/usr/local/lib/lvs-checks/group-master.sh' },
          smtpAlert: true,
        });
        // The sync group's notify_master and smtp_alert are fields now, not verbatim lines.
        expect(r.body.warnings.filter((w: { message: string }) => w.message.endsWith('kept verbatim'))).toEqual([]);
      }
      if (c.name === 'fwgroup') {
        const text = render(spec, 'fw-lb');
        expect(text).toContain('real_server 10.140.2.11 1358 {');
        expect(text).toContain('fwmark 14');
      }
      if (c.name === 'notify') {
        // priority 255 (a column with a CHECK), sub-second advert_int (numeric) and the options json all come back.
        expect(spec.vrrpInstances[0]).toMatchObject({
          advertInt: 0.5,
          vrrpVersion: 3,
          useVmac: { name: 'vrrp.130' },
          vmacXmitBase: true,
          members: [
            { director: 'sync-a', priority: 255 },
            { director: 'sync-b', priority: 100 },
          ],
        });
        expect(spec.globalDefs).toMatchObject({
          notificationEmail: ['ops@example.net', 'noc@example.net'],
          lvsSyncDaemon: { interface: 'eth0', instance: 'VI_WEB', syncId: 30 },
          garp: { interval: 0.001, gnaInterval: 0.000001 },
          vrrpVersion: 3,
        });
        expect(spec.vrrpSyncGroups[0].notify?.master).toBe('/usr/local/lib/lvs-checks/sg-notify.sh master');
        expect(spec.virtualServices[0]).toMatchObject({ schedulerFlags: ['sh-port', 'sh-fallback'], ops: true, persistenceEngine: 'sip' });
        expect(spec.virtualServices[0].realServers[0]).toMatchObject({
          notifyUp: '/usr/local/lib/lvs-checks/rs-notify.sh up 10.130.0.21',
          smtpAlert: false,
        });
        expect(spec.virtualServices[2].realServers[0].healthCheck).toMatchObject({
          type: 'SMTP_CHECK',
          hosts: [
            { connectIp: '10.130.0.32', connectPort: 25, bindTo: '10.130.0.40' },
            { connectIp: '10.130.0.33', connectPort: 587 },
          ],
        });
        expect(r.body.warnings).toEqual([]);
      }
      if (c.name === 'clamps') {
        expect(spec.vrrpInstances.map((i) => [i.authType, i.authPass])).toEqual([
          [undefined, '9f3kq2mz'],
          ['AH', 'ahsecret'],
        ]);
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
    spec.vrrpInstances[0].extra = [{ keyword: 'garp_extra_if', args: ['10'] }];
    spec.globalDefs = {
      smtpServer: { address: '10.213.0.25' },
      notificationEmail: ['ops@example.net'],
      garp: { masterRepeat: 2 },
      extra: [{ keyword: 'vrrp_lower_prio_no_advert' }],
    };
    const put = await call(t.baseUrl, 'PUT', `/api/v1/clusters/${id}/spec`, {
      token,
      body: spec,
      headers: { 'if-match': headers.get('etag')! },
    });
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
      [
        'PATCH',
        `/clusters/${id}/vrrp-instances/${inst.id}`,
        { trackScripts: [{ name: 'chk', weight: 300 }] },
        'body.trackScripts.0.weight',
        400,
      ],
      [
        'PATCH',
        `/clusters/${id}/vrrp-instances/${inst.id}`,
        { extra: [{ keyword: 'include', args: ['/etc/evil.conf'] }] },
        'body.extra.0.keyword',
        400,
      ],
      [
        'PATCH',
        `/clusters/${id}/vrrp-instances/${inst.id}`,
        { extra: [{ keyword: 'garp_extra_if', args: ['1 }\nvrrp_instance X {'] }] },
        'body.extra.0.args.0',
        400,
      ],
      ['PATCH', `/clusters/${id}/vrrp-instances/${inst.id}`, { extra: [{ keyword: 'use_vmac' }] }, 'body.extra.0.keyword', 422],
      ['PATCH', `/clusters/${id}/vrrp-instances/${inst.id}`, { advertInt: 0.5 }, 'body.advertInt', 422],
      ['PATCH', `/clusters/${id}/vrrp-instances/${inst.id}`, { vrrpVersion: 3, advertInt: 0.333 }, 'body.advertInt', 400],
      ['PATCH', `/clusters/${id}/vrrp-instances/${inst.id}`, { vrrpVersion: 4 }, 'body.vrrpVersion', 400],
      ['PATCH', `/clusters/${id}/vrrp-instances/${inst.id}`, { useVmac: { mac: 'zz:00' } }, 'body.useVmac.mac', 400],
      ['PATCH', `/clusters/${id}/vrrp-instances/${inst.id}`, { garp: { masterRepeat: 0 } }, 'body.garp.masterRepeat', 400],
      [
        'PATCH',
        `/clusters/${id}/vrrp-instances/${inst.id}`,
        {
          members: [
            { director: 'lb1', priority: 256 },
            { director: 'lb2', priority: 100 },
          ],
        },
        'body.members.0.priority',
        400,
      ],
      ['PATCH', `/clusters/${id}/virtual-services/${svc.id}`, { schedulerFlags: ['sh-port'] }, 'body.schedulerFlags.0', 422],
      ['PATCH', `/clusters/${id}/virtual-services/${svc.id}`, { schedulerFlags: ['fast'] }, 'body.schedulerFlags.0', 400],
      ['PATCH', `/clusters/${id}/virtual-services/${svc.id}`, { ops: true }, 'body.ops', 422],
      ['PATCH', `/clusters/${id}/virtual-services/${svc.id}`, { persistenceEngine: 'http' }, 'body.persistenceEngine', 400],
      [
        'PATCH',
        `/clusters/${id}/virtual-services/${svc.id}/real-servers/${rs.id}`,
        { healthCheck: { type: 'SMTP_CHECK', hosts: [{ connectIp: 'mail' }] } },
        'body.healthCheck.hosts.0.connectIp',
        400,
      ],
      [
        'PATCH',
        `/clusters/${id}/virtual-services/${svc.id}/real-servers/${rs.id}`,
        { healthCheck: { type: 'UDP_CHECK', requireReply: true, replyPattern: '0a0g' } },
        'body.healthCheck.replyPattern',
        400,
      ],
      ['PATCH', `/clusters/${id}/virtual-services/${svc.id}/real-servers/${rs.id}`, { notifyUp: '/bin/echo "up"' }, 'body.notifyUp', 400],
      ['PATCH', `/clusters/${id}/vrrp-instances/${inst.id}`, { extra: [{ keyword: 'virtual_ipaddress {' }] }, 'body.extra.0.keyword', 400],
      ['PATCH', `/clusters/${id}/vrrp-instances/${inst.id}`, { authType: 'MD5' }, 'body.authType', 400],
      ['PATCH', `/clusters/${id}/vrrp-instances/${inst.id}`, { trackScripts: [{ name: 'nope' }] }, 'body.trackScripts.0.name', 422],
      [
        'PATCH',
        `/clusters/${id}/virtual-services/${svc.id}/real-servers/${rs.id}`,
        { additionalChecks: [{ type: 'HTTP_GET', urls: [{ path: '/', statusCodes: ['2xx'] }] }] },
        'body.additionalChecks.0.urls.0.statusCodes.0',
        400,
      ],
    ];
    for (const [method, path, payload, field, status] of cases) {
      const r = await api(method, path, payload);
      expect(r.status, `${path} ${JSON.stringify(payload)}: ${r.text}`).toBe(status);
      expect(r.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(
        r.body.errors.map((e: { path: string }) => e.path),
        r.text,
      ).toContain(field);
    }
    // A verbatim line that would open a block, in an import, stays verbatim and cannot escape; one in a PUT spec is refused with its path.
    const { body: spec, headers } = await api('GET', `/clusters/${id}/spec`);
    spec.extra = [{ keyword: 'static_routes', block: [{ keyword: '10.0.0.0/8', args: ['via', '}'] }] }];
    const put = await call(t.baseUrl, 'PUT', `/api/v1/clusters/${id}/spec`, {
      token,
      body: spec,
      headers: { 'if-match': headers.get('etag')! },
    });
    expect(put.status, put.text).toBe(400);
    expect(put.body.errors.map((e: { path: string }) => e.path)).toContain('body.extra.0.block.0.args.1');
    // global_defs fields
    const { body: s2, headers: h2 } = await api('GET', `/clusters/${id}/spec`);
    s2.globalDefs = {
      notificationEmail: ['not-an-address'],
      lvsSyncDaemon: { interface: 'eth0', syncId: 300 },
      garp: { interval: 0.0000001 },
      vrrpVersion: 1,
    };
    const bad = await call(t.baseUrl, 'PUT', `/api/v1/clusters/${id}/spec`, { token, body: s2, headers: { 'if-match': h2.get('etag')! } });
    expect(bad.status, bad.text).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining([
        'body.globalDefs.notificationEmail.0',
        'body.globalDefs.lvsSyncDaemon.syncId',
        'body.globalDefs.garp.interval',
        'body.globalDefs.vrrpVersion',
      ]),
    );
  });

  it('the new script fields (sync group notify*, real server notify_up/notify_down) are admin-only: an operator gets 403 topology.admin_only naming the field', async () => {
    const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    const made = await call(t.baseUrl, 'POST', '/api/v1/users', {
      ...admin,
      body: { username: 'km-op', password: 'scripts-are-admins-1', role: 'operator' },
    });
    expect(made.status, made.text).toBe(201);
    const op = await login(t.baseUrl, 'km-op', 'scripts-are-admins-1');
    const opToken = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...op, body: { name: 'km-op-ci', role: 'operator' } })).body
      .secret as string;
    const vi2 = {
      name: 'VI_API',
      interface: 'eth1',
      virtualRouterId: 52,
      members: [
        { director: 'lb1', priority: 150 },
        { director: 'lb2', priority: 100 },
      ],
      vips: [{ address: '10.213.2.10/32' }],
    };
    const base = clusterSpec({ name: 'km-scripts' });
    const created = await api('POST', '/clusters', {
      ...base,
      vrrpInstances: [...base.vrrpInstances, vi2],
      vrrpSyncGroups: [{ name: 'SG', instances: ['VI_WEB', 'VI_API'] }],
    });
    expect(created.status, created.text).toBe(201);
    const id = created.body.id as string;
    const put = (who: string, body: unknown) => call(t.baseUrl, 'PUT', `/api/v1/clusters/${id}/spec`, { token: who, body });
    const refused = async (mutate: (s: ClusterSpec) => void, field: string) => {
      const { body: s } = await api('GET', `/clusters/${id}/spec`);
      mutate(s);
      const r = await put(opToken, s);
      expect(r.status, r.text).toBe(403);
      expect(r.body.code).toBe('topology.admin_only');
      expect(r.body.errors.map((e: { path: string }) => e.path)).toContain(field);
      return s;
    };
    await refused((s) => (s.vrrpSyncGroups[0].notify = { master: '/usr/local/bin/sg-master.sh' }), 'body.vrrpSyncGroups.0.notify.master');
    await refused(
      (s) => (s.virtualServices[0].realServers[0].notifyUp = '/usr/local/bin/up.sh'),
      'body.virtualServices.0.realServers.0.notifyUp',
    );
    const last = await refused(
      (s) => (s.virtualServices[0].realServers[1].notifyDown = '/usr/local/bin/down.sh'),
      'body.virtualServices.0.realServers.1.notifyDown',
    );
    // An operator keeps the rest: smtp_alert, scheduler flags, garp timing are not scripts.
    const { body: s } = await api('GET', `/clusters/${id}/spec`);
    s.vrrpSyncGroups[0].smtpAlert = true;
    s.vrrpInstances[0].garp = { masterRefresh: 60 };
    s.virtualServices[0].realServers[0].smtpAlert = false;
    expect((await put(opToken, s)).status).toBe(200);
    // The admin may; the render carries them.
    const { body: fresh } = await api('GET', `/clusters/${id}/spec`);
    fresh.virtualServices[0].realServers[1].notifyDown = last.virtualServices[0].realServers[1].notifyDown;
    fresh.vrrpSyncGroups[0].notify = { master: '/usr/local/bin/sg-master.sh' };
    const ok = await put(token, fresh);
    expect(ok.status, ok.text).toBe(200);
    const stored = (await api('GET', `/clusters/${id}/spec`)).body as ClusterSpec;
    const text = render(stored, 'lb1');
    expect(text).toContain('notify_down "/usr/local/bin/down.sh"');
    expect(text).toContain('  notify_master "/usr/local/bin/sg-master.sh"\n  smtp_alert\n}');
  });
});
