import { queryOptions } from '@tanstack/react-query';
import { type Answer, client, data } from '../../../lib/api';
import { clusterKeys } from '../../clusters/api/queries';

export type Lint = Answer<'/api/v1/fleet/lint'>;
export type Finding = Lint['findings'][number];
export type Capabilities = Answer<'/api/v1/clusters/{clusterId}/directors/{name}/capabilities'>;
export type WhatIf = Answer<'/api/v1/clusters/{clusterId}/what-if'>;
export type Incidents = Answer<'/api/v1/clusters/{clusterId}/incidents'>;

export const fleetKeys = {
  lint: () => ['fleet', 'lint'] as const,
  incidents: (clusterId: string) => [...clusterKeys.one(clusterId), 'incidents'] as const,
  /**
   * Not under the cluster's key: an edit invalidates that key while the editor's rows are still on
   * screen, and a deleted director's record would be asked for (a 404). `specTag` (the spec's ETag)
   * makes a changed spec read the record again, for its `refusals`, once the rows are the new spec's.
   */
  capabilities: (clusterId: string, director: string, specTag?: string | null) =>
    specTag === undefined
      ? (['fleet', 'capabilities', clusterId, director] as const)
      : (['fleet', 'capabilities', clusterId, director, specTag] as const),
  whatIf: (clusterId: string, fail: string) => [...clusterKeys.one(clusterId), 'what-if', fail] as const,
};

/** Lint of every cluster against every other: cheap for the API (no SSH), so it is read again each minute. */
export const fleetLintQuery = () =>
  queryOptions({ queryKey: fleetKeys.lint(), queryFn: () => data(client().GET('/api/v1/fleet/lint')), refetchInterval: 60_000 });

/** The split-brain radar's open incidents of one cluster (the overview's per-cluster line). */
export const incidentsQuery = (clusterId: string) =>
  queryOptions({
    queryKey: fleetKeys.incidents(clusterId),
    queryFn: () => data(client().GET('/api/v1/clusters/{clusterId}/incidents', { params: { path: { clusterId } } })),
    refetchInterval: 30_000,
  });

/** A director's capabilities as last recorded (no SSH: a refresh is a separate, operator-only POST). */
export const capabilitiesQuery = (clusterId: string, director: string, specTag: string | null) =>
  queryOptions({
    queryKey: fleetKeys.capabilities(clusterId, director, specTag),
    queryFn: () =>
      data(client().GET('/api/v1/clusters/{clusterId}/directors/{name}/capabilities', { params: { path: { clusterId, name: director } } })),
  });

/** What happens if `fail` fails: computed by the API, nothing changes; the answer holds while the spec does. */
export const whatIfQuery = (clusterId: string, fail: string) =>
  queryOptions({
    queryKey: fleetKeys.whatIf(clusterId, fail),
    queryFn: () => data(client().GET('/api/v1/clusters/{clusterId}/what-if', { params: { path: { clusterId }, query: { fail } } })),
    staleTime: 30_000,
    retry: false,
  });
