import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app';
import { call, type Json } from '../../../test/http';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
const REF = '#/components/schemas/';

/** Every node of a JSON tree with the path to it. */
function* walk(node: unknown, path: string): Generator<{ node: Json; path: string }> {
  if (Array.isArray(node)) for (const [i, n] of node.entries()) yield* walk(n, `${path}/${i}`);
  else if (node && typeof node === 'object') {
    yield { node: node as Json, path };
    for (const [k, v] of Object.entries(node)) yield* walk(v, `${path}/${k}`);
  }
}
/** A schema's shape for comparison: documentation (description, examples) left out. */
const shape = (schema: unknown): string =>
  JSON.stringify(schema, (key, value) => (key === 'description' || key === 'examples' || key === 'title' ? undefined : value));

/** The served /api/openapi.json, checked by a real OpenAPI 3.1 validator and for the documentation every route owes. */
describe('the OpenAPI document', () => {
  let t: TestApp;
  let doc: Json;
  const operations = () =>
    Object.entries<Json>(doc.paths).flatMap(([path, item]) =>
      METHODS.filter((m) => item[m]).map((m) => ({ path, method: m, op: item[m] as Json })),
    );

  /** A schema, or the component it refers to (keeping the examples the reference itself carries). */
  const resolve = (schema: Json | undefined): Json | undefined =>
    schema?.$ref && !schema.examples ? doc.components.schemas[schema.$ref.slice(REF.length)] : schema;

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
      const body = resolve(op.requestBody?.content?.['application/json']?.schema);
      if (body && !body.examples?.length) missing.push(`${where}: request example`);
      const ok = op.responses?.['200'] ?? op.responses?.['201'];
      const result = resolve(ok?.content?.['application/json']?.schema);
      if (result && !result.examples?.length && !resolve(result.properties?.items?.items)?.examples?.length)
        missing.push(`${where}: response example`);
    }
    expect(missing).toEqual([]);
  });

  it('names its DTO schemas: components.schemas holds the main ones, every $ref resolves, ids are PascalCase', () => {
    const names = Object.keys(doc.components?.schemas ?? {});
    expect(names).toEqual(
      expect.arrayContaining([
        'Deployment',
        'DeploymentPage',
        'Plan',
        'HostKey',
        'Revision',
        'RevisionDetail',
        'AuditEvent',
        'Cluster',
        'ClusterSpec',
        'Director',
        'VrrpInstance',
        'VirtualService',
        'RealServer',
        'HealthCheck',
        'Problem',
        'FieldError',
        'User',
        'ApiToken',
        'Credential',
        'Capabilities',
      ]),
    );
    for (const name of names) expect(name, 'component names are PascalCase').toMatch(/^[A-Z][A-Za-z0-9]*$/);
    const dangling: string[] = [];
    for (const { node, path } of walk(doc, '#')) {
      if (typeof node.$ref !== 'string') continue;
      if (!node.$ref.startsWith(REF) || !doc.components.schemas[node.$ref.slice(REF.length)]) dangling.push(`${path}: ${node.$ref}`);
    }
    expect(dangling).toEqual([]);
    // zod's own per-schema $defs must all have moved into components.
    expect([...walk(doc, '#')].filter(({ node }) => node.$defs).map(({ path }) => path)).toEqual([]);
  });

  it('refers to named schemas instead of repeating them: no inline object is a copy of a component', () => {
    const named = new Map<string, string>();
    for (const [name, body] of Object.entries<Json>(doc.components.schemas)) if (body.properties) named.set(shape(body), name);
    const copies: string[] = [];
    const check = (root: unknown, at: string, own?: string) => {
      for (const { node, path } of walk(root, at)) {
        if (!node.properties) continue;
        // A component's own body is the named schema; two components may share a shape and differ in meaning.
        if (own && path === at) continue;
        const twin = named.get(shape(node));
        if (twin) copies.push(`${path} repeats ${twin}`);
      }
    };
    check(doc.paths, '#/paths');
    for (const [name, body] of Object.entries<Json>(doc.components.schemas)) check(body, `#/components/schemas/${name}`, name);
    expect(copies).toEqual([]);
  });

  it('answers problems with the Problem component on every error response', () => {
    const inline: string[] = [];
    for (const { path, method, op } of operations())
      for (const [status, r] of Object.entries<Json>(op.responses ?? {}))
        if (/^[45]\d\d$/.test(status) && r.content && r.content['application/problem+json']?.schema?.$ref !== `${REF}Problem`)
          inline.push(`${method.toUpperCase()} ${path} ${status}`);
    expect(inline).toEqual([]);
  });
});
