import type { ClusterSpec } from '@lvs/domain';
import { api, ApiError } from '../../../lib/api';
import type { Kind } from '../schemas/validate';

/** What an editor works on: a kind, what to do, and the object's natural key (as in the spec). */
export interface EditTarget {
  kind: Kind;
  mode: 'create' | 'edit' | 'delete';
  /** Director, instance or sync group name; `vip:port/proto` or `fwmark:N` of a service; `ip:port` of a real server. */
  key?: string;
  /** The virtual service key of a real server. */
  service?: string;
}

/** Where the resource lives in the REST API, and the ETag to send with If-Match. */
export interface Located {
  /** POST here to create. */
  collection: string;
  /** PUT/PATCH/DELETE here (absent when creating). */
  url?: string;
  etag?: string;
  /** The object as the API holds it now (absent when creating): the form starts from it, so it matches the ETag. */
  item?: Record<string, unknown>;
  /**
   * For objects without a resource route of their own (vrrp_script): the spec document the write
   * PUTs to `url`, made from the one read with `etag`; and where the object sits in it, whose
   * `body.<at>.` problem paths are the form's own fields.
   */
  document?: { build(mode: EditTarget['mode'], body: unknown): ClusterSpec; at: string };
}

const SEGMENT = {
  director: 'directors',
  vrrpInstance: 'vrrp-instances',
  vrrpSyncGroup: 'vrrp-sync-groups',
  virtualService: 'virtual-services',
} as const;

interface Item extends Record<string, unknown> {
  id: string;
  version: number;
  name?: string;
  key?: string;
}

const gone = (what: string) =>
  new ApiError({
    type: 'about:blank',
    title: 'Not Found',
    status: 404,
    detail: `${what} is gone: someone removed it. Close and look again.`,
    code: 'web.not_found',
    errors: [],
  });

/** The spec holds natural keys, the REST resources ids and versions: find the one we edit. */
async function find(collection: string, match: (i: Item) => boolean, what: string, key?: string): Promise<Located> {
  // Services and real servers are asked for by natural key: a service may hold thousands of real servers, more than a page.
  const { data } = await api<{ items: Item[] }>(
    'GET',
    key === undefined ? `${collection}?limit=500` : `${collection}?key=${encodeURIComponent(key)}`,
  );
  const item = data.items.find(match);
  if (!item) throw gone(what);
  return { collection, url: `${collection}/${item.id}`, etag: `W/"${item.version}"`, item };
}

/** The objects without a resource route of their own: where each sits in the spec document, and what it is called. */
const IN_SPEC = {
  vrrpScript: { list: 'vrrpScripts', what: 'vrrp_script' },
  trackFile: { list: 'trackFiles', what: 'track_file' },
  trackProcess: { list: 'trackProcesses', what: 'vrrp_track_process' },
  virtualServerGroup: { list: 'virtualServerGroups', what: 'virtual_server_group' },
} as const satisfies Partial<Record<Kind, { list: keyof ClusterSpec; what: string }>>;
type InSpec = keyof typeof IN_SPEC;
const inSpec = (k: Kind): k is InSpec => k in IN_SPEC;

/**
 * vrrp_script, track_file, vrrp_track_process, virtual_server_group and global_defs live in the
 * cluster's spec document only: read it (GET /spec with its ETag) and write the whole document back
 * (PUT /spec, If-Match), as the import/apply path does.
 */
