import type { LvsApi, paths } from '@lvs/api-client';
import { must } from './api';

/** A confirmed deployment's timer, as `GET /clusters/{id}/confirmation` returns it (generated type). */
export type Confirmation = paths['/api/v1/clusters/{clusterId}/confirmation']['get']['responses'][200]['content']['application/json'];

export async function requestConfirmation(
  api: LvsApi,
  clusterId: string,
  deploymentId: string,
  withinSeconds: number,
): Promise<Confirmation> {
  const r = await api.POST('/api/v1/clusters/{clusterId}/confirmation', {
    params: { path: { clusterId } },
    body: { deploymentId, withinSeconds },
  });
  return must(r, 'start the confirmation timer');
}

export async function confirmDeployment(api: LvsApi, clusterId: string): Promise<Confirmation> {
  return must(await api.POST('/api/v1/clusters/{clusterId}/confirmation/confirm', { params: { path: { clusterId } } }), 'confirm');
}

export async function currentConfirmation(api: LvsApi, clusterId: string): Promise<Confirmation> {
  return must(await api.GET('/api/v1/clusters/{clusterId}/confirmation', { params: { path: { clusterId } } }), 'read the confirmation');
}
