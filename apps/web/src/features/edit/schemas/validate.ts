import {
  type ClusterSpec,
  ClusterSpecSchema,
  DirectorSchema,
  RealServerSchema,
  validateClusterSpec,
  VirtualServiceSchema,
  VrrpInstanceSchema,
  VrrpSyncGroupSchema,
} from '@lvs/domain';
import type { FieldErrors } from './form-values';

/**
 * The API's own checks, run in the browser before the round trip: the field rules (libs/domain's
 * zod schemas) and then the cluster-wide rules (validateClusterSpec) on the cluster as it would be
 * after the write. This module is the only one of the editors that pulls in zod; it is loaded with
 * import() when a form opens, never with the first page.
 */
export type Kind = 'cluster' | 'director' | 'vrrpInstance' | 'vrrpSyncGroup' | 'virtualService' | 'realServer';

const ClusterFieldsSchema = ClusterSpecSchema.pick({ name: true, description: true, mode: true });
const SCHEMAS = {
  cluster: ClusterFieldsSchema,
  director: DirectorSchema,
  vrrpInstance: VrrpInstanceSchema,
  vrrpSyncGroup: VrrpSyncGroupSchema,
  virtualService: VirtualServiceSchema,
  realServer: RealServerSchema,
} as const;

/** Where the edited object sits in the spec: its index, or none when it is new (appended). */
export interface Place {
  index?: number;
  /** The index of a real server's virtual service. */
  service?: number;
}

const COLLECTION = { director: 'directors', vrrpInstance: 'vrrpInstances', vrrpSyncGroup: 'vrrpSyncGroups', virtualService: 'virtualServices' } as const;

function firstPerPath(issues: readonly { path: readonly PropertyKey[]; message: string }[], prefix = ''): FieldErrors {
  const out: FieldErrors = {};
  for (const i of issues) {
    const p = prefix + i.path.map(String).join('.');
    out[p] ??= i.message;
  }
  return out;
}

/** A whole spec document (the create form's paste box): paths are the spec's, shown at the top with the path. */
export function checkSpecDocument(doc: unknown): FieldErrors {
  const r = ClusterSpecSchema.safeParse(doc);
  if (!r.success) return Object.fromEntries(r.error.issues.map((i) => [`spec:${i.path.join('.')}`, `${i.path.join('.') || 'spec'}: ${i.message}`]));
  const { errors } = validateClusterSpec(r.data);
  return Object.fromEntries(errors.map((e) => [`spec:${e.path}`, `${e.path}: ${e.message}`]));
}

/** Field rules of one resource body; then, when a spec is given, the cluster-wide rules on the result. */
export function check(kind: Kind, body: unknown, spec?: ClusterSpec, place: Place = {}): FieldErrors {
  const schema = SCHEMAS[kind];
  const r = kind === 'virtualService' ? VirtualServiceSchema.safeParse({ ...(body as object), realServers: [] }) : schema.safeParse(body);
  if (!r.success) return firstPerPath(r.error.issues);
  // A cluster's own fields (name, description, mode) take part in no cluster-wide error rule.
  if (!spec || kind === 'cluster') return {};
  const next: ClusterSpec = structuredClone(spec);
  let focus: string;
  if (kind === 'realServer') {
    const list = next.virtualServices[place.service ?? -1]?.realServers;
    if (!list) return {};
    const i = place.index ?? list.length;
    list[i] = r.data as ClusterSpec['virtualServices'][number]['realServers'][number];
    focus = `virtualServices.${place.service}.realServers.${i}`;
  } else {
    const list = next[COLLECTION[kind]] as unknown[];
    const i = place.index ?? list.length;
    // A virtual service's body has no real servers: it keeps the ones it has.
    const value = kind === 'virtualService' ? { ...(r.data as object), realServers: place.index === undefined ? [] : next.virtualServices[i].realServers } : r.data;
    list[i] = value;
    focus = `${COLLECTION[kind]}.${i}`;
  }
  const out: FieldErrors = {};
  for (const e of validateClusterSpec(next).errors) {
    // Findings about the edited object go onto its fields; the rest are the form's, at the top.
    const p = e.path === focus ? '' : e.path.startsWith(`${focus}.`) ? e.path.slice(focus.length + 1) : `spec:${e.path}`;
    const inBody = !(kind === 'virtualService' && (p === 'realServers' || p.startsWith('realServers.')));
    const key = inBody ? p : `spec:${e.path}`;
    out[key] = out[key] ? `${out[key]}; ${e.message}` : e.message;
  }
  return out;
}
