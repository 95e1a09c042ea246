import type { LvsApi, paths } from '@lvs/api-client';
import type { Client } from 'openapi-fetch';
import { must } from './api';

/**
 * The confirmation routes (`POST/GET /clusters/{id}/confirmation`, `POST …/confirmation/confirm`),
 * typed here until libs/api-client's schema.ts is regenerated with them (the lead regenerates it
 * once); then these declarations are the generated ones' twins and can go. They mirror
 * apps/api/src/modules/confirmations/confirmation.dto.ts.
 */
export interface Confirmation {
  id: string;
  clusterId: string;
  deploymentId: string;
  revertTo: number;
  deadline: string;
  status: 'pending' | 'confirmed' | 'rolled_back' | 'failed' | 'cancelled';
  requestedBy: string;
  resolvedBy: string | null;
  resolvedAt: string | null;
  rollbackDeploymentId: string | null;
  error: string | null;
  createdAt: string;
}

type Json<T> = { content: { 'application/json': T } };
type Problem = Json<{ title?: string; detail?: string; errors?: { path: string; message: string }[] }>;
type ClusterPath = { parameters: { path: { clusterId: string } } };

interface ConfirmationPaths {
  '/api/v1/clusters/{clusterId}/confirmation': {
    parameters: { query?: never; header?: never; path: { clusterId: string }; cookie?: never };
    get: ClusterPath & { requestBody?: never; responses: { 200: Json<Confirmation>; 404: Problem } };
    post: ClusterPath & { requestBody: Json<{ deploymentId: string; withinSeconds: number }>; responses: { 201: Json<Confirmation>; 400: Problem; 409: Problem; 422: Problem } };
  };
  '/api/v1/clusters/{clusterId}/confirmation/confirm': {
    parameters: { query?: never; header?: never; path: { clusterId: string }; cookie?: never };
    post: ClusterPath & { requestBody?: never; responses: { 200: Json<Confirmation>; 404: Problem } };
  };
}

const confirmationApi = (api: LvsApi) => api as unknown as Client<paths & ConfirmationPaths>;

export async function requestConfirmation(api: LvsApi, clusterId: string, deploymentId: string, withinSeconds: number): Promise<Confirmation> {
  const r = await confirmationApi(api).POST('/api/v1/clusters/{clusterId}/confirmation', { params: { path: { clusterId } }, body: { deploymentId, withinSeconds } });
  return must(r, 'start the confirmation timer');
}

export async function confirmDeployment(api: LvsApi, clusterId: string): Promise<Confirmation> {
  return must(await confirmationApi(api).POST('/api/v1/clusters/{clusterId}/confirmation/confirm', { params: { path: { clusterId } } }), 'confirm');
}

export async function currentConfirmation(api: LvsApi, clusterId: string): Promise<Confirmation> {
  return must(await confirmationApi(api).GET('/api/v1/clusters/{clusterId}/confirmation', { params: { path: { clusterId } } }), 'read the confirmation');
}
