import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../test/app';
import { call, login, type Json } from '../../../../../test/http';
import { keepalivedConfigTest } from '../../../../../test/keepalived-judge';
import { startSshdWithKeepalived } from '../../../../../test/keepalived-shim';
import { IS_ROOT, startSshd, type TestSshd } from '../../../../../test/sshd';
import { renderedVersions } from '../deployments/revisions.service';

/**
 * Version-aware rendering wired into revisions and plans (issue 14, item 4), against real parts:
 * PostgreSQL, OpenSSH and Debian's keepalived 2.2.7. Director `new` is a plain host (its
 * `keepalived -v` is the real 2.2.7); director `old` is an sshd whose sessions find a `keepalived`
 * shim first on PATH that reports 2.0.10 (Debian 10's release) — the console records both versions
 * on first contact, as it does for any director. Director `gone` has no sshd: its version is never
 * known.
 */
describe.skipIf(!IS_ROOT)('each director rendered for its keepalived release (real API, PostgreSQL, sshd, keepalived)', () => {
  let t: TestApp;
  let sshd: TestSshd;
  let oldSshd: TestSshd;
  let dir: string;
  let token: string;
  let clusterId: string;
  const api = (method: string, path: string, body?: unknown) => call(t.baseUrl, method, `/api/v1${path}`, { token, body });
  const config = (name: string) => join(dir, name, 'keepalived.conf');

  const spec = (over: Record<string, unknown> = {}) => ({
    name: 'versions',
    directors: [
      { name: 'new', address: '127.0.0.1', sshPort: sshd.port, sshUser: sshd.user, credential: 'new-key', configPath: config('new') },
      { name: 'old', address: '127.0.0.3', sshPort: oldSshd.port, sshUser: oldSshd.user, credential: 'old-key', configPath: config('old') },
      // nothing listens on this port: never read
      { name: 'gone', address: '127.0.0.4', sshPort: 9, configPath: config('gone') },
    ],
    // track_file is the 2.1 name of vrrp_track_file: 2.0.10 reads only the old one
    trackFiles: [{ name: 'tf_maint', file: '/etc/keepalived/maint.state' }],
    vrrpInstances: [
      {
        name: 'VI_1',
        interface: 'eth0',
        virtualRouterId: 71,
        trackFiles: [{ name: 'tf_maint' }],
        members: [
          { director: 'new', priority: 150, state: 'MASTER' },
          { director: 'old', priority: 100 },
          { director: 'gone', priority: 50 },
        ],
        vips: [{ address: '10.213.252.100/32' }],
      },
    ],
    virtualServices: [
      { vip: '10.213.252.100', port: 80, scheduler: 'wrr', realServers: [{ address: '10.213.252.21', port: 80, weight: 5 }] },
    ],
    ...over,
  });
  const row = (plan: Json, name: string): Json => plan.directors.find((d: Json) => d.name === name);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lvs-versions-'));
    // the same shim as fleet.int-spec's old1, built with VRRP_AUTH
    sshd = await startSshd({ listen: ['127.0.0.1'] });
    oldSshd = await startSshdWithKeepalived({
      version: '2.0.10 (11/12,2018)',
      options: 'LVS VRRP VRRP_AUTH',
      listen: ['127.0.0.1', '127.0.0.3'],
    });
    t = await startTestApp({ DIRECTOR_CONFIG_DIRS: `/etc/keepalived,${tmpdir()}` });
    const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    token = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'versions', role: 'admin' } })).body.secret;
    for (const [name, s, address] of [
      ['new-key', sshd, '127.0.0.1'],
      ['old-key', oldSshd, '127.0.0.3'],
    ] as const) {
      const c = await api('POST', '/credentials', { name, kind: 'private_key', privateKey: s.privateKey, allowedAddresses: [address] });
      expect(c.status, c.text).toBe(201);
    }
    const c = await api('POST', '/clusters', spec());
    expect(c.status, c.text).toBe(201);
    clusterId = c.body.id;
    for (const [name, s] of [
      ['new', sshd],
      ['old', oldSshd],
    ] as const)
      expect((await api('PUT', `/clusters/${clusterId}/host-keys/${name}`, { fingerprint: s.fingerprint })).status).toBe(200);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await sshd?.stop();
    await oldSshd?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('a plan reads each director on first contact and renders it for the release it found; an unread one is "version unknown"', async () => {
    expect(await t.dataSource.query('SELECT director FROM director_capabilities WHERE cluster_id = $1', [clusterId])).toEqual([]);
    const plan = await api('GET', `/clusters/${clusterId}/plan`);
    expect(plan.status, plan.text).toBe(200);
    expect(plan.body.directors.map((d: Json) => [d.name, d.reachable, d.keepalivedVersion])).toEqual([
      ['new', true, '2.2.7'],
      ['old', true, '2.0.10'],
      ['gone', false, null],
    ]);
    // the diffs (nothing is on the directors yet) are the renders: the 2.2 spelling, the 2.0 one
    expect(row(plan.body, 'new').diff).toMatch(/^\+track_file tf_maint \{$/m);
    expect(row(plan.body, 'new').diff).toMatch(/^\+ {2}reload_check_config$/m);
    expect(row(plan.body, 'old').diff).toMatch(/^\+vrrp_track_file tf_maint \{$/m);
    expect(row(plan.body, 'old').diff).not.toMatch(/^\+track_file /m);
    expect(row(plan.body, 'old').diff).not.toMatch(/reload_check_config/);
    expect(plan.body.notes).toEqual(
      expect.arrayContaining([
        'gone: keepalived version unknown (never read from the director): rendered with the keywords of the current keepalived (2.2)',
        'old runs keepalived 2.0.10: rendered without reload_check_config (that release does not know them)',
      ]),
    );
    // 2.2.7 reads every keyword: no version note for it
    expect(plan.body.notes.filter((n: string) => /^new(:| runs keepalived)/.test(n))).toEqual([]);
  });

  it('a revision keeps each render with the release it was rendered for; keepalived 2.2.7 accepts the 2.2.7 render', async () => {
    const r = await api('POST', `/clusters/${clusterId}/revisions`, { message: 'per version' });
    expect(r.status, r.text).toBe(201);
    const { new: fresh, old, gone } = r.body.rendered;
    expect(fresh).toMatchObject({ keepalivedVersion: '2.2.7' });
    expect(fresh.omitted).toBeUndefined();
    expect(old).toMatchObject({ keepalivedVersion: '2.0.10', omitted: ['reload_check_config'] });
    expect(gone).toMatchObject({ keepalivedVersion: null });
    // what a later render of this revision's directors (a deployment's interim stage) renders for
    expect(renderedVersions(r.body.rendered)).toEqual({ new: '2.2.7', old: '2.0.10' });
    expect(fresh.text).toMatch(/^track_file tf_maint \{$/m);
    expect(old.text).toMatch(/^vrrp_track_file tf_maint \{$/m);
    expect(old.text).not.toMatch(/^track_file /m);
    expect(old.text).not.toMatch(/reload_check_config/);
    const judged = keepalivedConfigTest(fresh.text, ['eth0']);
    expect(judged.code, judged.output).toBe(0);
    // the stored record is what the API answered
    const [stored] = await t.dataSource.query('SELECT rendered FROM config_revisions WHERE cluster_id = $1 AND number = $2', [
      clusterId,
      r.body.number,
    ]);
    expect(stored.rendered.old.keepalivedVersion).toBe('2.0.10');
    expect(stored.rendered.old.sha256).toBe(old.sha256);
  });

  it('a keyword 2.0.10 does not know: 422 keepalived_version_unsupported naming director, version and keyword; nothing is recorded', async () => {
    const before = await api('GET', `/clusters/${clusterId}/spec`);
    const mh = spec({
      virtualServices: [
        {
          vip: '10.213.252.100',
          port: 80,
          scheduler: 'mh',
          schedulerFlags: ['mh-port'],
          realServers: [{ address: '10.213.252.21', port: 80, weight: 5 }],
        },
      ],
    });
    const put = await call(t.baseUrl, 'PUT', `/api/v1/clusters/${clusterId}/spec`, {
      token,
      body: mh,
      headers: { 'if-match': before.headers.get('etag') ?? '*' },
    });
    expect(put.status, put.text).toBe(200);
    const revisions = async () =>
      Number((await t.dataSource.query('SELECT count(*) AS n FROM config_revisions WHERE cluster_id = $1', [clusterId]))[0].n);
    const had = await revisions();
    const expected = {
      status: 422,
      code: 'deployments.keepalived_version_unsupported',
      detail: expect.stringMatching(/^director old runs keepalived 2\.0\.10, which does not know 'mh-port' \(keepalived 2\.0\.11/),
      errors: [
        {
          path: 'spec.directors.1',
          message: expect.stringMatching(/^old runs keepalived 2\.0\.10, which does not know 'mh-port' \(keepalived 2\.0\.11 or later/),
        },
      ],
      directors: [{ director: 'old', keepalivedVersion: '2.0.10', keywords: [{ keyword: 'mh-port', since: '2.0.11' }] }],
    };
    const rev = await api('POST', `/clusters/${clusterId}/revisions`, { message: 'mh-port' });
    expect(rev.status, rev.text).toBe(422);
    expect(rev.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(rev.body).toMatchObject(expected);
    const plan = await api('GET', `/clusters/${clusterId}/plan`);
    expect(plan.body).toMatchObject(expected);
    const deploy = await api('POST', `/clusters/${clusterId}/deployments`, { message: 'mh-port' });
    expect(deploy.body).toMatchObject(expected);
    expect(await revisions()).toBe(had);
    expect(await t.dataSource.query('SELECT id FROM deployments WHERE cluster_id = $1', [clusterId])).toEqual([]);
    // 2.2.7 knows mh-port: without the old director the same spec renders
    const without = { ...mh, directors: mh.directors.filter((d) => d.name !== 'old') };
    without.vrrpInstances[0].members = without.vrrpInstances[0].members.filter((m) => m.director !== 'old');
    const current = await api('GET', `/clusters/${clusterId}/spec`);
    const put2 = await call(t.baseUrl, 'PUT', `/api/v1/clusters/${clusterId}/spec`, {
      token,
      body: without,
      headers: { 'if-match': current.headers.get('etag') ?? '*' },
    });
    expect(put2.status, put2.text).toBe(200);
    const ok = await api('POST', `/clusters/${clusterId}/revisions`, { message: 'mh-port without old' });
    expect(ok.status, ok.text).toBe(201);
    expect(ok.body.rendered.new.text).toMatch(/^ {2}mh-port$/m);
  });
});
