import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../test/app';
import { clusterSpec } from '../../../../../test/factories';
import { call, type CallResult, login } from '../../../../../test/http';

/** A loopback port nothing listens on: a deployment to it fails at connect, never leaving the host. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as { port: number };
  await new Promise((r) => s.close(r));
  return port;
}

/**
 * Input PostgreSQL refuses (NUL in text, integers past int4) is a 400 naming the field at the
 * validation edge, on every kind of request part, instead of reaching the database as a 500.
 */
describe('request edge: NUL characters and out-of-range integers (real API, PostgreSQL)', () => {
  let t: TestApp;
  let token: string;
  let clusterId: string;
  const api = (method: string, path: string, body?: unknown, headers?: Record<string, string>) =>
    call(t.baseUrl, method, `/api/v1${path}`, { token, body, headers });
  const expect400 = (r: CallResult, path: string, message: RegExp) => {
    expect(r.status, r.text).toBe(400);
    expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(r.body).toMatchObject({ status: 400, code: 'common.validation_failed' });
    expect(r.body.errors).toEqual([{ path, message: expect.stringMatching(message) }]);
  };

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    token = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'ci', role: 'admin' } })).body.secret;
    const port = await closedPort();
    const spec = clusterSpec({ name: 'edge' });
    const created = await api('POST', '/clusters', {
      ...spec,
      directors: spec.directors.map((d, i) => ({ ...d, address: `127.0.0.${i + 1}`, sshPort: port })),
    });
    expect(created.status, created.text).toBe(201);
    clusterId = created.body.id;
    expect((await api('POST', `/clusters/${clusterId}/revisions`, { message: 'one' })).status).toBe(201);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('refuses NUL in path parameters, naming them', async () => {
    expect400(await api('GET', `/clusters/${clusterId}/revisions/1%00`), 'params.number', /NUL/);
    expect400(await api('GET', `/clusters/${clusterId}/host-keys/lb1%00`), 'params.director', /NUL/);
    expect400(await api('GET', `/clusters/%00`), 'params.clusterId', /NUL/);
  });

  it('refuses NUL in query parameters, naming them (audit, cluster list, telemetry)', async () => {
    expect400(await api('GET', '/audit?actor=ad%00min'), 'query.actor', /NUL/);
    expect400(await api('GET', '/audit?q=%00'), 'query.q', /NUL/);
    expect400(await api('GET', '/clusters?q=we%00b'), 'query.q', /NUL/);
    expect400(await api('GET', `/clusters/${clusterId}/metrics?service=a%00b`), 'query.service', /NUL/);
  });

  it('refuses NUL in JSON body strings and keys, naming the field (spec PUT, create, sign-in, revision message)', async () => {
    const spec = (await api('GET', `/clusters/${clusterId}/spec`)).body;
    const bad = structuredClone(spec);
    bad.vrrpInstances[0].name = 'VI_\u0000WEB';
    expect400(await api('PUT', `/clusters/${clusterId}/spec`, bad), 'body.vrrpInstances.0.name', /NUL/);
    expect400(await api('POST', '/clusters', { ...clusterSpec(), description: 'a\u0000b' }), 'body.description', /NUL/);
    expect400(
      await call(t.baseUrl, 'POST', '/api/v1/auth/login', { body: { username: 'ad\u0000min', password: 'x' } }),
      'body.username',
      /NUL/,
    );
    expect400(await api('POST', `/clusters/${clusterId}/revisions`, { message: 'one\u0000two' }), 'body.message', /NUL/);
    expect400(
      await api('POST', '/clusters/import', { name: 'imp', directors: [{ name: 'lb1', config: 'x', includes: { 'a\u0000.conf': '' } }] }),
      'body.directors.0.includes.a\\u0000.conf',
      /NUL/,
    );
    // nothing was written: the spec is unchanged
    expect((await api('GET', `/clusters/${clusterId}/spec`)).body).toEqual(spec);
  });

  it('refuses revision numbers past PostgreSQL integer and non-integers, naming the parameter', async () => {
    expect((await api('GET', `/clusters/${clusterId}/revisions/1`)).status).toBe(200);
    expect((await api('GET', `/clusters/${clusterId}/revisions/2147483647`)).status).toBe(404);
    expect400(await api('GET', `/clusters/${clusterId}/revisions/2147483648`), 'params.number', /at most 2147483647/);
    expect400(await api('GET', `/clusters/${clusterId}/revisions/99999999999999999999`), 'params.number', /revision number|at most/);
    expect400(await api('GET', `/clusters/${clusterId}/revisions/1.5`), 'params.number', /revision number/);
    expect400(await api('POST', `/clusters/${clusterId}/revisions/2147483648/rollback`, {}), 'params.number', /at most 2147483647/);
    expect400(await api('GET', `/clusters/${clusterId}/plan?revision=2147483648`), 'query.revision', /at most 2147483647/);
    expect400(await api('GET', `/clusters/${clusterId}/diff?from=1&to=4294967296`), 'query.to', /at most 2147483647/);
    expect400(await api('POST', `/clusters/${clusterId}/deployments`, { revision: 2147483648 }), 'body.revision', /at most 2147483647/);
    expect400(await api('GET', '/audit?limit=2147483648'), 'query.limit', /.+/);
  });

  it('refuses an Idempotency-Key reused with a different body (422) and still replays the same body', async () => {
    const key = { 'idempotency-key': 'edge-deploy-1' };
    const first = await api('POST', `/clusters/${clusterId}/deployments`, { revision: 1, message: 'm' }, key);
    expect(first.status, first.text).toBe(202);
    const same = await api('POST', `/clusters/${clusterId}/deployments`, { revision: 1, message: 'm' }, key);
    expect(same.status, same.text).toBe(202);
    expect(same.body.id).toBe(first.body.id);
    expect(same.headers.get('idempotent-replayed')).toBe('true');
    const other = await api('POST', `/clusters/${clusterId}/deployments`, { revision: 1, message: 'm', parallel: true }, key);
    expect(other.status, other.text).toBe(422);
    expect(other.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(other.body).toMatchObject({
      code: 'deployments.idempotency_key_reused',
      deploymentId: first.body.id,
      errors: [{ path: 'headers.idempotency-key', message: expect.stringMatching(/different request/) }],
    });
    // defaults count as sent: the same request spelled with its defaults is the same request
    const spelled = await api(
      'POST',
      `/clusters/${clusterId}/deployments`,
      { revision: 1, message: 'm', parallel: false, stopOnFailure: true },
      key,
    );
    expect(spelled.status, spelled.text).toBe(202);
    expect(spelled.body.id).toBe(first.body.id);
  });
});
