import { type ClusterSpec, realServerKey, virtualServiceKey } from '@lvs/domain';
import { canonicalJson } from '../../common/redact';

/** Everything in a spec by natural key, for telling what a declarative PUT creates, changes and deletes. */
function index(spec: ClusterSpec): Map<string, string> {
  const m = new Map<string, string>();
  m.set('cluster', canonicalJson({ name: spec.name, description: spec.description, mode: spec.mode }));
  for (const d of spec.directors) m.set(`director:${d.name}`, canonicalJson(d));
  for (const i of spec.vrrpInstances) m.set(`vrrpInstance:${i.name}`, canonicalJson(i));
  for (const g of spec.vrrpSyncGroups) m.set(`vrrpSyncGroup:${g.name}`, canonicalJson(g));
  for (const vs of spec.virtualServices) {
    const key = virtualServiceKey(vs);
    const { realServers, ...own } = vs;
    m.set(`virtualService:${key}`, canonicalJson(own));
    for (const rs of realServers) m.set(`realServer:${key}>${realServerKey(rs)}`, canonicalJson(rs));
  }
  return m;
}

export function specChanges(before: ClusterSpec | undefined, after: ClusterSpec): { created: string[]; changed: string[]; deleted: string[] } {
  const a = before ? index(before) : new Map<string, string>();
  const b = index(after);
  const created: string[] = [];
  const changed: string[] = [];
  const deleted: string[] = [];
  for (const [k, v] of b) {
    if (!a.has(k)) created.push(k);
    else if (a.get(k) !== v) changed.push(k);
  }
  for (const k of a.keys()) if (!b.has(k)) deleted.push(k);
  return { created, changed, deleted };
}
