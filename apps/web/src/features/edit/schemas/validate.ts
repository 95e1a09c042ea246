import {
  type ClusterSpec,
  ClusterSpecSchema,
  DirectorSchema,
  GlobalDefsSchema,
  RealServerSchema,
  TrackFileSchema,
  TrackProcessSchema,
  VirtualServerGroupSchema,
  validateClusterSpec,
  VirtualServiceSchema,
  VrrpInstanceSchema,
  VrrpScriptSchema,
  VrrpSyncGroupSchema,
} from '@lvs/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldValues, Resolver, ResolverOptions } from 'react-hook-form';
import type { FieldErrors } from './form-values';

/**
 * The API's own checks, run in the browser before the round trip: the field rules (libs/domain's
 * zod schemas) and then the cluster-wide rules (validateClusterSpec) on the cluster as it would be
 * after the write. This module is the only one of the editors that pulls in zod; it is loaded with
 * import() when a form opens, never with the first page.
 */
export type Kind =
  | 'cluster'
  | 'director'
  | 'vrrpInstance'
  | 'vrrpSyncGroup'
  | 'vrrpScript'
  | 'trackFile'
  | 'trackProcess'
  | 'virtualServerGroup'
  | 'globalDefs'
  | 'virtualService'
  | 'realServer';

const ClusterFieldsSchema = ClusterSpecSchema.pick({ name: true, description: true, mode: true });
/** The domain schema of each kind's body: the resolver applies it, and the coverage test walks its keys. */
export const SCHEMAS = {
  cluster: ClusterFieldsSchema,
  director: DirectorSchema,
  vrrpInstance: VrrpInstanceSchema,
  vrrpSyncGroup: VrrpSyncGroupSchema,
  vrrpScript: VrrpScriptSchema,
  trackFile: TrackFileSchema,
  trackProcess: TrackProcessSchema,
  virtualServerGroup: VirtualServerGroupSchema,
  globalDefs: GlobalDefsSchema,
  virtualService: VirtualServiceSchema,
  realServer: RealServerSchema,
} as const;

/** Where the edited object sits in the spec: its index, or none when it is new (appended). */
export interface Place {
  index?: number;
  /** The index of a real server's virtual service. */
  service?: number;
}

const COLLECTION = {
  director: 'directors',
  vrrpInstance: 'vrrpInstances',
  vrrpSyncGroup: 'vrrpSyncGroups',
  vrrpScript: 'vrrpScripts',
  trackFile: 'trackFiles',
  trackProcess: 'trackProcesses',
  virtualServerGroup: 'virtualServerGroups',
  virtualService: 'virtualServices',
} as const;

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
  if (!r.success)
    return Object.fromEntries(r.error.issues.map((i) => [`spec:${i.path.join('.')}`, `${i.path.join('.') || 'spec'}: ${i.message}`]));
  const { errors } = validateClusterSpec(r.data);
  return Object.fromEntries(errors.map((e) => [`spec:${e.path}`, `${e.path}: ${e.message}`]));
}

/** Field rules of one resource body; then, when a spec is given, the cluster-wide rules on the result. */
export function check(kind: Kind, body: unknown, spec?: ClusterSpec, place: Place = {}): FieldErrors {
  const r = SCHEMAS[kind].safeParse(fieldInput(kind, body));
  if (!r.success) return firstPerPath(r.error.issues);
  return clusterRules(kind, r.data, spec, place);
}

/** A virtual service's body has no real servers; its schema wants the list. */
const fieldInput = (kind: Kind, body: unknown) => (kind === 'virtualService' ? { ...(body as object), realServers: [] } : body);

/** RHF's nested errors (`{ members: [, { priority: { message } }] }`) as the dotted paths the API uses. */
function flatten(errors: unknown, prefix = '', out: FieldErrors = {}): FieldErrors {
  if (!errors || typeof errors !== 'object') return out;
  const e = errors as Record<string, unknown>;
  if (typeof e.message === 'string' && typeof e.type === 'string') {
    out[prefix] ??= e.message;
    return out;
  }
  for (const [k, v] of Object.entries(e)) if (k !== 'ref') flatten(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

/**
 * The editors' react-hook-form resolver: the domain's zod schema of the resource through
 * @hookform/resolvers' zodResolver (the same rules the API's pipe applies), then the cluster-wide
 * rules on the cluster as it would be after the write.
 */
export async function resolveDraft(
  kind: Kind,
  body: unknown,
  spec: ClusterSpec | undefined,
  place: Place,
  options: ResolverOptions<FieldValues>,
): Promise<FieldErrors> {
  const resolver = zodResolver(SCHEMAS[kind] as unknown as Parameters<typeof zodResolver>[0]) as unknown as Resolver<FieldValues>;
  const input = fieldInput(kind, body);
  const r = await resolver(input as FieldValues, undefined, options);
  if (Object.keys(r.errors).length) {
    // zodResolver words a failed union by its first branch ("must be an IPv4 address"); the domain's
    // own message for the union ("must be an IPv4 or IPv6 address") is what the API says: keep it.
    const parsed = SCHEMAS[kind].safeParse(input);
    const own = parsed.success ? {} : firstPerPath(parsed.error.issues);
    return Object.fromEntries(Object.entries(flatten(r.errors)).map(([path, message]) => [path, own[path] ?? message]));
  }
  return clusterRules(kind, r.values, spec, place);
}

function clusterRules(kind: Kind, data: unknown, spec: ClusterSpec | undefined, place: Place): FieldErrors {
  // A cluster's own fields (name, description, mode) take part in no cluster-wide error rule.
  if (!spec || kind === 'cluster') return {};
  const r = { data };
  const next: ClusterSpec = structuredClone(spec);
  let focus: string;
  if (kind === 'realServer') {
    const list = next.virtualServices[place.service ?? -1]?.realServers;
    if (!list) return {};
    const i = place.index ?? list.length;
    list[i] = r.data as ClusterSpec['virtualServices'][number]['realServers'][number];
    focus = `virtualServices.${place.service}.realServers.${i}`;
  } else if (kind === 'globalDefs') {
    // One object per cluster, not a list.
    next.globalDefs = r.data as ClusterSpec['globalDefs'];
    focus = 'globalDefs';
  } else {
    // vrrpScripts (and the other spec-only lists) are optional in the spec: the first one starts the list.
    const list = ((next as Record<string, unknown>)[COLLECTION[kind]] ??= []) as unknown[];
    const i = place.index ?? list.length;
    // A virtual service's body has no real servers: it keeps the ones it has.
    const value =
      kind === 'virtualService'
        ? { ...(r.data as object), realServers: place.index === undefined ? [] : next.virtualServices[i].realServers }
        : r.data;
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
