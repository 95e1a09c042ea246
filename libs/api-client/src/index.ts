import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from './schema';

/**
 * The LVS Console REST API as a typed client: paths, parameters, bodies and responses come from
 * the API's own OpenAPI document (`schema.ts`, generated; `npm run api-client` regenerates it and
 * the integration suite fails when it is stale). For CI pipelines and scripts:
 *
 *   const api = createApiClient('https://lvs.example.net', { token: process.env.LVS_TOKEN });
 *   const { data, error } = await api.GET('/api/v1/clusters/{clusterId}/plan', { params: { path: { clusterId } } });
 *
 * `error` is the RFC 9457 problem (with `errors[]` naming each field and rule) when the API refuses.
 */
export type { components, paths };
export type LvsApi = Client<paths>;
export type Problem = components['schemas'] extends { Problem: infer P } ? P : Record<string, unknown>;

export function createApiClient(origin: string, opts: { token?: string; fetch?: typeof fetch } = {}): LvsApi {
  return createClient<paths>({
    baseUrl: origin.replace(/\/+$/, ''),
    headers: opts.token ? { authorization: `Bearer ${opts.token}` } : undefined,
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
  });
}
