import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClusterSpecSchema } from '@lvs/domain';
import { render } from '@lvs/keepalived';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../test/app';
import { clusterSpec } from '../../../test/factories';
import { call, login } from '../../../test/http';
import { lvsctl } from './run';

/**
 * lvsctl against the real API on the embedded Postgres: every read command, login and its config
 * file, apply (create, change, a concurrent change), diff and its exit codes, a token without the
 * role, and a deployment that fails. No director is contacted except 127.0.0.1 on a closed port.
 */
describe('lvsctl against the real API', () => {
  let t: TestApp;
  let dir: string;
  let operator: string;
  let viewer: string;
  let env: Record<string, string>;
  // Each suite has a database of its own: a fixed name keeps the golden diff stable.
  const name = 'cli-test';
  const spec = () =>
    clusterSpec({
      name,
      directors: [
        { name: 'lb1', address: '127.0.0.1', sshPort: 1 },
        { name: 'lb2', address: '127.0.0.2', sshPort: 1 },
      ],
    });
  const file = (n: string, doc: unknown) => {
    const p = join(dir, n);
    writeFileSync(p, typeof doc === 'string' ? doc : stringify(doc));
    return p;
  };

  beforeAll(async () => {
    t = await startTestApp();
    dir = mkdtempSync(join(tmpdir(), 'lvsctl-'));
    const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    operator = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'cli-operator', role: 'operator' } })).body
      .secret;
    viewer = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'cli-viewer', role: 'viewer' } })).body.secret;
    env = { LVS_SERVER: t.baseUrl, LVS_TOKEN: operator, LVSCTL_CONFIG: join(dir, 'none.yaml') };
  });
  afterAll(async () => {
    await t?.close();
  });

  it('login stores a new API token (not the password) in a 0600 context that later commands use, and never prints it', async () => {
    const cfg = join(dir, 'config.yaml');
    const r = await lvsctl(
      ['login', '--server', t.baseUrl, '--username', 'admin', '--password-stdin', '--context-name', 'test', '--expires-in-days', '7'],
      { env: { LVSCTL_CONFIG: cfg }, stdin: `${TEST_ADMIN_PASSWORD}\n` },
    );
    expect(r.code, r.err).toBe(0);
    expect(statSync(cfg).mode & 0o777).toBe(0o600);
    const text = readFileSync(cfg, 'utf8');
    expect(text).not.toContain(TEST_ADMIN_PASSWORD);
    const doc = parse(text);
    expect(doc['current-context']).toBe('test');
    const token: string = doc.contexts.test.token;
    expect(token).toMatch(/^lvs_/);
    expect(r.out + r.err).not.toContain(token);
    // The token is real, named, expiring, and has the user's role.
    const me = await call(t.baseUrl, 'GET', '/api/v1/auth/me', { token });
    expect(me.body.via).toBe('token');
    expect(me.body.user.role).toBe('admin');
    const listed = await call(t.baseUrl, 'GET', '/api/v1/tokens', { token });
    const made = listed.body.items.find((x: { id: string }) => x.id === doc.contexts.test['token-id']);
    expect(made.expiresAt).not.toBeNull();
    // The context is used with no flag and no environment variable.
    const g = await lvsctl(['get', 'clusters', '-o', 'json'], { env: { LVSCTL_CONFIG: cfg } });
    expect(g.code, g.err).toBe(0);
    expect(Array.isArray(JSON.parse(g.out))).toBe(true);
    const ctx = await lvsctl(['config', 'get-contexts'], { env: { LVSCTL_CONFIG: cfg } });
    expect(ctx.out).toMatch(/\*\s+test\s+http:\/\/127\.0\.0\.1/);
    expect(ctx.out).not.toContain(token);
    // A config file others can read is refused (exit 5), as ssh refuses such a key.
    writeFileSync(cfg, text, { mode: 0o644 });
    const { chmodSync } = await import('node:fs');
    chmodSync(cfg, 0o644);
    const refused = await lvsctl(['get', 'clusters'], { env: { LVSCTL_CONFIG: cfg } });
    expect(refused.code).toBe(5);
    expect(refused.err).toContain('chmod 600');
    // A wrong password is not authorised.
    const bad = await lvsctl(['login', '--server', t.baseUrl, '--username', 'admin', '--password-stdin'], {
      env: { LVSCTL_CONFIG: join(dir, 'c2.yaml') },
      stdin: 'wrong',
    });
    expect(bad.code).toBe(5);
  });

  it('apply creates the cluster from YAML; get, describe and export read it back; export -o json is the spec document itself', async () => {
    const f = file('cluster.yaml', spec());
    const a = await lvsctl(['apply', '-f', f], { env });
    expect(a.code, a.err).toBe(0);
    expect(a.out).toContain(`Cluster ${name} does not exist: apply creates it`);
    const list = await call(t.baseUrl, 'GET', `/api/v1/clusters?q=${name}`, { token: operator });
    const id = list.body.items[0].id;

    const clusters = await lvsctl(['get', 'clusters'], { env });
    expect(clusters.code).toBe(0);
    expect(clusters.out.split('\n')[0]).toMatch(/^NAME\s+MODE\s+DIRECTORS/);
    expect(clusters.out).toMatch(new RegExp(`${name}\\s+keepalived\\s+2\\s+1\\s+1\\s+2`));

    const dirs = await lvsctl(['get', 'directors', name, '-o', 'json'], { env });
    expect(JSON.parse(dirs.out).map((d: { name: string }) => d.name)).toEqual(['lb1', 'lb2']);
    const svcs = await lvsctl(['get', 'services', name], { env });
    expect(svcs.out).toMatch(/10\.213\.1\.10:80\/TCP\s+wrr\s+DR\s+-\s+2/);
    const rs = await lvsctl(['get', 'real-servers', '--cluster', name, '-o', 'yaml'], { env });
    expect(parse(rs.out).map((r: { address: string }) => r.address)).toEqual(['10.213.0.21', '10.213.0.22']);
    const none = await lvsctl(['get', 'real-servers', name, '--service', '10.9.9.9:1/TCP'], { env });
    expect(none.code).toBe(1);
    const revs = await lvsctl(['get', 'revisions', name, '-o', 'json'], { env });
    expect(JSON.parse(revs.out)).toEqual([]);
    const deps = await lvsctl(['get', 'deployments', name], { env });
    expect(deps.out.trim()).toMatch(/^ID\s+REVISION\s+STATUS/);
    const unknown = await lvsctl(['get', 'widgets'], { env });
    expect(unknown.code).toBe(3);

    const d = await lvsctl(['describe', 'cluster', name], { env });
    expect(d.code, d.err).toBe(0);
    expect(d.out).toContain(`Id:           ${id}`);
    expect(d.out).toMatch(/VI_WEB\s+51\s+eth0\s+lb1=150\* lb2=100\s+10\.213\.1\.10\/32/);
    const dj = await lvsctl(['describe', 'cluster', name, '-o', 'json'], { env });
    expect(JSON.parse(dj.out).cluster.id).toBe(id);

    const raw = await call(t.baseUrl, 'GET', `/api/v1/clusters/${id}/spec`, { token: operator });
    const ej = await lvsctl(['export', name, '-o', 'json'], { env });
    expect(ej.out).toBe(`${raw.text}\n`);
    const ey = await lvsctl(['export', id], { env });
    expect(parse(ey.out)).toEqual(raw.body);
    // The exported YAML is a valid spec file, offline.
    const v = await lvsctl(['validate', '-f', file('exported.yaml', ey.out)], { env: {} });
    expect(v.code, v.err).toBe(0);
  });

  it('diff: no change is exit 0 with --exit-code; a changed weight, an added and a removed real server are exit 2 with + ~ - by natural key and the keepalived.conf diff', async () => {
    const same = await lvsctl(['diff', '-f', file('same.yaml', spec()), '--exit-code'], { env });
    expect(same.out).toContain('Spec: no changes.');
    // Nothing deployed yet: the directors' files would still change.
    expect(same.out).toContain('--- lb1 (nothing deployed)');
    expect(same.code).toBe(2);
    const s = spec();
    s.virtualServices[0].realServers[0].weight = 20;
    s.virtualServices[0].realServers.splice(1, 1, { ...s.virtualServices[0].realServers[1], address: '10.213.0.23' });
    const r = await lvsctl(['diff', '-f', file('edited.yaml', s), '--exit-code'], { env });
    expect(r.code).toBe(2);
    // Golden: the whole output (UPDATE_GOLDEN=1 rewrites it after a deliberate change).
    const golden = join(__dirname, 'golden', 'diff-edited.txt');
    const got = r.out.replaceAll(dir, '<dir>');
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, got);
    expect(got).toBe(readFileSync(golden, 'utf8'));
    expect(r.out).toContain('~ realServer:10.213.1.10:80/TCP>10.213.0.21:80\n    ~ weight: 10 → 20\n');
    expect(r.out).toContain('+ realServer:10.213.1.10:80/TCP>10.213.0.23:80\n');
    expect(r.out).toContain('- realServer:10.213.1.10:80/TCP>10.213.0.22:80\n');
    expect(r.out).toContain('Spec: 1 to add, 1 to change, 1 to remove.');
    expect(r.out).toMatch(/^\+\s+weight 20$/m);
    expect(r.out).not.toContain('\u001b['); // no colours off a TTY
    const j = await lvsctl(['diff', '-f', join(dir, 'edited.yaml'), '--json'], { env });
    expect(JSON.parse(j.out)).toMatchObject({
      changed: true,
      directors: [
        { name: 'lb1', changed: true },
        { name: 'lb2', changed: true },
      ],
    });
  });

  it('apply changes the spec with If-Match; a stale --if-match is refused (exit 1, nothing written); a viewer token is exit 5; a bad token is exit 5', async () => {
    const before = await call(t.baseUrl, 'GET', `/api/v1/clusters?q=${name}`, { token: operator });
    const etag = `W/"${before.body.items[0].version}"`;
    const s = spec();
    s.description = 'changed by lvsctl';
    const f = file('desc.yaml', s);
    const denied = await lvsctl(['apply', '-f', f], { env: { ...env, LVS_TOKEN: viewer } });
    expect(denied.code).toBe(5);
    expect(denied.err).toContain('403');
    const badToken = await lvsctl(['get', 'clusters'], { env: { ...env, LVS_TOKEN: 'lvs_not-a-token' } });
    expect(badToken.code).toBe(5);
    expect(badToken.err).not.toContain('lvs_not-a-token');

    const ok = await lvsctl(['apply', '-f', f, '--if-match', etag], { env });
    expect(ok.code, ok.err).toBe(0);
    expect(ok.out).toContain('~ cluster\n    ~ description: "" → "changed by lvsctl"');
    expect(ok.err).toContain('Applied: 0 created, 1 changed, 0 deleted');
    // The same If-Match again is stale now: refused, and the spec is not overwritten.
    s.description = 'second writer';
    const stale = await lvsctl(['apply', '-f', file('desc2.yaml', s), '--if-match', etag], { env });
    expect(stale.code).toBe(1);
    expect(stale.err).toContain('412');
    expect(stale.err).toContain('changed since it was read');
    const after = await lvsctl(['export', name, '-o', 'json'], { env });
    expect(JSON.parse(after.out).description).toBe('changed by lvsctl');
    // Applying the same file again changes nothing.
    const again = await lvsctl(['apply', '-f', f], { env });
    expect(again.code).toBe(0);
    expect(again.err).toContain('Spec: nothing to apply.');
  });

  it('validate: works with no server; a schema error and a bad YAML line point at file:line:col (exit 3)', async () => {
    const good = await lvsctl(['validate', '-f', file('v.yaml', spec())], { env: { LVS_SERVER: 'http://127.0.0.1:1' } });
    expect(good.code, good.err).toBe(0);
    expect(good.out).toContain('2 director(s) rendered');
    const s = stringify(spec()).replace('weight: 10', 'weight: 70000');
    const p = file('bad-weight.yaml', s);
    const line = s.split('\n').findIndex((l) => l.includes('weight: 70000')) + 1;
    const bad = await lvsctl(['validate', '-f', p], { env: {} });
    expect(bad.code).toBe(3);
    expect(bad.err).toContain(`${p}:${line}:`);
    expect(bad.err).toContain('virtualServices.0.realServers.0.weight: must be 0-65535');
    const syntax = await lvsctl(['validate', '-f', file('syntax.yaml', 'name: x\ndirectors:\n  - name: lb1\n   address: [\n')], {
      env: {},
    });
    expect(syntax.code).toBe(3);
    expect(syntax.err).toMatch(/syntax\.yaml:4:\d+: /);
    // A cluster rule (not a field rule): two directors of one name.
    const dup = spec();
    dup.directors[1].name = 'lb1';
    const rule = await lvsctl(['validate', '-f', file('dup.yaml', dup), '--json'], { env: {} });
    expect(rule.code).toBe(3);
    expect(
      JSON.parse(rule.out).errors.some(
        (e: { path: string; where?: string }) => e.path.startsWith('directors') && e.where?.includes('dup.yaml:'),
      ),
    ).toBe(true);
    // apply checks the same before any request: the server is never asked.
    const ap = await lvsctl(['apply', '-f', p], { env: { ...env, LVS_SERVER: 'http://127.0.0.1:1' } });
    expect(ap.code).toBe(3);
  });

  it('schema prints a JSON Schema that the exported spec satisfies field by field', async () => {
    const r = await lvsctl(['schema'], { env: {} });
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out);
    expect(s.$schema).toContain('2020-12');
    expect(s.required).toEqual(['name']);
    expect(Object.keys(s.properties)).toEqual(Object.keys(ClusterSpecSchema.shape));
    expect(s.properties.directors.items.properties.sshPort.maximum).toBe(65535);
  });

  it('deploy follows the deployment to its end: directors that cannot be reached make it fail (exit 1), with a line per director', async () => {
    const r = await lvsctl(['deploy', name, '-m', 'from lvsctl'], { env });
    expect(r.code, r.out + r.err).toBe(1);
    expect(r.err).toMatch(/Deployment [0-9a-f-]{36} started: revision 1 to lb/);
    expect(r.out).toMatch(/deployment [0-9a-f-]{36} failed \(revision 1\)/);
    const id = /Deployment ([0-9a-f-]{36})/.exec(r.err)![1];
    const watch = await lvsctl(['deployments', 'watch', id, '--json'], { env });
    expect(watch.code).toBe(1);
    const lines = watch.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.at(-1)).toMatchObject({ type: 'deployment', deploymentId: id, status: 'failed', exitCode: 1 });
    const revs = await lvsctl(['get', 'revisions', name, '-o', 'json'], { env });
    expect(JSON.parse(revs.out)[0]).toMatchObject({ number: 1, message: 'from lvsctl' });
    const missing = await lvsctl(['rollback', name, '--to', '99'], { env });
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('404');
  });
  it("drain, enable and disable set a real server's admin state by natural keys; audit list, verify and export read the log", async () => {
    const d = await lvsctl(['drain', name, '10.213.1.10:80/TCP', '10.213.0.21:80'], { env });
    expect(d.code, d.err).toBe(0);
    const state = async () =>
      JSON.parse((await lvsctl(['export', name, '-o', 'json'], { env })).out).virtualServices[0].realServers.find(
        (r: { address: string }) => r.address === '10.213.0.21',
      ).adminState;
    expect(await state()).toBe('drained');
    expect((await lvsctl(['disable', name, '10.213.1.10:80/TCP', '10.213.0.21:80'], { env })).code).toBe(0);
    expect(await state()).toBe('disabled');
    expect((await lvsctl(['enable', name, '10.213.1.10:80/TCP', '10.213.0.21:80'], { env })).code).toBe(0);
    expect(await state()).toBe('enabled');
    const missing = await lvsctl(['drain', name, '10.213.1.10:80/TCP', '10.9.9.9:80'], { env });
    expect(missing.code).not.toBe(0);
    expect((await lvsctl(['drain', name, '10.213.1.10:80/TCP', '10.213.0.21:80'], { env: { ...env, LVS_TOKEN: viewer } })).code).toBe(5);

    const list = await lvsctl(['audit', 'list', '--action', 'cluster.', '-o', 'json'], { env });
    expect(list.code, list.err).toBe(0);
    const events = JSON.parse(list.out);
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e: { action: string }) => e.action.startsWith('cluster.'))).toBe(true);
    const table = await lvsctl(['audit', 'list', '--limit', '3'], { env });
    expect(table.out.split('\n')[0]).toMatch(/^AT\s+ACTOR\s+ACTION\s+OUTCOME/);
    const v = await lvsctl(['audit', 'verify'], { env });
    expect(v.code).toBe(0);
    expect(v.out).toMatch(/^valid: \d+ event\(s\)/);
    const x = await lvsctl(['audit', 'export'], { env });
    expect(x.code, x.err).toBe(0);
    const lines = x.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThan(events.length - 1);
    expect(lines.every((e: { hash: string }) => typeof e.hash === 'string')).toBe(true);
    const csv = await lvsctl(['audit', 'export', '--format', 'csv'], { env });
    expect(csv.out.split('\n')[0]).toContain('action');
    expect((await lvsctl(['audit', 'list', '--since', 'yesterday'], { env })).code).toBe(3);
  });
  it("import reads each director's keepalived.conf and the files its include lines name from beside it; --dry-run prints the spec and creates nothing", async () => {
    const src = clusterSpec({ name: 'imported' });
    const { mkdirSync } = await import('node:fs');
    const args: string[] = [];
    for (const d of src.directors) {
      const text = render(src, d.name);
      const at = text.indexOf('virtual_server ');
      mkdirSync(join(dir, 'imp', d.name, 'conf.d'), { recursive: true });
      // The services live in an include, as on many directors: the import must follow it.
      writeFileSync(join(dir, 'imp', d.name, 'keepalived.conf'), `${text.slice(0, at)}include /etc/keepalived/conf.d/*.conf\n`);
      writeFileSync(join(dir, 'imp', d.name, 'conf.d', 'web.conf'), text.slice(at));
      args.push(`${d.name}@${d.address}=imp/${d.name}/keepalived.conf`);
    }
    const dry = await lvsctl(['import', '--name', 'imported', ...args, '--dry-run'], { env, cwd: dir });
    expect(dry.code, dry.err).toBe(0);
    const spec = parse(dry.out);
    expect(spec.virtualServices.map((v: { vip: string; port: number }) => `${v.vip}:${v.port}`)).toEqual(['10.213.1.10:80']);
    expect(spec.virtualServices[0].realServers).toHaveLength(2);
    expect(dry.err).not.toMatch(/not followed/);
    expect((await call(t.baseUrl, 'GET', '/api/v1/clusters?q=imported', { token: operator })).body.total).toBe(0);
    const made = await lvsctl(['import', '--name', 'imported', ...args], { env, cwd: dir });
    expect(made.code, made.err).toBe(0);
    expect(made.err).toMatch(/Created cluster imported .*2 director\(s\), 1 virtual service\(s\)/);
    expect((await lvsctl(['get', 'directors', 'imported', '-o', 'json'], { env })).out).toContain('10.213.0.12');
    expect((await lvsctl(['import', '--name', 'x', 'lb1=missing.conf'], { env, cwd: dir })).code).toBe(3);
  });
});
