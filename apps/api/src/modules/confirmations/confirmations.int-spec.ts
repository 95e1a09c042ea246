import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../test/app';
import { clusterSpec } from '../../../../../test/factories';
import { call, login } from '../../../../../test/http';

/**
 * The confirmation routes' validation and refusals on the real API (the timer rolling back on real
 * directors, and across a restart, is apps/cli/test/cli-confirm-lab.int-spec.ts).
 */
describe('POST /clusters/:id/confirmation', () => {
  let t: TestApp;
  let operator: string;
  let viewer: string;
  let clusterId: string;
  let deploymentId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    operator = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'op', role: 'operator' } })).body.secret;
    viewer = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'v', role: 'viewer' } })).body.secret;
    const spec = clusterSpec({
      name: 'confirm',
      directors: [
        { name: 'lb1', address: '127.0.0.1', sshPort: 1 },
        { name: 'lb2', address: '127.0.0.2', sshPort: 1 },
      ],
    });
    clusterId = (await call(t.baseUrl, 'POST', '/api/v1/clusters', { token: operator, body: spec })).body.id;
    // Directors on a closed port: the deployment fails, so nothing succeeded before it.
    deploymentId = (await call(t.baseUrl, 'POST', `/api/v1/clusters/${clusterId}/deployments`, { token: operator, body: {} })).body.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('names the field and the rule of a bad body (400), an unknown deployment (404), and nothing to roll back to (422)', async () => {
    const bad = await call(t.baseUrl, 'POST', `/api/v1/clusters/${clusterId}/confirmation`, {
      token: operator,
      body: { deploymentId, withinSeconds: 0 },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ path: 'body.withinSeconds', message: 'must be 1-86400 seconds' }]);
    const unknown = await call(t.baseUrl, 'POST', `/api/v1/clusters/${clusterId}/confirmation`, {
      token: operator,
      body: { deploymentId: '00000000-0000-4000-8000-000000000000', withinSeconds: 60 },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors[0].path).toBe('body.deploymentId');
    const nothing = await call(t.baseUrl, 'POST', `/api/v1/clusters/${clusterId}/confirmation`, {
      token: operator,
      body: { deploymentId, withinSeconds: 60 },
    });
    expect(nothing.status).toBe(422);
    expect(nothing.headers.get('content-type')).toContain('application/problem+json');
  });

  it('a viewer may read but not start or confirm (403); confirming with nothing pending is 404', async () => {
    const start = await call(t.baseUrl, 'POST', `/api/v1/clusters/${clusterId}/confirmation`, {
      token: viewer,
      body: { deploymentId, withinSeconds: 60 },
    });
    expect(start.status).toBe(403);
    expect((await call(t.baseUrl, 'POST', `/api/v1/clusters/${clusterId}/confirmation/confirm`, { token: viewer })).status).toBe(403);
    const none = await call(t.baseUrl, 'POST', `/api/v1/clusters/${clusterId}/confirmation/confirm`, { token: operator });
    expect(none.status).toBe(404);
    expect((await call(t.baseUrl, 'GET', `/api/v1/clusters/${clusterId}/confirmation`, { token: viewer })).status).toBe(404);
  });

  it('lists a cluster that never had a confirmation as an empty page (200, not 404); a bad limit names the field', async () => {
    const list = await call(t.baseUrl, 'GET', `/api/v1/clusters/${clusterId}/confirmations?limit=1`, { token: viewer });
    expect(list.status, list.text).toBe(200);
    expect(list.body).toEqual({ items: [], total: 0 });
    const bad = await call(t.baseUrl, 'GET', `/api/v1/clusters/${clusterId}/confirmations?limit=0`, { token: viewer });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(['query.limit']);
  });
});
