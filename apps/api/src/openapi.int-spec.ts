import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app';
import { call, type Json } from '../../../test/http';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** The served /api/openapi.json, checked by a real OpenAPI 3.1 validator and for the documentation every route owes. */
describe('the OpenAPI document', () => {
  let t: TestApp;
  let doc: Json;
  const operations = () =>
    Object.entries<Json>(doc.paths).flatMap(([path, item]) =>
      METHODS.filter((m) => item[m]).map((m) => ({ path, method: m, op: item[m] as Json })),
    );

  beforeAll(async () => {
    t = await startTestApp();
    doc = (await call(t.baseUrl, 'GET', '/api/openapi.json')).body;
  });
  afterAll(async () => {
    await t.close();
  });

  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const res = await validator.validate(structuredClone(doc));
    expect(res.errors ?? []).toEqual([]);
    expect(res.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('gives every operation a summary and its security; every cluster route a success response with a schema', () => {
    const missing: string[] = [];
    for (const { path, method, op } of operations()) {
      const where = `${method.toUpperCase()} ${path}`;
      if (!op.summary) missing.push(`${where}: summary`);
      if (!op.security && !op['x-public']) missing.push(`${where}: security`);
      // Routes outside /clusters (users, tokens, credentials) are other features' to document.
      if (!path.startsWith('/api/v1/clusters')) continue;
      const ok = Object.entries<Json>(op.responses ?? {}).filter(([status]) => /^2\d\d$/.test(status));
      if (!ok.length) missing.push(`${where}: 2xx response`);
      for (const [status, r] of ok)
        if (status !== '204' && status !== '202' && !r.content?.['application/json']?.schema) missing.push(`${where}: ${status} schema`);
    }
    expect(missing).toEqual([]);
  });

  it('documents the topology routes fully: If-Match on writes, examples on bodies and results, uuid path parameters', () => {
    const ops = operations().filter((o) => o.path.startsWith('/api/v1/clusters'));
    expect(ops.length).toBeGreaterThanOrEqual(40);
    const missing: string[] = [];
    for (const { path, method, op } of ops) {
      const where = `${method.toUpperCase()} ${path}`;
      const params: Json[] = op.parameters ?? [];
      for (const name of path.match(/\{(\w+Id)\}/g) ?? []) {
        const p = params.find((x) => x.in === 'path' && `{${x.name}}` === name);
        if (!p || (p.schema?.format !== 'uuid' && p.schema?.type !== 'integer')) missing.push(`${where}: path parameter ${name}`);
      }
      const topology =
        /\/(directors|vrrp-instances|vrrp-sync-groups|virtual-services|real-servers|spec)(\/|$)|^\/api\/v1\/clusters(\/\{clusterId\})?$/.test(
          path,
        );
      if (!topology) continue;
      const conditional = method === 'put' || method === 'patch' || method === 'delete' || path.endsWith('/admin-state');
      if (conditional && !params.some((x) => x.in === 'header' && x.name === 'If-Match')) missing.push(`${where}: If-Match header`);
      if (conditional && !op.responses?.['412']) missing.push(`${where}: 412 response`);
      const body = op.requestBody?.content?.['application/json']?.schema;
      if (body && !body.examples?.length) missing.push(`${where}: request example`);
      const ok = op.responses?.['200'] ?? op.responses?.['201'];
      const result = ok?.content?.['application/json']?.schema;
      if (result && !result.examples?.length && !result.properties?.items?.items?.examples?.length)
        missing.push(`${where}: response example`);
    }
    expect(missing).toEqual([]);
  });
});
