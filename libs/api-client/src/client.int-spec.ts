import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../test/app';
import { call, login } from '../../../test/http';
import { createApiClient } from './index';

const SCHEMA = join(__dirname, 'schema.ts');
const HEADER =
  "// Generated from the API's OpenAPI document by libs/api-client/src/client.int-spec.ts — do not edit.\n// Regenerate: npm run api-client\n\n";

describe('libs/api-client: the typed client, generated from the API it talks to', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    token = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'client', role: 'operator' } })).body.secret;
  });
  afterAll(() => t?.close());

  it('schema.ts matches the OpenAPI document the API serves now (run `npm run api-client` after an API change)', async () => {
    const doc = (await call(t.baseUrl, 'GET', '/api/openapi.json')).body;
    // A default makes a field optional to send but present in an answer; zod lists the answered ones
    // in `required`, so the types follow `required` alone (openapi-typescript would otherwise make
    // every defaulted field of a request component mandatory).
    const fresh = HEADER + astToString(await openapiTS(doc, { defaultNonNullable: false }));
    if (process.env.UPDATE_API_CLIENT === '1') writeFileSync(SCHEMA, fresh);
    const committed = readFileSync(SCHEMA, 'utf8');
    expect(committed === fresh, 'libs/api-client/src/schema.ts is stale: run `npm run api-client` and commit it').toBe(true);
  });

  it('talks to the real API: creates a cluster, reads it back, and gets the problem+json of a refusal', async () => {
    const api = createApiClient(t.baseUrl, { token });
    const created = await api.POST('/api/v1/clusters', { body: { name: 'from-the-client' } });
    expect(created.response.status).toBe(201);
    const id = created.data!.id;
    const spec = await api.GET('/api/v1/clusters/{clusterId}/spec', { params: { path: { clusterId: id } } });
    expect(spec.data).toMatchObject({ name: 'from-the-client', directors: [] });
    const bad = await api.POST('/api/v1/clusters', { body: { name: 'no spaces allowed' } });
    expect(bad.response.status).toBe(400);
    expect(bad.response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(bad.error).toMatchObject({ status: 400, errors: [expect.objectContaining({ path: expect.stringContaining('name') })] });
    const missing = await api.GET('/api/v1/clusters/{clusterId}', {
      params: { path: { clusterId: '00000000-0000-4000-8000-000000000000' } },
    });
    expect(missing.response.status).toBe(404);
  });
});
