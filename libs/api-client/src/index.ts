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
/** A named schema of the API's OpenAPI document (`components.schemas`), e.g. `ApiSchema<'Deployment'>`. */
export type ApiSchema<N extends keyof components['schemas']> = components['schemas'][N];

// The resources clients meet most, by the names the API gives them. A `…Input` schema is what a
// client sends where it differs from what the API answers (fields with defaults are optional).
export type Problem = ApiSchema<'Problem'>;
export type FieldError = ApiSchema<'FieldError'>;
export type Cluster = ApiSchema<'Cluster'>;
export type ClusterPage = ApiSchema<'ClusterPage'>;
export type ClusterSpec = ApiSchema<'ClusterSpec'>;
export type ClusterSpecInput = ApiSchema<'ClusterSpecInput'>;
export type Director = ApiSchema<'Director'>;
export type VrrpInstance = ApiSchema<'VrrpInstance'>;
export type VrrpSyncGroup = ApiSchema<'VrrpSyncGroup'>;
export type VirtualService = ApiSchema<'VirtualService'>;
export type RealServer = ApiSchema<'RealServer'>;
export type HealthCheck = ApiSchema<'HealthCheck'>;
export type Issue = ApiSchema<'Issue'>;
export type Revision = ApiSchema<'Revision'>;
export type RevisionDetail = ApiSchema<'RevisionDetail'>;
export type RevisionDiff = ApiSchema<'RevisionDiff'>;
export type Plan = ApiSchema<'Plan'>;
export type Deployment = ApiSchema<'Deployment'>;
export type DeploymentTarget = ApiSchema<'DeploymentTarget'>;
export type DeploymentPage = ApiSchema<'DeploymentPage'>;
export type HostKey = ApiSchema<'HostKey'>;
export type Drift = ApiSchema<'Drift'>;
export type AuditEvent = ApiSchema<'AuditEvent'>;
export type AuditPage = ApiSchema<'AuditPage'>;
export type Capabilities = ApiSchema<'Capabilities'>;
export type User = ApiSchema<'User'>;
export type ApiToken = ApiSchema<'ApiToken'>;
export type Credential = ApiSchema<'Credential'>;

export function createApiClient(origin: string, opts: { token?: string; fetch?: typeof fetch } = {}): LvsApi {
  return createClient<paths>({
    baseUrl: origin.replace(/\/+$/, ''),
    headers: opts.token ? { authorization: `Bearer ${opts.token}` } : undefined,
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
  });
}
