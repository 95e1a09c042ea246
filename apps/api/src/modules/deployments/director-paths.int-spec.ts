import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../test/app';
import { call, login, type Json } from '../../../../../test/http';
import { startKeepalivedNetns, vrrpConfig, type KeepalivedNetns } from '../../../../../test/keepalived-netns';
import { IS_ROOT, startSshd, type TestSshd } from '../../../../../test/sshd';
import { DeploymentsService } from './deployments.service';
import { sha256 } from './director-push';

/**
 * Director paths are a root capability on the director: the console reads the config path (and
 * shows it in the plan diff), replaces it, and signals the pid its pid file names. Only normalised
 * paths under the admin's DIRECTOR_CONFIG_DIRS (and pid files under /run, /var/run or those dirs)
 * are accepted, a path outside is never read, and no signal goes to a process that is not
 * keepalived. Real API, PostgreSQL, OpenSSH, keepalived (VRRP only). Needs root.
 */
describe.skipIf(!IS_ROOT)('director config and pid paths (real API, sshd, keepalived)', () => {
  const masterKey = randomBytes(32).toString('base64');
  const allowed = mkdtempSync(join(tmpdir(), 'lvs-allowed-'));
  // a root-only file outside the allowed directory, as /etc/shadow would be
  const secretDir = mkdtempSync('/root/lvs-secret-');
  const secretPath = join(secretDir, 'shadow');
  const secret = `root:$6$${randomBytes(12).toString('hex')}:19000:0:99999:7:::\n`;
  let t: TestApp;
  let sshd: TestSshd;
  let banner: TestSshd;
  let token: string;
  let ka: KeepalivedNetns | undefined;
  let sleeper: ChildProcess | undefined;
  const api = (app: TestApp, method: string, path: string, body?: unknown) => call(app.baseUrl, method, `/api/v1${path}`, { token, body });
  const director = (over: Record<string, unknown> = {}) => ({
    name: 'lb1',
    address: '127.0.0.1',
    sshPort: sshd.port,
    sshUser: sshd.user,
    credential: 'lab-key',
    configPath: `${allowed}/keepalived.conf`,
    pidFile: `${allowed}/keepalived.pid`,
    ...over,
  });
  const cluster = (name: string, d: Record<string, unknown>) => ({
    name,
    directors: [d],
    vrrpInstances: [
      {
        name: 'VI_1',
        interface: 'eth0',
        virtualRouterId: 51,
        members: [{ director: 'lb1', priority: 150, state: 'MASTER' }],
        vips: [{ address: '10.213.250.100/32' }],
      },
    ],
  });

  async function setup(app: TestApp): Promise<string> {
    const admin = await login(app.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    return (
      await call(app.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: `ci-${randomBytes(3).toString('hex')}`, role: 'admin' } })
    ).body.secret;
  }
  async function createCluster(app: TestApp, s: TestSshd, body: Json): Promise<string> {
    const c = await api(app, 'POST', '/clusters', body);
    expect(c.status, c.text).toBe(201);
    const pin = await api(app, 'PUT', `/clusters/${c.body.id}/host-keys/lb1`, { fingerprint: s.fingerprint });
    expect(pin.status, pin.text).toBe(200);
    return c.body.id;
  }
  async function deploy(app: TestApp, clusterId: string): Promise<Json> {
    const r = await api(app, 'POST', `/clusters/${clusterId}/deployments`, { message: 'test' });
    expect(r.status, r.text).toBe(202);
    await app.app.get(DeploymentsService).settle(r.body.id);
    return (await api(app, 'GET', `/clusters/${clusterId}/deployments/${r.body.id}`)).body;
  }

  beforeAll(async () => {
    writeFileSync(secretPath, secret, { mode: 0o600 });
    chmodSync(secretDir, 0o700);
    sshd = await startSshd();
    banner = await startSshd({ user: 'banner' });
    // the temp dir: keepalived-netns keeps its files there (the secret, under /root, is outside it)
    t = await startTestApp({ DIRECTOR_CONFIG_DIRS: tmpdir(), LVS_MASTER_KEY: masterKey });
    token = await setup(t);
    expect(
      (
        await api(t, 'POST', '/credentials', {
          name: 'lab-key',
          kind: 'private_key',
          privateKey: sshd.privateKey,
          allowedAddresses: ['127.0.0.0/8'],
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await api(t, 'POST', '/credentials', {
          name: 'banner-key',
          kind: 'private_key',
          privateKey: banner.privateKey,
          allowedAddresses: ['127.0.0.0/8'],
        })
      ).status,
    ).toBe(201);
  });
  afterAll(async () => {
    sleeper?.kill('SIGKILL');
    await ka?.stop();
    await t?.close();
    await sshd?.stop();
    await banner?.stop();
    rmSync(allowed, { recursive: true, force: true });
    rmSync(secretDir, { recursive: true, force: true });
  });

  it('refuses paths that are not normalised: 400 naming the field', async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ configPath: `${allowed}/../../root/x.conf` }, 'configPath', /"\.\." segments/],
      [{ configPath: `${allowed}//keepalived.conf` }, 'configPath', /"\/\/"/],
      [{ configPath: `${allowed}/` }, 'configPath', /end with "\/"/],
      [{ configPath: `${allowed}/./keepalived.conf` }, 'configPath', /"\." segments/],
      [{ configPath: `${allowed}/keep\u0000alived.conf` }, 'configPath', /letters, digits|NUL/],
      [{ pidFile: '/run/../proc/1/status' }, 'pidFile', /"\.\." segments/],
    ];
    for (const [over, field, message] of cases) {
      const r = await api(t, 'POST', '/clusters', cluster(`bad-${randomBytes(3).toString('hex')}`, director(over)));
      expect(r.status, r.text).toBe(400);
      expect(r.headers.get('content-type')).toMatch(/problem\+json/);
      expect(r.body.errors).toEqual(
        expect.arrayContaining([expect.objectContaining({ path: `body.directors.0.${field}`, message: expect.stringMatching(message) })]),
      );
    }
  });

  it('refuses a config outside the allowed directories and a pid file outside /run, /var/run and them: 422 naming the field, nothing read', async () => {
    const r = await api(t, 'POST', '/clusters', cluster('outside', director({ configPath: secretPath })));
    expect(r.status, r.text).toBe(422);
    expect(r.body.errors).toEqual([
      expect.objectContaining({
        path: 'body.directors.0.configPath',
        message: expect.stringMatching(new RegExp(`must be under ${tmpdir()}/ `)),
      }),
    ]);
    expect(r.text).not.toContain(secret.trim());
    const p = await api(t, 'POST', '/clusters', cluster('outside-pid', director({ pidFile: '/home/keepalived.pid' })));
    expect(p.status, p.text).toBe(422);
    expect(p.body.errors).toEqual([
      expect.objectContaining({ path: 'body.directors.0.pidFile', message: expect.stringMatching(/\/run\/ or \/var\/run\//) }),
    ]);
    // the default pid file (/run/keepalived.pid) and one beside the config are both fine
    const ok = await api(t, 'POST', '/clusters', cluster('defaults-pid', director({ pidFile: '/run/keepalived.pid' })));
    expect(ok.status, ok.text).toBe(201);
    await api(t, 'DELETE', `/clusters/${ok.body.id}`);
  });

  it('a cluster stored while the file was allowed is never read once it is not: plan, drift and deploy show none of it', async () => {
    // A replica on the same database whose admin allowed the secret's directory stores the
    // director (as a spec from before this rule would be); this API, which does not allow it, reads it.
    const lax = await startTestApp(
      { DIRECTOR_CONFIG_DIRS: `${tmpdir()},${secretDir}`, LVS_MASTER_KEY: masterKey },
      { databaseUrl: t.databaseUrl },
    );
    let clusterId: string;
    try {
      const c = await api(lax, 'POST', '/clusters', cluster('legacy', director({ configPath: secretPath })));
      expect(c.status, c.text).toBe(201);
      clusterId = c.body.id;
    } finally {
      await lax.close();
    }
    expect((await api(t, 'PUT', `/clusters/${clusterId}/host-keys/lb1`, { fingerprint: sshd.fingerprint })).status).toBe(200);
    const plan = await api(t, 'GET', `/clusters/${clusterId}/plan`);
    expect(plan.status).toBe(200);
    expect(plan.body.directors[0]).toMatchObject({
      reachable: false,
      diff: '',
      liveSha256: null,
      error: expect.stringMatching(/not read: configPath must be under/),
    });
    const drift = await api(t, 'GET', `/clusters/${clusterId}/drift`);
    expect(drift.body.directors[0]).toMatchObject({ liveSha256: null, error: expect.stringMatching(/not read/) });
    const d = await deploy(t, clusterId);
    expect(d.status).toBe('failed');
    expect(d.targets[0]).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/read failed: refusing to touch this director: configPath must be under/),
    });
    expect(d.targets[0].steps.map((s: Json) => `${s.name}:${s.status}`)).toEqual(['connect:ok', 'read:failed']);
    for (const text of [plan.text, drift.text, JSON.stringify(d)]) expect(text).not.toContain(secret.trim());
    expect(readFileSync(secretPath, 'utf8')).toBe(secret);
    await api(t, 'DELETE', `/clusters/${clusterId}`);
  });

  it('a pid file naming a process that is not keepalived: no SIGHUP, the step says why, and the previous file is back', async () => {
    ka = await startKeepalivedNetns(vrrpConfig({ routerId: 'lb1', priority: 100, vip: '10.213.250.100/32' }));
    // keepalived's own files are in its temp dir; the cluster's config sits in the allowed dir
    const configPath = `${allowed}/keepalived.conf`;
    const before = vrrpConfig({ routerId: 'lb1', priority: 100, vip: '10.213.250.100/32', comment: 'before' });
    writeFileSync(configPath, before);
    sleeper = spawn('sleep', ['600'], { stdio: 'ignore' });
    const pidFile = `${allowed}/sleep.pid`;
    writeFileSync(pidFile, `${sleeper.pid}\n`);
    const clusterId = await createCluster(t, sshd, cluster('not-keepalived', director({ configPath, pidFile })));
    const d = await deploy(t, clusterId);
    expect(d.status).toBe('failed');
    expect(d.targets[0]).toMatchObject({ status: 'rolled_back', error: expect.stringMatching(/reload failed/) });
    const reload = d.targets[0].steps.find((s: Json) => s.name === 'reload');
    expect(reload.output).toMatch(new RegExp(`pid ${sleeper.pid} from .*sleep\\.pid is not keepalived \\(it is sleep\\): no signal sent`));
    // sleep dies of SIGHUP: it is alive, so it got none
    expect(sleeper.exitCode).toBeNull();
    expect(sleeper.signalCode).toBeNull();
    process.kill(sleeper.pid!, 0);
    expect(sha256(readFileSync(configPath))).toBe(sha256(before));
    await api(t, 'DELETE', `/clusters/${clusterId}`);
  });

  it('behind a login shell that prints a banner on every command: plan and a full deployment work', async () => {
    await ka?.stop();
    ka = await startKeepalivedNetns(vrrpConfig({ routerId: 'lb1', priority: 100, vip: '10.213.250.100/32', comment: 'before' }));
    const configPath = ka.configPath;
    const clusterId = await createCluster(
      t,
      banner,
      cluster(
        'banner',
        director({ sshPort: banner.port, sshUser: banner.user, credential: 'banner-key', configPath, pidFile: ka.pidFile }),
      ),
    );
    const plan = await api(t, 'GET', `/clusters/${clusterId}/plan`);
    expect(plan.body.directors[0], plan.text).toMatchObject({
      reachable: true,
      changed: true,
      liveSha256: sha256(readFileSync(configPath)),
    });
    expect(plan.body.directors[0].diff).toMatch(/^--- lb1:.*\(live\)\n\+\+\+ lb1:.*\(new\)\n@@/);
    expect(plan.body.directors[0].diff).not.toContain('authorised use only');
    const d = await deploy(t, clusterId);
    expect(d.status, JSON.stringify(d.targets)).toBe('succeeded');
    expect(d.targets[0].steps.map((s: Json) => `${s.name}:${s.status}`)).toEqual([
      'connect:ok',
      'read:ok',
      'upload:ok',
      'config-test:ok',
      'runtime-files:ok',
      'backup:ok',
      'swap:ok',
      'reload:ok',
      'verify:ok',
    ]);
    expect(d.targets[0].steps.find((s: Json) => s.name === 'reload').output).toContain(`SIGHUP sent to keepalived pid ${ka.pid()}`);
    // the stage marks came from the commit script, not from the banner's "@step start 1" (which
    // would make the backup stage last since 1970)
    expect(d.targets[0].steps.filter((s: Json) => s.ms < 0 || s.ms > 600_000)).toEqual([]);
    const rev = await api(t, 'GET', `/clusters/${clusterId}/revisions/${d.revision}`);
    expect(readFileSync(configPath, 'utf8')).toBe(rev.body.rendered.lb1.text);
    expect(ka.alive()).toBe(true);
    const drift = await api(t, 'GET', `/clusters/${clusterId}/drift`);
    expect(drift.body).toMatchObject({ drift: false });
  });
});
