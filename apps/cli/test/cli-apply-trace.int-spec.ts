import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../test/app';
import { clusterSpec } from '../../../test/factories';
import { call, login } from '../../../test/http';
import { lvsctl } from './run';

/** The requests an LVSCTL_DEBUG=http run made, as `METHOD path` (query kept), in the order they answered. */
function requests(err: string): string[] {
  return [...err.matchAll(/^lvsctl http \+\d+ms cpu \d+ms (\S+ \S+) \d{3} \d+ms$/gm)].map((m) => m[1]);
}

/**
 * What `apply` asks the API for, read from its own LVSCTL_DEBUG=http trace against the real API:
 * with -q or --json it skips the reads only the printed plan needs, it joins /live before it
 * starts the deployment, and an unchanged spec still reads the last deployed revision to decide
 * whether to deploy. The directors are 127.0.0.1 on a closed port, so deployments fail at connect.
 */
describe('lvsctl apply: the round trips it makes', () => {
  let t: TestApp;
  let dir: string;
  let env: Record<string, string>;
  let token: string;
  let id: string;
  const name = 'cli-trace';
  const spec = (weight: number) => {
    const s = clusterSpec({
      name,
      directors: [
        { name: 'lb1', address: '127.0.0.1', sshPort: 1 },
        { name: 'lb2', address: '127.0.0.2', sshPort: 1 },
      ],
    });
    s.virtualServices[0].realServers[0].weight = weight;
    return s;
  };
  const file = (n: string, doc: unknown) => {
    const p = join(dir, n);
    writeFileSync(p, stringify(doc));
    return p;
  };

  beforeAll(async () => {
    t = await startTestApp();
    dir = mkdtempSync(join(tmpdir(), 'lvsctl-trace-'));
    const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    token = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'cli-trace', role: 'operator' } })).body.secret;
    env = { LVS_SERVER: t.baseUrl, LVS_TOKEN: token, LVSCTL_CONFIG: join(dir, 'none.yaml'), LVSCTL_DEBUG: 'http' };
    const created = await lvsctl(['apply', '-f', file('create.yaml', spec(10))], { env });
    expect(created.code, created.err).toBe(0);
    id = (await call(t.baseUrl, 'GET', `/api/v1/clusters?q=${name}`, { token })).body.items[0].id;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('apply -q --deploy --wait of a changed spec: the cluster, its spec, PUT, the /live join, POST and the record at the end — no plan reads, and never the token', async () => {
    const r = await lvsctl(['apply', '-f', file('w11.yaml', spec(11)), '--deploy', '--wait', '-q'], { env });
    expect(r.code, r.err).toBe(1);
    const got = requests(r.err);
    expect(got.slice(0, 4)).toEqual([
      `GET /api/v1/clusters?q=${name}&limit=200`,
      `GET /api/v1/clusters/${id}/spec`,
      `PUT /api/v1/clusters/${id}/spec`,
      `POST /api/v1/clusters/${id}/deployments`,
    ]);
    // The POST's answer stands for the deployment until /live says it ended; then it is read once
    // (twice only if no end event came within the 2 s poll).
    expect(got.slice(4).length).toBeGreaterThanOrEqual(1);
    expect(got.slice(4).every((x) => /^GET \/api\/v1\/clusters\/[^/]+\/deployments\/[0-9a-f-]{36}$/.test(x))).toBe(true);
    // The plan's reads (the deployment list, the deployed revision, the revision count) are not made.
    expect(got.some((x) => /\/deployments\?|\/revisions/.test(x))).toBe(false);
    // /live is joined before the deployment starts, so no step can be missed.
    const lines = r.err.split('\n');
    const joined = lines.findIndex((l) => /^lvsctl live .* joined$/.test(l));
    const post = lines.findIndex((l) => l.includes(`POST /api/v1/clusters/${id}/deployments`));
    expect(joined).toBeGreaterThan(-1);
    expect(joined).toBeLessThan(post);
    expect(r.out).toMatch(/^lb1\s+connect\s+failed/m);
    expect(r.out + r.err).not.toContain(token);
  });

  it('without -q the plan is printed and its reads are made beside the spec read', async () => {
    const r = await lvsctl(['apply', '-f', file('w12.yaml', spec(12))], { env });
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('~ realServer:10.213.1.10:80/TCP>10.213.0.21:80\n    ~ weight: 11 → 12\n');
    expect(r.out).toContain('--- lb1 (nothing deployed)');
    const got = requests(r.err);
    expect(got).toContain(`GET /api/v1/clusters/${id}/deployments?limit=50&offset=0`);
    expect(got).toContain(`GET /api/v1/clusters/${id}/revisions?limit=1&offset=0`);
    expect(got.at(-1)).toMatch(/^PUT /);
  });

  it('an unchanged spec with -q --deploy reads the last deployed revision then (nothing succeeded: the directors lag) and deploys; --json likewise', async () => {
    const f = file('w12-again.yaml', spec(12));
    // --wait: the next apply would otherwise meet this deployment still running (409).
    const q = await lvsctl(['apply', '-f', f, '--deploy', '--wait', '-q'], { env });
    expect(q.code, q.err).toBe(1);
    expect(q.err).toContain('Spec: nothing to apply.');
    expect(q.err).toMatch(/Deployment [0-9a-f-]{36} started: revision \d+ to lb2, lb1\./);
    const got = requests(q.err);
    expect(got).toContain(`GET /api/v1/clusters/${id}/deployments?limit=50&offset=0`);
    expect(got.some((x) => /^PUT /.test(x))).toBe(false);
    expect(got.indexOf(`GET /api/v1/clusters/${id}/deployments?limit=50&offset=0`)).toBeLessThan(
      got.indexOf(`POST /api/v1/clusters/${id}/deployments`),
    );

    const j = await lvsctl(['apply', '-f', f, '--deploy', '--wait', '--json'], { env: { ...env, LVSCTL_DEBUG: '' } });
    expect(j.code, j.err).toBe(1);
    const lines = j.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ type: 'apply', applied: false });
    expect(lines[1]).toMatchObject({ type: 'started', directors: ['lb2', 'lb1'] });
    expect(lines.at(-1)).toMatchObject({ type: 'deployment', status: 'failed', exitCode: 1 });
    // No trace without LVSCTL_DEBUG.
    expect(j.err).toBe('');
  });
});
