import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../../test/app';
import { clusterSpec, topologyBodies as body } from '../../../../../../test/factories';
import { call, login, type Json } from '../../../../../../test/http';

/**
 * The audit's "root commands on directors" finding, on the real API: script-bearing fields are
 * admin-only (a cluster-scoped token is refused whatever its role), an admin's allowlist narrows
 * them, every script change is a plan hazard and is audited in full, a deleted cluster's revisions
 * stay readable, a viewer never sees auth_pass, and a NUL in a script is a 400.
 */
describe('privileged topology writes: scripts, credentials and paths are admin-only (real PostgreSQL)', () => {
  let t: TestApp;
  const tk = {} as Record<'admin' | 'operator' | 'viewer', string>;
  const api = (token: string, method: string, path: string, payload?: unknown, headers?: Record<string, string>) =>
    call(t.baseUrl, method, `/api/v1${path}`, { token, body: payload, headers });
  // Loopback directors on a closed port: a plan reads nothing, fast, and touches no other host.
  const local = () => [
    { name: 'lb1', address: '127.0.0.1', sshPort: 1 },
    { name: 'lb2', address: '127.0.0.2', sshPort: 1 },
  ];
  const newCluster = async (over: Json = {}) => {
    const r = await api(tk.admin, 'POST', '/clusters', clusterSpec({ directors: local(), ...over }));
    expect(r.status, r.text).toBe(201);
    return r.body.id as string;
  };
  const spec = async (c: string, token = tk.admin) => (await api(token, 'GET', `/clusters/${c}/spec`)).body;
  // Tokens are minted from a session (a token cannot mint one).
  let adminSession: { cookie: string; csrf: string };
  const scopedToken = async (c: string, role: 'admin' | 'operator') => {
    const r = await call(t.baseUrl, 'POST', '/api/v1/tokens', {
      ...adminSession,
      body: { name: `scoped-${role}-${c.slice(0, 8)}`, role, clusterId: c },
    });
    expect(r.status, r.text).toBe(201);
    return r.body.secret as string;
  };
  const refusedAt = (r: { status: number; body: Json; text: string }, path: string) => {
    expect(r.status, r.text).toBe(403);
    expect(r.body.code).toBe('topology.admin_only');
    expect(r.body.errors.map((e: Json) => e.path)).toContain(path);
  };

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    adminSession = admin;
    tk.admin = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'admin-ci', role: 'admin' } })).body.secret;
    await call(t.baseUrl, 'POST', '/api/v1/users', {
      ...admin,
      body: { username: 'op', password: 'operator-password-1', role: 'operator' },
    });
    const op = await login(t.baseUrl, 'op', 'operator-password-1');
    tk.operator = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...op, body: { name: 'op-ci', role: 'operator' } })).body.secret;
    tk.viewer = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'viewer', role: 'viewer' } })).body.secret;
  });
  afterAll(async () => {
    await t.close();
  });

  it('notify scripts of a VRRP instance: an operator and a cluster-scoped admin token are refused (403 naming the path); an admin is not', async () => {
    const c = await newCluster();
    const scoped = await scopedToken(c, 'admin');
    const evil = '/bin/sh -c touch /tmp/pwned';
    for (const token of [tk.operator, scoped]) {
      const s = await spec(c);
      s.vrrpInstances[0].notify = { master: evil };
      refusedAt(await api(token, 'PUT', `/clusters/${c}/spec`, s), 'body.vrrpInstances.0.notify.master');
      const inst = (await api(tk.admin, 'GET', `/clusters/${c}/vrrp-instances`)).body.items[0];
      refusedAt(await api(token, 'PATCH', `/clusters/${c}/vrrp-instances/${inst.id}`, { notify: { backup: evil } }), 'body.notify.backup');
      refusedAt(
        await api(token, 'POST', `/clusters/${c}/vrrp-instances`, body.vrrpInstance({ notify: { fault: evil, stop: evil, any: evil } })),
        'body.notify.any',
      );
    }
    expect((await spec(c)).vrrpInstances[0].notify).toEqual({});
    // the operator cannot create a cluster that carries one either
    refusedAt(
      await api(
        tk.operator,
        'POST',
        '/clusters',
        clusterSpec({ directors: local(), vrrpInstances: [{ ...clusterSpec().vrrpInstances[0], notify: { master: evil } }] }),
      ),
      'body.vrrpInstances.0.notify.master',
    );

    const s = await spec(c);
    s.vrrpInstances[0].notify = { master: evil };
    const ok = await api(tk.admin, 'PUT', `/clusters/${c}/spec`, s);
    expect(ok.status, ok.text).toBe(200);
    expect((await spec(c)).vrrpInstances[0].notify).toEqual({ master: evil });

    // an operator still edits the rest of that cluster, and may remove a script (that runs nothing)
    const edited = await spec(c);
    edited.virtualServices[0].realServers[0].weight = 3;
    expect((await api(tk.operator, 'PUT', `/clusters/${c}/spec`, edited)).status).toBe(200);
    edited.vrrpInstances[0].notify = {};
    expect((await api(tk.operator, 'PUT', `/clusters/${c}/spec`, edited)).status).toBe(200);
  });

  it('MISC_CHECK misc_path and quorum_up/quorum_down: refused for an operator and a scoped admin token, allowed for an admin', async () => {
    const c = await newCluster();
    const scoped = await scopedToken(c, 'admin');
    const services = (await api(tk.admin, 'GET', `/clusters/${c}/virtual-services`)).body.items;
    const vs = services[0].id;
    const misc = body.realServer({ address: '10.213.0.41', healthCheck: { type: 'MISC_CHECK', script: '/bin/sh -c reboot' } });
    for (const token of [tk.operator, scoped]) {
      refusedAt(await api(token, 'POST', `/clusters/${c}/virtual-services/${vs}/real-servers`, misc), 'body.healthCheck.script');
      refusedAt(await api(token, 'PATCH', `/clusters/${c}/virtual-services/${vs}`, { quorumUp: '/bin/sh -c up' }), 'body.quorumUp');
      refusedAt(await api(token, 'PATCH', `/clusters/${c}/virtual-services/${vs}`, { quorumDown: '/bin/sh -c down' }), 'body.quorumDown');
      const s = await spec(c);
      s.virtualServices[0].realServers[1].healthCheck = { type: 'MISC_CHECK', script: '/bin/sh -c reboot' };
      refusedAt(await api(token, 'PUT', `/clusters/${c}/spec`, s), 'body.virtualServices.0.realServers.1.healthCheck.script');
    }
    const made = await api(tk.admin, 'POST', `/clusters/${c}/virtual-services/${vs}/real-servers`, misc);
    expect(made.status, made.text).toBe(201);
    expect(
      (
        await api(tk.admin, 'PATCH', `/clusters/${c}/virtual-services/${vs}`, {
          quorumUp: '/usr/local/bin/up',
          quorumDown: '/usr/local/bin/down',
        })
      ).status,
    ).toBe(200);
    // changing an admin's script is as privileged as setting one
    refusedAt(
      await api(tk.operator, 'PATCH', `/clusters/${c}/virtual-services/${vs}/real-servers/${made.body.id}`, {
        healthCheck: { type: 'MISC_CHECK', script: '/bin/sh -c halt' },
      }),
      'body.healthCheck.script',
    );
    // removing the real server that carries it is the operator's to do
    expect((await api(tk.operator, 'DELETE', `/clusters/${c}/virtual-services/${vs}/real-servers/${made.body.id}`)).status).toBe(204);
  });

  it("a vrrp_script's user is as privileged as its text: an operator cannot set or change it; an admin can", async () => {
    const c = await newCluster();
    const s = await spec(c);
    s.vrrpScripts = [{ name: 'chk_proxy', script: '/usr/local/bin/chk-proxy', user: 'nobody' }];
    const made = await api(tk.admin, 'PUT', `/clusters/${c}/spec`, s);
    expect(made.status, made.text).toBe(200);
    const now = await spec(c, tk.operator);
    now.vrrpScripts[0].user = 'root';
    refusedAt(await api(tk.operator, 'PUT', `/clusters/${c}/spec`, now), 'body.vrrpScripts.0.user');
    expect((await spec(c)).vrrpScripts[0].user).toBe('nobody');
    expect((await api(tk.admin, 'PUT', `/clusters/${c}/spec`, now)).status).toBe(200);
    expect((await spec(c)).vrrpScripts[0].user).toBe('root');
  });

  it('import by an operator is refused when the files carry scripts (paths in the imported spec); a dry run is not', async () => {
    const conf = (prio: number) =>
      `vrrp_instance VI_1 {\n  interface eth0\n  virtual_router_id 51\n  priority ${prio}\n  notify_master "/bin/sh -c reboot"\n  virtual_ipaddress {\n    10.213.1.10\n  }\n}\n`;
    const payload = {
      name: 'imported-scripts',
      directors: [
        { name: 'lb1', address: '127.0.0.1', config: conf(150) },
        { name: 'lb2', address: '127.0.0.2', config: conf(100) },
      ],
    };
    const dry = await api(tk.operator, 'POST', '/clusters/import', { ...payload, dryRun: true });
    expect(dry.status, dry.text).toBe(200);
    expect(dry.body.spec.vrrpInstances[0].notify.master).toBe('/bin/sh -c reboot');
    refusedAt(await api(tk.operator, 'POST', '/clusters/import', payload), 'spec.vrrpInstances.0.notify.master');
    expect((await api(tk.admin, 'GET', '/clusters?q=imported-scripts')).body.total).toBe(0);
    expect((await api(tk.admin, 'POST', '/clusters/import', payload)).status).toBe(201);
  });

  it('directors: a credential, the address/port/user of a credentialed director (unless its binding allows the address), non-default paths and sudo are admin-only', async () => {
    const c = await newCluster();
    refusedAt(
      await api(tk.operator, 'POST', `/clusters/${c}/directors`, body.director({ address: '127.0.0.3', credential: 'prod-key' })),
      'body.credential',
    );
    refusedAt(
      await api(
        tk.operator,
        'POST',
        `/clusters/${c}/directors`,
        body.director({ address: '127.0.0.3', configPath: '/etc/keepalived/other.conf' }),
      ),
      'body.configPath',
    );
    refusedAt(
      await api(
        tk.operator,
        'POST',
        `/clusters/${c}/directors`,
        body.director({ address: '127.0.0.3', pidFile: '/run/keepalived/other.pid' }),
      ),
      'body.pidFile',
    );
    refusedAt(await api(tk.operator, 'POST', `/clusters/${c}/directors`, body.director({ address: '127.0.0.3', sudo: true })), 'body.sudo');
    // without a credential and with the default paths, a director is the operator's
    expect((await api(tk.operator, 'POST', `/clusters/${c}/directors`, body.director({ address: '127.0.0.3' }))).status).toBe(201);

    const made = await api(
      tk.admin,
      'POST',
      `/clusters/${c}/directors`,
      body.director({ name: 'lb4', address: '127.0.0.4', credential: 'prod-key' }),
    );
    expect(made.status, made.text).toBe(201);
    const id = made.body.id;
    refusedAt(await api(tk.operator, 'PATCH', `/clusters/${c}/directors/${id}`, { address: '127.0.0.9' }), 'body.address');
    refusedAt(await api(tk.operator, 'PATCH', `/clusters/${c}/directors/${id}`, { sshPort: 2222 }), 'body.sshPort');
    refusedAt(await api(tk.operator, 'PATCH', `/clusters/${c}/directors/${id}`, { sshUser: 'lvs' }), 'body.sshUser');
    refusedAt(await api(tk.operator, 'PATCH', `/clusters/${c}/directors/${id}`, { credential: 'other-key' }), 'body.credential');
    const scoped = await scopedToken(c, 'admin');
    refusedAt(await api(scoped, 'PATCH', `/clusters/${c}/directors/${id}`, { address: '127.0.0.9' }), 'body.address');
    expect((await api(tk.admin, 'PATCH', `/clusters/${c}/directors/${id}`, { address: '127.0.0.9' })).status).toBe(200);

    // a credential an admin bound to addresses: an operator may point a director at one of them, not elsewhere
    expect(
      (
        await api(tk.admin, 'POST', '/credentials', {
          name: 'bound-key',
          kind: 'password',
          password: 'bound-secret',
          allowedAddresses: ['127.0.0.0/29'],
        })
      ).status,
    ).toBe(201);
    const inside = await api(
      tk.operator,
      'POST',
      `/clusters/${c}/directors`,
      body.director({ name: 'lb5', address: '127.0.0.5', credential: 'bound-key' }),
    );
    expect(inside.status, inside.text).toBe(201);
    const outside = await api(tk.operator, 'PATCH', `/clusters/${c}/directors/${inside.body.id}`, { address: '127.0.0.10' });
    refusedAt(outside, 'body.address');
    expect(outside.body.errors[0].message).toMatch(/binding allows; 127\.0\.0\.10 is not in it/);
    expect(
      (await api(tk.operator, 'PATCH', `/clusters/${c}/directors/${inside.body.id}`, { address: '127.0.0.6', sshPort: 2222 })).status,
    ).toBe(200);
    // never by a cluster-scoped token, bound or not
    refusedAt(
      await api(await scopedToken(c, 'operator'), 'PATCH', `/clusters/${c}/directors/${inside.body.id}`, { address: '127.0.0.7' }),
      'body.address',
    );
  });

  it('a rollback to a revision whose scripts differ from the current spec is admin-only too', async () => {
    const c = await newCluster();
    const s = await spec(c);
    s.vrrpInstances[0].notify = { master: '/usr/local/bin/old-notify' };
    expect((await api(tk.admin, 'PUT', `/clusters/${c}/spec`, s)).status).toBe(200);
    expect((await api(tk.admin, 'POST', `/clusters/${c}/revisions`, { message: 'with the old script' })).status).toBe(201);
    s.vrrpInstances[0].notify = { master: '/usr/local/bin/new-notify' };
    expect((await api(tk.admin, 'PUT', `/clusters/${c}/spec`, s)).status).toBe(200);
    const r = await api(tk.operator, 'POST', `/clusters/${c}/revisions/1/rollback`, {});
    refusedAt(r, 'spec.vrrpInstances.0.notify.master');
    expect((await spec(c)).vrrpInstances[0].notify.master).toBe('/usr/local/bin/new-notify');
  });

  it('the admin allowlist of executables: a script naming another one is 422 (field and executable named); the list is admin-only and audited', async () => {
    const c = await newCluster();
    expect((await api(tk.operator, 'GET', '/settings/script-allowlist')).status).toBe(403);
    expect((await api(tk.operator, 'PUT', '/settings/script-allowlist', { executables: ['/bin/sh'] })).status).toBe(403);
    const bad = await api(tk.admin, 'PUT', '/settings/script-allowlist', { executables: ['/usr/local/bin/../../bin/sh', 'relative'] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: Json) => e.path)).toEqual(['body.executables.0', 'body.executables.1']);
    const set = await api(tk.admin, 'PUT', '/settings/script-allowlist', { executables: ['/usr/local/bin/notify'] });
    expect(set.status, set.text).toBe(200);
    expect((await api(tk.admin, 'GET', '/settings/script-allowlist')).body).toEqual({ executables: ['/usr/local/bin/notify'] });
    try {
      const s = await spec(c);
      s.vrrpInstances[0].notify = { master: '/bin/sh -c id', backup: '/usr/local/bin/notify backup' };
      const r = await api(tk.admin, 'PUT', `/clusters/${c}/spec`, s);
      expect(r.status, r.text).toBe(422);
      expect(r.body.code).toBe('topology.script_not_allowed');
      expect(r.body.errors).toEqual([{ path: 'body.vrrpInstances.0.notify.master', message: expect.stringContaining('/bin/sh') }]);
      s.vrrpInstances[0].notify = { backup: '/usr/local/bin/notify backup' };
      expect((await api(tk.admin, 'PUT', `/clusters/${c}/spec`, s)).status).toBe(200);
      const audit = (await api(tk.admin, 'GET', '/audit?action=settings.script_allowlist.update')).body.items[0];
      expect(audit).toMatchObject({ before: { executables: [] }, after: { executables: ['/usr/local/bin/notify'] } });
    } finally {
      await api(tk.admin, 'PUT', '/settings/script-allowlist', { executables: [] });
    }
  });

  it('every script change is a plan hazard naming the directors and the script, kept in the deployment.start event', async () => {
    const c = await newCluster();
    const s = await spec(c);
    s.vrrpInstances[0].notify = { master: '/usr/local/bin/notify master' };
    expect((await api(tk.admin, 'PUT', `/clusters/${c}/spec`, s)).status).toBe(200);
    const plan = await api(tk.viewer, 'GET', `/clusters/${c}/plan`);
    expect(plan.status, plan.text).toBe(200);
    expect(plan.body.hazards).toEqual([
      {
        kind: 'script-changed',
        path: 'vrrpInstances[0].notify.master',
        directors: ['lb1', 'lb2'],
        script: '/usr/local/bin/notify master',
        message: expect.stringMatching(/notify_master .*is added.*"\/usr\/local\/bin\/notify master" as root on lb1, lb2/),
      },
    ]);
    const dep = await api(tk.operator, 'POST', `/clusters/${c}/deployments`, { message: 'with a script' });
    expect(dep.status, dep.text).toBe(202);
    const start = (await api(tk.admin, 'GET', `/audit?action=deployment.start&targetId=${c}`)).body.items[0];
    expect(start.after.hazards.join('\n')).toContain('/usr/local/bin/notify master');
  });

  it('topology writes are audited with a redacted before/after: the script text in full, auth_pass never', async () => {
    const c = await newCluster();
    const s = await spec(c);
    s.vrrpInstances[0].notify = { master: '/usr/local/bin/first' };
    s.vrrpInstances[0].authPass = 'sekr1t';
    expect((await api(tk.admin, 'PUT', `/clusters/${c}/spec`, s)).status).toBe(200);
    s.vrrpInstances[0].notify = { master: '/usr/local/bin/second' };
    s.vrrpInstances[0].authPass = 'sekr2t';
    expect((await api(tk.admin, 'PUT', `/clusters/${c}/spec`, s)).status).toBe(200);
    const ev = (await api(tk.admin, 'GET', `/audit?action=cluster.spec.replace&targetId=${c}`)).body.items[0];
    expect(ev.before.objects['vrrpInstance:VI_WEB']).toMatchObject({ notify: { master: '/usr/local/bin/first' }, authPass: '[redacted]' });
    expect(ev.after.objects['vrrpInstance:VI_WEB']).toMatchObject({ notify: { master: '/usr/local/bin/second' }, authPass: '[redacted]' });
    expect(ev.after.scripts).toEqual([
      {
        change: 'changed',
        path: 'vrrpInstances.0.notify.master',
        keyword: 'notify_master',
        script: '/usr/local/bin/second',
        previous: '/usr/local/bin/first',
        directors: ['lb1', 'lb2'],
      },
    ]);
    // resource writes and deletes too
    const vs = (await api(tk.admin, 'GET', `/clusters/${c}/virtual-services`)).body.items[0].id;
    const rs = (await api(tk.admin, 'GET', `/clusters/${c}/virtual-services/${vs}/real-servers`)).body.items[0];
    expect((await api(tk.operator, 'PATCH', `/clusters/${c}/virtual-services/${vs}/real-servers/${rs.id}`, { weight: 7 })).status).toBe(
      200,
    );
    const upd = (await api(tk.admin, 'GET', `/audit?action=realServer.update&targetId=${rs.id}`)).body.items[0];
    expect(upd.before.objects['realServer:10.213.1.10:80/TCP>10.213.0.21:80'].weight).toBe(10);
    expect(upd.after.objects['realServer:10.213.1.10:80/TCP>10.213.0.21:80'].weight).toBe(7);
    const inst = (await api(tk.admin, 'GET', `/clusters/${c}/vrrp-instances`)).body.items[0];
    expect((await api(tk.admin, 'DELETE', `/clusters/${c}/vrrp-instances/${inst.id}`)).status).toBe(204);
    const del = (await api(tk.admin, 'GET', `/audit?action=vrrpInstance.delete&targetId=${inst.id}`)).body.items[0];
    expect(del.before.objects['vrrpInstance:VI_WEB']).toMatchObject({
      notify: { master: '/usr/local/bin/second' },
      authPass: '[redacted]',
    });
    expect(del.after.scripts).toEqual([expect.objectContaining({ change: 'removed', script: '/usr/local/bin/second' })]);
    const all = JSON.stringify((await api(tk.admin, 'GET', `/audit?targetId=${c}&limit=200`)).body);
    expect(all).not.toMatch(/sekr[12]t/);
  });

  it('deleting a cluster archives its revisions and deployments: an admin still reads the script text and the rendered config', async () => {
    const c = await newCluster();
    const s = await spec(c);
    s.vrrpInstances[0].notify = { master: '/usr/local/bin/was-here' };
    expect((await api(tk.admin, 'PUT', `/clusters/${c}/spec`, s)).status).toBe(200);
    expect((await api(tk.operator, 'POST', `/clusters/${c}/deployments`, { message: 'before the delete' })).status).toBe(202);
    // the deployment fails fast (closed port); wait for it to end so the archive holds its outcome
    await expect
      .poll(async () => (await api(tk.admin, 'GET', `/clusters/${c}/deployments`)).body.items[0]?.status, { timeout: 20_000 })
      .toMatch(/failed|rolled_back|succeeded/);
    expect((await api(tk.operator, 'DELETE', `/clusters/${c}`)).status).toBe(204);
    expect((await api(tk.admin, 'GET', `/clusters/${c}`)).status).toBe(404);

    expect((await api(tk.operator, 'GET', '/archive/clusters')).status).toBe(403);
    const list = await api(tk.admin, 'GET', `/archive/clusters?q=${encodeURIComponent(s.name)}`);
    expect(list.body).toMatchObject({
      total: 1,
      items: [{ id: c, name: s.name, revisions: 1, deployments: 1, deletedBy: 'op (token op-ci)' }],
    });
    const one = await api(tk.admin, 'GET', `/archive/clusters/${c}`);
    expect(one.status, one.text).toBe(200);
    expect(one.body.spec.vrrpInstances[0].notify.master).toBe('/usr/local/bin/was-here');
    expect(one.body.revisionList).toEqual([expect.objectContaining({ number: 1, message: 'before the delete' })]);
    expect(one.body.deploymentList).toEqual([
      expect.objectContaining({ revision: 1, targets: expect.arrayContaining([expect.objectContaining({ director: 'lb1' })]) }),
    ]);
    const rev = await api(tk.admin, 'GET', `/archive/clusters/${c}/revisions/1`);
    expect(rev.body.rendered.lb1.text).toContain('notify_master "/usr/local/bin/was-here"');
    expect((await api(tk.admin, 'GET', `/archive/clusters/${c}/revisions/2`)).status).toBe(404);
    const ev = (await api(tk.admin, 'GET', `/audit?action=cluster.delete&targetId=${c}`)).body.items[0];
    expect(ev.before).toMatchObject({
      name: s.name,
      archived: `/api/v1/archive/clusters/${c}`,
      scripts: [expect.objectContaining({ script: '/usr/local/bin/was-here' })],
    });
  });

  it('a viewer never sees auth_pass (spec, resources, revisions, rendered text, plan diff); an operator does', async () => {
    const c = await newCluster();
    const s = await spec(c);
    s.vrrpInstances[0].authPass = 'vw5ecret';
    expect((await api(tk.admin, 'PUT', `/clusters/${c}/spec`, s)).status).toBe(200);
    expect((await api(tk.admin, 'POST', `/clusters/${c}/revisions`, {})).status).toBe(201);
    const seen = [
      await api(tk.viewer, 'GET', `/clusters/${c}/spec`),
      await api(tk.viewer, 'GET', `/clusters/${c}/vrrp-instances`),
      await api(tk.viewer, 'GET', `/clusters/${c}/revisions/1`),
      await api(tk.viewer, 'GET', `/clusters/${c}/plan`),
    ];
    for (const r of seen) {
      expect(r.status, r.text).toBe(200);
      expect(r.text).not.toContain('vw5ecret');
    }
    expect(seen[0].body.vrrpInstances[0].authPass).toBe('[set]');
    expect(seen[1].body.items[0].authPass).toBe('[set]');
    expect(seen[2].body.spec.vrrpInstances[0].authPass).toBe('[set]');
    expect(seen[2].body.rendered.lb1.text).toMatch(/auth_pass \[set\]/);
    expect(seen[3].body.directors[0].diff === '' || /auth_pass \[set\]/.test(seen[3].body.directors[0].diff)).toBe(true);
    // an instance without one shows none: set/unset
    expect((await api(tk.viewer, 'GET', `/clusters/${await newCluster()}/spec`)).body.vrrpInstances[0]).not.toHaveProperty('authPass');
    // operators edit it, and a PUT of what they read keeps it
    const op = await spec(c, tk.operator);
    expect(op.vrrpInstances[0].authPass).toBe('vw5ecret');
    expect((await api(tk.operator, 'PUT', `/clusters/${c}/spec`, op)).body.changed).toEqual([]);
  });

  it('a NUL or another control character in a script field is a 400 naming the field; nothing is stored', async () => {
    const c = await newCluster();
    const s = await spec(c);
    s.vrrpInstances[0].notify = { master: '/usr/local/bin/notify\u0000master' };
    const r = await api(tk.admin, 'PUT', `/clusters/${c}/spec`, s);
    expect(r.status, r.text).toBe(400);
    expect(r.body.errors.map((e: Json) => e.path)).toEqual(['body.vrrpInstances.0.notify.master']);
    const vs = (await api(tk.admin, 'GET', `/clusters/${c}/virtual-services`)).body.items[0].id;
    const misc = await api(
      tk.admin,
      'POST',
      `/clusters/${c}/virtual-services/${vs}/real-servers`,
      body.realServer({ healthCheck: { type: 'MISC_CHECK', script: '/usr/bin/check\u0007x' } }),
    );
    expect(misc.status, misc.text).toBe(400);
    expect(misc.body.errors.map((e: Json) => e.path)).toEqual(['body.healthCheck.script']);
    expect((await spec(c)).vrrpInstances[0].notify).toEqual({});
    expect((await api(tk.admin, 'POST', `/clusters/${c}/revisions`, {})).status).toBe(201);
  });
});