async function locateInSpec(base: string, t: EditTarget & { kind: InSpec | 'globalDefs' }): Promise<Located> {
  const r = await api<ClusterSpec>('GET', `${base}/spec`);
  const spec = r.data;
  const where = { collection: `${base}/spec`, url: `${base}/spec`, etag: r.headers.get('etag') ?? undefined };
  if (t.kind === 'globalDefs') {
    // One per cluster: "create" and "edit" both write it; "delete" drops every setting (keepalived's defaults).
    const build = (mode: EditTarget['mode'], body: unknown): ClusterSpec => ({
      ...spec,
      globalDefs: mode === 'delete' ? undefined : (body as ClusterSpec['globalDefs']),
    });
    return { ...where, item: spec.globalDefs as Record<string, unknown> | undefined, document: { build, at: 'body.globalDefs' } };
  }
  const { list, what } = IN_SPEC[t.kind];
  const items = (spec[list] ?? []) as { name: string }[];
  const i = t.mode === 'create' ? items.length : items.findIndex((x) => x.name === t.key);
  if (i < 0) throw gone(`${what} ${t.key}`);
  const build = (mode: EditTarget['mode'], body: unknown): ClusterSpec => {
    const next = [...items];
    if (mode === 'delete') next.splice(i, 1);
    else next[i] = body as (typeof items)[number];
    return { ...spec, [list]: next };
  };
  return {
    ...where,
    item: items[i] as Record<string, unknown> | undefined,
    document: { build, at: `body.${list}.${i}` },
  };
}

export async function locate(clusterId: string, t: EditTarget): Promise<Located> {
  const base = `/clusters/${clusterId}`;
  if (inSpec(t.kind) || t.kind === 'globalDefs') return locateInSpec(base, t as EditTarget & { kind: InSpec | 'globalDefs' });
  if (t.kind === 'cluster') {
    const r = await api<Item>('GET', base);
    return { collection: '/clusters', url: base, etag: r.headers.get('etag') ?? `W/"${r.data.version}"`, item: r.data };
  }
  if (t.kind === 'realServer') {
    const service = await find(`${base}/virtual-services`, (i) => i.key === t.service, `Virtual service ${t.service}`, t.service);
    const collection = `${service.url}/real-servers`;
    return t.mode === 'create' ? { collection } : find(collection, (i) => i.key === t.key, `Real server ${t.key}`, t.key);
  }
  const collection = `${base}/${SEGMENT[t.kind as keyof typeof SEGMENT]}`;
  if (t.mode === 'create') return { collection };
  return find(
    collection,
    (i) => (t.kind === 'virtualService' ? i.key === t.key : i.name === t.key),
    `${t.key}`,
    t.kind === 'virtualService' ? t.key : undefined,
  );
}

/** Sends a create (POST), replace (PUT, If-Match) or delete (DELETE, If-Match); answers the write's warnings. */
export async function write(
  at: Located,
  mode: EditTarget['mode'],
  body?: unknown,
  method: 'PUT' | 'PATCH' = 'PUT',
): Promise<{ path: string; message: string }[]> {
  const ifMatch: Record<string, string> = at.etag ? { 'if-match': at.etag } : {};
  if (at.document) return writeDocument(at, at.document, mode, body, ifMatch);
  if (mode === 'delete') {
    await api('DELETE', at.url!, undefined, ifMatch);
    return [];
  }
  const r =
    mode === 'create'
      ? await api<{ warnings?: { path: string; message: string }[] }>('POST', at.collection, body)
      : await api<{ warnings?: { path: string; message: string }[] }>(method, at.url!, body, ifMatch);
  return r.data.warnings ?? [];
}

/** The whole spec PUT back; the problem's paths inside the edited object become the form's (`body.interval`). */
async function writeDocument(
  at: Located,
  doc: NonNullable<Located['document']>,
  mode: EditTarget['mode'],
  body: unknown,
  ifMatch: Record<string, string>,
): Promise<{ path: string; message: string }[]> {
  try {
    const r = await api<{ warnings?: { path: string; message: string }[] }>('PUT', at.url!, doc.build(mode, body), ifMatch);
    return r.data.warnings ?? [];
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    // Inside the edited object: the form's fields. Elsewhere in the document (an instance that tracks
    // a deleted script): the spec's, shown at the top of the form with their path.
    const path = (p: string) =>
      p === doc.at
        ? 'body'
        : p.startsWith(`${doc.at}.`)
          ? `body.${p.slice(doc.at.length + 1)}`
          : p.startsWith('body.')
            ? `spec.${p.slice(5)}`
            : p;
    throw new ApiError({ ...e.problem, errors: e.problem.errors.map((x) => ({ ...x, path: path(x.path) })) });
  }
}
