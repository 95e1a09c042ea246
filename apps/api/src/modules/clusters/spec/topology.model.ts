import {
  type ClusterSpec,
  type Director,
  type RealServer,
  realServerKey,
  type VirtualService,
  virtualServiceKey,
  type VrrpInstance,
  type VrrpSyncGroup,
} from '@lvs/domain';

/**
 * The topology of one cluster in memory: the domain objects of the spec, each paired with the row it
 * came from. Reads build the spec from it; writes edit a copy (a draft) and the difference between
 * the two is what gets written — so a per-resource write and a declarative PUT of the whole spec
 * share one path: validate the whole resulting cluster, then write only what changed.
 */

/** Where an item is stored. Absent on an item the write adds. */
export interface Ref {
  id: string;
  version: number;
  position: number;
}

export interface Item<T> {
  value: T;
  ref?: Ref;
}

export type VirtualServiceFields = Omit<VirtualService, 'realServers'>;

export interface ServiceItem extends Item<VirtualServiceFields> {
  reals: Item<RealServer>[];
}

export interface ClusterHead {
  id: string;
  name: string;
  description: string;
  mode: ClusterSpec['mode'];
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** The cluster-wide keepalived objects of the spec (stored on the cluster row, clusters.keepalived). */
export type ClusterKeepalived = Pick<
  ClusterSpec,
  'globalDefs' | 'vrrpScripts' | 'trackFiles' | 'trackProcesses' | 'virtualServerGroups' | 'extra'
>;
export const CLUSTER_KEEPALIVED_KEYS = [
  'globalDefs',
  'vrrpScripts',
  'trackFiles',
  'trackProcesses',
  'virtualServerGroups',
  'extra',
] as const satisfies readonly (keyof ClusterKeepalived)[];

/** The spec's cluster-wide keepalived objects, unset ones left out. */
export function keepalivedOf(spec: Partial<ClusterKeepalived>): ClusterKeepalived {
  const k: ClusterKeepalived = {};
  for (const key of CLUSTER_KEEPALIVED_KEYS) if (spec[key] !== undefined) (k as Record<string, unknown>)[key] = spec[key];
  return k;
}

export interface Topology {
  head: ClusterHead;
  /** Absent = none (a topology made before the model grew, or by code that predates it). */
  keepalived?: ClusterKeepalived;
  directors: Item<Director>[];
  vrrpInstances: Item<VrrpInstance>[];
  vrrpSyncGroups: Item<VrrpSyncGroup>[];
  virtualServices: ServiceItem[];
}

export function toSpec(t: Topology): ClusterSpec {
  return {
    apiVersion: 'lvs-console/v1',
    name: t.head.name,
    description: t.head.description,
    mode: t.head.mode,
    directors: t.directors.map((i) => i.value),
    vrrpInstances: t.vrrpInstances.map((i) => i.value),
    vrrpSyncGroups: t.vrrpSyncGroups.map((i) => i.value),
    virtualServices: t.virtualServices.map((s) => ({ ...s.value, realServers: s.reals.map((r) => r.value) })),
    ...t.keepalived,
  };
}

/**
 * A copy to edit: new arrays and new item objects (a write sets their refs), sharing the values,
 * which are never mutated (an edit replaces an item's value). `t` may be a cached topology.
 */
export function draftOf(t: Topology): Topology {
  return {
    head: { ...t.head },
    ...(t.keepalived && { keepalived: t.keepalived }),
    directors: t.directors.map((i) => ({ ...i })),
    vrrpInstances: t.vrrpInstances.map((i) => ({ ...i })),
    vrrpSyncGroups: t.vrrpSyncGroups.map((i) => ({ ...i })),
    virtualServices: t.virtualServices.map((s) => ({ ...s, reals: s.reals.map((r) => ({ ...r })) })),
  };
}

export function splitService(vs: VirtualService): { fields: VirtualServiceFields; realServers: RealServer[] } {
  const { realServers, ...fields } = vs;
  return { fields, realServers };
}

/** Keys in reports: `director:lb1`, `virtualService:10.0.0.1:80/TCP`, `realServer:10.0.0.1:80/TCP>10.0.0.11:80`. */
export const reportKey = {
  director: (d: Pick<Director, 'name'>) => `director:${d.name}`,
  vrrpInstance: (i: Pick<VrrpInstance, 'name'>) => `vrrpInstance:${i.name}`,
  vrrpSyncGroup: (g: Pick<VrrpSyncGroup, 'name'>) => `vrrpSyncGroup:${g.name}`,
  virtualService: (vs: VirtualServiceFields) => `virtualService:${virtualServiceKey(vs)}`,
  realServer: (vs: VirtualServiceFields, rs: RealServer) => `realServer:${virtualServiceKey(vs)}>${realServerKey(rs)}`,
};

/**
 * Deep equality of JSON-like values where a key holding `undefined` counts as absent (the spec
 * omits unset optional fields; parsed input may carry them as undefined).
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  let na = 0;
  for (const k in ao) {
    if (ao[k] === undefined) continue;
    na++;
    if (!sameValue(ao[k], bo[k])) return false;
  }
  let nb = 0;
  for (const k in bo) if (bo[k] !== undefined) nb++;
  return na === nb;
}
