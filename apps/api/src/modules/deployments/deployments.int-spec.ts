import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../test/app';
import { call, login, type Json } from '../../../../../test/http';
import { startKeepalivedNetns, vrrpConfig, type KeepalivedNetns } from '../../../../../test/keepalived-netns';
import { IS_ROOT, startSshd, type TestSshd } from '../../../../../test/sshd';
import { DeploymentsService } from './deployments.service';

/**
 * Deployments through the REST API against real parts: OpenSSH on two loopback addresses, and two
 * real keepalived processes (VRRP only — this kernel has no IPVS) in their own network namespaces.
 */
describe.skipIf(!IS_ROOT)('deployments over SSH (real API, PostgreSQL, sshd, keepalived)', () => {
  let t: TestApp;
  let sshd: TestSshd;
  let lb1: KeepalivedNetns;
  let lb2: KeepalivedNetns;
  let admin: { cookie: string; csrf: string };
  let token: string;
  let clusterId: string;
  const api = (method: string, path: string, body?: unknown, headers?: Record<string, string>) =>
    call(t.baseUrl, method, `/api/v1${path}`, { token, body, headers });

  const spec = (vip: string, priority1 = 150) => ({
    name: 'lab-pair',
    directors: [
      {
        name: 'lb1',
        address: '127.0.0.1',
        sshPort: sshd.port,
        sshUser: sshd.user,
        credential: 'lab-key',
        configPath: lb1.configPath,
        pidFile: lb1.pidFile,
      },
      {
        name: 'lb2',
        address: '127.0.0.2',
        sshPort: sshd.port,
        sshUser: sshd.user,
        credential: 'lab-key',
        configPath: lb2.configPath,
        pidFile: lb2.pidFile,
      },
    ],
    vrrpInstances: [
      {
        name: 'VI_WEB',
        interface: 'eth0',
        virtualRouterId: 51,
        members: [
          { director: 'lb1', priority: priority1, state: 'MASTER' },
          { director: 'lb2', priority: 100 },
        ],
        vips: [{ address: vip }],
      },
    ],
    virtualServices: [
      {
        vip: vip.split('/')[0],
        port: 80,
        scheduler: 'wrr',
        realServers: [{ address: '10.213.250.21', port: 80, weight: 5, healthCheck: { type: 'TCP_CHECK', connectTimeout: 3 } }],
      },
    ],
  });

  async function finished(deploymentId: string): Promise<Json> {
    await t.app.get(DeploymentsService).settle(deploymentId);
    return (await api('GET', `/clusters/${clusterId}/deployments/${deploymentId}`)).body;
  }

  beforeAll(async () => {
    sshd = await startSshd({ listen: ['127.0.0.1', '127.0.0.2'] });
    const first = vrrpConfig({ routerId: 'lb', priority: 100, vip: '10.213.250.100/32', comment: 'before the console' });
    lb1 = await startKeepalivedNetns(first);
    lb2 = await startKeepalivedNetns(first);
    // the keepalived processes keep their config and pid files in temp dirs: allow those
    t = await startTestApp({ DIRECTOR_CONFIG_DIRS: `/etc/keepalived,${tmpdir()}` });
    admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    token = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'ci', role: 'admin' } })).body.secret;
    expect(
      (
        await api('POST', '/credentials', {
          name: 'lab-key',
          kind: 'private_key',
          privateKey: sshd.privateKey,
          allowedAddresses: ['127.0.0.1', '127.0.0.2'],
        })
      ).status,
    ).toBe(201);
    const c = await api('POST', '/clusters', spec('10.213.250.100/32'));
    expect(c.status, c.text).toBe(201);
    clusterId = c.body.id;
  });
  afterAll(async () => {
    await t?.close();
    await lb1?.stop();
    await lb2?.stop();
    await sshd?.stop();
  });

  it('refuses to connect before an operator accepts the host key, then pins the offered key', async () => {
    const plan = await api('GET', `/clusters/${clusterId}/plan`);
    expect(plan.status).toBe(200);
    expect(plan.body.directors[0]).toMatchObject({ reachable: false, error: expect.stringMatching(/not accepted yet/) });
    const hk = await api('GET', `/clusters/${clusterId}/host-keys/lb1`);
    expect(hk.body).toMatchObject({ offered: sshd.fingerprint, pinned: null });
    const wrong = await api('PUT', `/clusters/${clusterId}/host-keys/lb1`, { fingerprint: `SHA256:${'B'.repeat(43)}` });
    expect(wrong.status).toBe(409);
    for (const d of ['lb1', 'lb2']) {
      const ok = await api('PUT', `/clusters/${clusterId}/host-keys/${d}`, { fingerprint: sshd.fingerprint });
      expect(ok.body).toMatchObject({ pinned: sshd.fingerprint, matches: true });
    }
  });

  it('plans: live config, sha256 and a unified diff to what would be pushed', async () => {
    const plan = await api('GET', `/clusters/${clusterId}/plan`);
    expect(plan.body.directors.map((d: Json) => [d.name, d.reachable, d.changed])).toEqual([
      ['lb1', true, true],
      ['lb2', true, true],
    ]);
    expect(plan.body.directors[0].diff).toMatch(/^--- lb1:.*\(live\)\n\+\+\+ lb1:.*\(new\)\n@@/);
    expect(plan.body.directors[0].diff).toContain('+  router_id lb1');
  });

  it('deploys to both directors, BACKUP first and MASTER last, and records every step', async () => {
    const r = await api('POST', `/clusters/${clusterId}/deployments`, { message: 'first push' }, { 'idempotency-key': 'push-1' });
    expect(r.status).toBe(202);
    const d = await finished(r.body.id);
    expect(d.status).toBe('succeeded');
    expect(d.targets.map((x: Json) => x.director)).toEqual(['lb2', 'lb1']);
    expect(d.targets[0].steps.map((s: Json) => s.name)).toEqual([
      'connect',
      'read',
      'upload',
      'config-test',
      'runtime-files',
      'backup',
      'swap',
      'reload',
      'verify',
    ]);
    const rev = await api('GET', `/clusters/${clusterId}/revisions/${d.revision}`);
    expect(readFileSync(lb1.configPath, 'utf8')).toBe(rev.body.rendered.lb1.text);
    expect(readFileSync(lb2.configPath, 'utf8')).toBe(rev.body.rendered.lb2.text);
    expect(lb1.alive() && lb2.alive()).toBe(true);
    // the same Idempotency-Key returns the same deployment, not a second push
    const again = await api('POST', `/clusters/${clusterId}/deployments`, { message: 'first push' }, { 'idempotency-key': 'push-1' });
    expect(again.body.id).toBe(r.body.id);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const drift = await api('GET', `/clusters/${clusterId}/drift`);
    expect(drift.body).toMatchObject({ drift: false, lastDeployedRevision: d.revision });
  });

  it('plans show reload hazards against the deployed revision, and the deployment start records them', async () => {
    const s = spec('10.213.250.100/32');
    s.virtualServices[0].realServers = []; // the deployed real server goes without being drained
    await api('PUT', `/clusters/${clusterId}/spec`, s);
    const plan = await api('GET', `/clusters/${clusterId}/plan`);
    expect(plan.body.hazards).toEqual([
      {
        kind: 'real-server-removed',
        path: 'virtualServices[0].realServers',
        message: expect.stringMatching(/10\.213\.250\.21:80 leaves .* without being drained.*drains it in a first stage/),
      },
    ]);
    const d = await finished((await api('POST', `/clusters/${clusterId}/deployments`, {})).body.id);
    expect(d.status).toBe('succeeded');
    // draining the service's only real server would leave it below its quorum, which keepalived
    // refuses: no drain stage, and each director's record says why
    for (const x of d.targets)
      expect(x.steps[1]).toMatchObject({
        name: 'drain-wait',
        status: 'skipped',
        output: expect.stringMatching(/^no interim stage \(draining 10\.213\.250\.21:80\): .*quorum/),
      });
    const audit = await api('GET', '/audit?action=deployment.start&limit=1');
    expect(JSON.stringify(audit.body.items[0].after.hazards)).toMatch(/10\.213\.250\.21:80 leaves/);
    // putting it back is no hazard
    await api('PUT', `/clusters/${clusterId}/spec`, spec('10.213.250.100/32'));
    expect((await api('GET', `/clusters/${clusterId}/plan`)).body.hazards).toEqual([]);
  });

  it('a second deployment while one runs gets 409', async () => {
    await api('PUT', `/clusters/${clusterId}/spec`, spec('10.213.250.101/32'));
    const [a, b] = await Promise.all([
      api('POST', `/clusters/${clusterId}/deployments`, {}),
      api('POST', `/clusters/${clusterId}/deployments`, {}),
    ]);
    const statuses = [a.status, b.status].sort();
    expect(statuses).toEqual([202, 409]);
    const conflict = a.status === 409 ? a : b;
    expect(conflict.body.code).toBe('deployments.deployment_running');
    await finished((a.status === 202 ? a : b).body.id);
  });

  it('stops before the swap when keepalived rejects the config: nothing changes on any director', async () => {
    const before1 = readFileSync(lb1.configPath, 'utf8');
    const before2 = readFileSync(lb2.configPath, 'utf8');
    const bad = spec('10.213.250.102/32');
    bad.vrrpInstances[0].interface = 'eth5'; // valid for the console, absent on the directors
    expect((await api('PUT', `/clusters/${clusterId}/spec`, bad)).status).toBe(200);
    const r = await api('POST', `/clusters/${clusterId}/deployments`, {});
    const d = await finished(r.body.id);
    expect(d.status).toBe('failed');
    // Every director is config-tested before any is swapped: both refuse, neither changes.
    for (const x of d.targets)
      expect(x).toMatchObject({ status: 'failed', error: expect.stringMatching(/config-test failed: .*\(the director was not changed\)/) });
    expect(d.targets.map((x: Json) => x.director)).toEqual(['lb2', 'lb1']);
    expect(readFileSync(lb1.configPath, 'utf8')).toBe(before1);
    expect(existsSync(`${lb1.configPath}.lvs-new`) || existsSync(`${lb2.configPath}.lvs-new`)).toBe(false);
    expect(readFileSync(lb2.configPath, 'utf8')).toBe(before2);
  });

  it('rolls back to an earlier revision: restores the topology and deploys it', async () => {
    const r = await api('POST', `/clusters/${clusterId}/revisions/1/rollback`, {});
    expect(r.status).toBe(202);
    const d = await finished(r.body.id);
    expect(d.status).toBe('succeeded');
    const one = await api('GET', `/clusters/${clusterId}/revisions/1`);
    const now = await api('GET', `/clusters/${clusterId}/spec`);
    expect(now.body.vrrpInstances[0].vips).toEqual(one.body.spec.vrrpInstances[0].vips);
    const rev = await api('GET', `/clusters/${clusterId}/revisions/${d.revision}`);
    expect(rev.body.message).toBe('Rollback to revision 1');
    expect(rev.body.specSha256).toBe(one.body.specSha256);
    const diff = await api('GET', `/clusters/${clusterId}/diff?from=1&to=${d.revision}`);
    expect(diff.body.specChanged).toBe(false);
  });

  it('detects drift when someone edits a director by hand', async () => {
    writeFileSync(lb2.configPath, readFileSync(lb2.configPath, 'utf8') + '# edited by hand\n');
    const drift = await api('GET', `/clusters/${clusterId}/drift`);
    expect(drift.body.drift).toBe(true);
    // this kernel has no IPVS: the file is compared, the table cannot be, and the check says why
    expect(drift.body.directors.find((x: Json) => x.name === 'lb2')).toMatchObject({
      drifted: true,
      fileDrifted: true,
      tableDrifted: null,
      tableNote: expect.stringMatching(/^live IPVS table not compared: /),
    });
    const audit = await api('GET', '/audit?action=cluster.drift_detected');
    expect(audit.body.total).toBe(1);
  });

  it('refuses a changed host key, audits it, and leaves the director untouched', async () => {
    await t.dataSource.query(`UPDATE director_host_keys SET fingerprint = $1 WHERE director = 'lb2'`, [`SHA256:${'C'.repeat(43)}`]);
    const before = readFileSync(lb2.configPath, 'utf8');
    const r = await api('POST', `/clusters/${clusterId}/deployments`, {});
    const d = await finished(r.body.id);
    expect(d.status).toBe('failed');
    expect(d.targets[0]).toMatchObject({
      director: 'lb2',
      status: 'failed',
      error: expect.stringMatching(/host key .* is pinned: refusing/),
    });
    expect(readFileSync(lb2.configPath, 'utf8')).toBe(before);
    expect((await api('GET', '/audit?action=director.host_key_mismatch')).body.total).toBeGreaterThan(0);
    // …and on the timeline, with the deployment's failure
    await expect
      .poll(
        async () =>
          (await api('GET', `/clusters/${clusterId}/events?kind=host_key.mismatch,deployment.failed`)).body.items
            .map((e: Json) => e.kind)
            .sort(),
        { timeout: 10_000 },
      )
      .toEqual(expect.arrayContaining(['deployment.failed', 'host_key.mismatch']));
    await api('PUT', `/clusters/${clusterId}/host-keys/lb2`, { fingerprint: sshd.fingerprint });
  });

  it('fails an unreachable director with a clear message and leaves the others untouched (stop on failure)', async () => {
    const s = spec('10.213.250.100/32');
    s.directors[1].sshPort = 1; // nothing listens there
    await api('PUT', `/clusters/${clusterId}/spec`, s);
    const before1 = readFileSync(lb1.configPath, 'utf8');
    const d = await finished((await api('POST', `/clusters/${clusterId}/deployments`, {})).body.id);
    expect(d.targets[0]).toMatchObject({
      director: 'lb2',
      status: 'failed',
      error: expect.stringMatching(/could not open an SSH session|not accepted/),
    });
    expect(d.targets[1]).toMatchObject({ director: 'lb1', status: 'skipped' });
    expect(readFileSync(lb1.configPath, 'utf8')).toBe(before1);
    // a director that cannot be reached stops the deployment before anything is uploaded anywhere
    expect(d.targets[1].steps.map((s: Json) => s.name)).toEqual(['connect']);
    expect(existsSync(`${lb1.configPath}.lvs-new`)).toBe(false);
  });

  it('never shows a secret in responses, the audit log or deployment records', async () => {
    const keyBody = sshd.privateKey.split('\n')[1];
    const everything = JSON.stringify([
      await t.dataSource.query('SELECT * FROM audit_events'),
      await t.dataSource.query('SELECT * FROM deployment_targets'),
      await t.dataSource.query('SELECT * FROM config_revisions'),
      (await api('GET', '/credentials')).body,
      (await api('GET', `/clusters/${clusterId}/deployments`)).body,
    ]);
    expect(everything).not.toContain(keyBody);
    expect(everything).not.toContain(token);
  });
});
