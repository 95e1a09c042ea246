import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../../test/app';
import type { Json } from '../../../../../test/http';

describe('health and readiness (real API, real PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('GET /api/v1/health is alive', async () => {
    const res = await fetch(`${t.baseUrl}/api/v1/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
    expect(res.headers.get('x-request-id')).toMatch(/.+/);
  });

  it('GET /api/v1/ready reports the database up and migrations applied', async () => {
    const res = await fetch(`${t.baseUrl}/api/v1/ready`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Json;
    expect(body).toMatchObject({ status: 'ready', database: 'up', migrations: { pending: 0 } });
    expect(body.migrations.applied).toBeGreaterThan(0);
  });

  it('GET /api/v1/ready is a 503 problem when a migration is pending', async () => {
    await t.dataSource.undoLastMigration();
    try {
      const res = await fetch(`${t.baseUrl}/api/v1/ready`);
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(((await res.json()) as Json).detail).toMatch(/pending/);
    } finally {
      await t.dataSource.runMigrations();
    }
  });

  it('unknown routes and malformed bodies are problem+json, never 500', async () => {
    const nf = await fetch(`${t.baseUrl}/api/v1/no-such-thing`);
    expect(nf.status).toBe(404);
    expect(nf.headers.get('content-type')).toContain('application/problem+json');
    const bad = await fetch(`${t.baseUrl}/api/v1/health`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"a":',
    });
    expect(bad.status).toBe(400);
    const p = (await bad.json()) as Json;
    expect(p).toMatchObject({ status: 400, code: 'common.malformed_json', errors: [{ path: 'body' }] });
    const big = await fetch(`${t.baseUrl}/api/v1/health`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ x: 'a'.repeat(6 * 1024 * 1024) }),
    });
    expect(big.status).toBe(413);
    expect(((await big.json()) as Json).code).toBe('common.body_too_large');
  });

  it('serves the OpenAPI document and Swagger UI', async () => {
    const spec = (await (await fetch(`${t.baseUrl}/api/openapi.json`)).json()) as Json;
    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/api/v1/health', '/api/v1/ready']));
    const ui = await fetch(`${t.baseUrl}/api/docs`);
    expect(ui.status).toBe(200);
    expect(await ui.text()).toContain('swagger');
  });
});
