import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../test/app';
import { call, login } from '../../../test/http';
import { startSshdWithKeepalived } from '../../../test/keepalived-shim';
import { IS_ROOT, startSshd, type TestSshd } from '../../../test/sshd';
import { lvsctl } from './run';

/**
 * `lvsctl diff` renders each director for the keepalived release the console recorded for it, as the
 * API's freeze does (issue 14, item 4) — real API, PostgreSQL and OpenSSH. Director `new` runs the
 * host's keepalived (Debian's 2.2.7); director `old` is an sshd whose sessions find a `keepalived`
 * shim first on PATH that says 2.0.10. A plan records both on first contact; then lvsctl reads them.
 */
describe.skipIf(!IS_ROOT)('lvsctl diff renders for each director’s keepalived (real API, PostgreSQL, sshd)', () => {
  let t: TestApp;
  let sshd: TestSshd;
  let oldSshd: TestSshd;
  let dir: string;
  let env: Record<string, string>;
  const config = (name: string) => join(dir, name, 'keepalived.conf');
  const spec = (scheduler: { scheduler: string; schedulerFlags?: string[] } = { scheduler: 'wrr' }) => ({
    name: 'cli-versions',
    directors: [
      { name: 'new', address: '127.0.0.1', sshPort: sshd.port, sshUser: sshd.user, credential: 'new-key', configPath: config('new') },
      { name: 'old', address: '127.0.0.3', sshPort: oldSshd.port, sshUser: oldSshd.user, credential: 'old-key', configPath: config('old') },
    ],
    // track_file is the 2.1 name of vrrp_track_file: 2.0.10 reads only the old one
    trackFiles: [{ name: 'tf_maint', file: '/etc/keepalived/maint.state' }],
    vrrpInstances: [
      {
        name: 'VI_1',
        interface: 'eth0',
        virtualRouterId: 72,
        trackFiles: [{ name: 'tf_maint' }],
        members: [
          { director: 'new', priority: 150, state: 'MASTER' },
          { director: 'old', priority: 100 },
        ],
        vips: [{ address: '10.213.252.110/32' }],
      },
    ],
    virtualServices: [{ vip: '10.213.252.110', port: 80, ...scheduler, realServers: [{ address: '10.213.252.31', port: 80, weight: 5 }] }],
  });
  const file = (n: string, doc: unknown) => {
    const p = join(dir, n);
    writeFileSync(p, stringify(doc));
    return p;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lvsctl-versions-'));
    sshd = await startSshd({ listen: ['127.0.0.1'] });
    oldSshd = await startSshdWithKeepalived({
      version: '2.0.10 (11/12,2018)',
      options: 'LVS VRRP VRRP_AUTH',
      listen: ['127.0.0.1', '127.0.0.3'],
    });
    t = await startTestApp({ DIRECTOR_CONFIG_DIRS: `/etc/keepalived,${tmpdir()}` });
    const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    const token = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'cli-versions', role: 'admin' } })).body
      .secret;
    const api = (method: string, path: string, body?: unknown) => call(t.baseUrl, method, `/api/v1${path}`, { token, body });
    for (const [name, s, address] of [
      ['new-key', sshd, '127.0.0.1'],
      ['old-key', oldSshd, '127.0.0.3'],
    ] as const) {
      const c = await api('POST', '/credentials', { name, kind: 'private_key', privateKey: s.privateKey, allowedAddresses: [address] });
      expect(c.status, c.text).toBe(201);
    }
    const c = await api('POST', '/clusters', spec());
    expect(c.status, c.text).toBe(201);
    for (const [name, s] of [
      ['new', sshd],
      ['old', oldSshd],
    ] as const)
      expect((await api('PUT', `/clusters/${c.body.id}/host-keys/${name}`, { fingerprint: s.fingerprint })).status).toBe(200);
    // first contact: the plan reads and records each director's keepalived -v
    const plan = await api('GET', `/clusters/${c.body.id}/plan`);
    expect(plan.status, plan.text).toBe(200);
    expect(plan.body.directors.map((d: { name: string; keepalivedVersion: string }) => [d.name, d.keepalivedVersion])).toEqual([
      ['new', '2.2.7'],
      ['old', '2.0.10'],
    ]);
    env = { LVS_SERVER: t.baseUrl, LVS_TOKEN: token, LVSCTL_CONFIG: join(dir, 'none.yaml') };
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await sshd?.stop();
    await oldSshd?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows each director with its release and renders the spelling that release reads, leaving out what it does not know', async () => {
    const r = await lvsctl(['diff', '-f', file('same.yaml', spec())], { env });
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('  new (keepalived 2.2.7):\n');
    expect(r.out).toContain('  old (keepalived 2.0.10):\n');
    const [forNew, forOld] = r.out.split('  old (keepalived 2.0.10):\n');
    expect(forNew).toMatch(/^\+track_file tf_maint \{$/m);
    expect(forNew).toMatch(/^\+ {2}reload_check_config$/m);
    expect(forOld).toMatch(/^\+vrrp_track_file tf_maint \{$/m);
    expect(forOld).not.toMatch(/^\+track_file /m);
    expect(forOld).not.toMatch(/reload_check_config$/m);
    expect(r.out).toContain("note: old's keepalived does not know reload_check_config: rendered without them");
    const j = await lvsctl(['diff', '-f', file('same.yaml', spec()), '--json'], { env });
    expect(j.code, j.err).toBe(0);
    const directors = JSON.parse(j.out).directors.map((d: { name: string; keepalivedVersion?: string; omitted?: string[] }) => [
      d.name,
      d.keepalivedVersion,
      d.omitted,
    ]);
    expect(directors).toEqual([
      ['new', '2.2.7', undefined],
      ['old', '2.0.10', ['reload_check_config']],
    ]);
  });

  it('refuses with exit 3, before anything is applied, a spec a director’s release cannot run, naming director, version and keyword', async () => {
    const mh = file('mh.yaml', spec({ scheduler: 'mh', schedulerFlags: ['mh-port'] }));
    for (const cmd of ['diff', 'apply']) {
      const r = await lvsctl([cmd, '-f', mh, ...(cmd === 'apply' ? ['-m', 'mh-port'] : [])], { env });
      expect(r.code, `${cmd}: ${r.out}${r.err}`).toBe(3);
      expect(r.err).toMatch(/director old runs keepalived 2\.0\.10, which does not know 'mh-port' \(keepalived 2\.0\.11/);
    }
    // apply stopped at the plan: the server's spec is still the wrr one
    const got = await lvsctl(['export', 'cli-versions', '-o', 'json'], { env });
    expect(got.code, got.err).toBe(0);
    expect(got.out).not.toContain('mh-port');
  });
});
