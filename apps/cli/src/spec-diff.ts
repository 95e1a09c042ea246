import { type ClusterSpec, realServerKey, virtualServiceKey } from '@lvs/domain';
import pc from 'picocolors';

/** One object of the spec that the change adds, changes or removes, named by its natural key. */
export interface SpecChange {
  op: '+' | '~' | '-';
  /** The API's key form: `director:lb1`, `virtualService:10.0.0.1:80/TCP`, `realServer:10.0.0.1:80/TCP>10.0.0.11:80`. */
  key: string;
  /** For `~`: each changed field, `path: old → new`. */
  fields: { path: string; from: unknown; to: unknown }[];
}

type Obj = Record<string, unknown>;

function keyed(spec: ClusterSpec): Map<string, Obj> {
  const m = new Map<string, Obj>();
  m.set('cluster', { name: spec.name, description: spec.description, mode: spec.mode });
  for (const d of spec.directors) m.set(`director:${d.name}`, d);
  for (const i of spec.vrrpInstances) {
    // Members are keyed by director, so reordering them is no change and a priority edit names the director.
    const { members, ...rest } = i;
    m.set(`vrrpInstance:${i.name}`, {
      ...rest,
      members: Object.fromEntries(members.map((x) => [x.director, { priority: x.priority, state: x.state }])),
    });
  }
  for (const g of spec.vrrpSyncGroups) m.set(`vrrpSyncGroup:${g.name}`, g);
  for (const vs of spec.virtualServices) {
    const k = vs.group !== undefined ? `group:${vs.group}` : virtualServiceKey(vs);
    const { realServers, ...rest } = vs;
    m.set(`virtualService:${k}`, rest);
    for (const rs of realServers) m.set(`realServer:${k}>${realServerKey(rs)}`, rs);
  }
  return m;
}

/** Leaves of an object as `a.b[2].c` → value; arrays of scalars stay whole (a list edit reads as one line). */
function leaves(v: unknown, prefix: string, out: Map<string, unknown>): Map<string, unknown> {
  if (Array.isArray(v)) {
    if (v.every((x) => x === null || typeof x !== 'object')) out.set(prefix, v);
    else v.forEach((x, i) => leaves(x, `${prefix}[${i}]`, out));
  } else if (v !== null && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) leaves(x, prefix ? `${prefix}.${k}` : k, out);
  } else out.set(prefix, v);
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What changes from `before` (the server's spec; null when the cluster does not exist yet) to
 * `after` (the file), object by object, in the spec's own order: removals after the additions
 * and changes, as `terraform plan` lists them.
 */
export function specChanges(before: ClusterSpec | null, after: ClusterSpec): SpecChange[] {
  const a = before ? keyed(before) : new Map<string, Obj>();
  const b = keyed(after);
  const out: SpecChange[] = [];
  for (const [k, v] of b) {
    const old = a.get(k);
    if (!old) {
      out.push({ op: '+', key: k, fields: [] });
      continue;
    }
    const lo = leaves(old, '', new Map());
    const ln = leaves(v, '', new Map());
    const fields: SpecChange['fields'] = [];
    for (const p of new Set([...lo.keys(), ...ln.keys()]))
      if (!same(lo.get(p), ln.get(p))) fields.push({ path: p, from: lo.get(p), to: ln.get(p) });
    if (fields.length) out.push({ op: '~', key: k, fields });
  }
  for (const k of a.keys()) if (!b.has(k)) out.push({ op: '-', key: k, fields: [] });
  return out;
}

const show = (v: unknown) => (v === undefined ? '(unset)' : JSON.stringify(v));

/** terraform-like lines; colours only when `color` (a TTY), so CI logs and golden files stay plain. */
export function formatSpecChanges(changes: SpecChange[], color: boolean): string {
  if (!changes.length) return 'Spec: no changes.\n';
  // createColors(flag): picocolors' own detection looks at the process, not at this command's output.
  const c = pc.createColors(color);
  const paint = { '+': c.green, '~': c.yellow, '-': c.red };
  const lines: string[] = [];
  for (const ch of changes) {
    lines.push(paint[ch.op](`${ch.op} ${ch.key}`));
    for (const f of ch.fields) lines.push(paint['~'](`    ~ ${f.path}: ${show(f.from)} → ${show(f.to)}`));
  }
  const n = (op: SpecChange['op']) => changes.filter((x) => x.op === op).length;
  lines.push(c.bold(`Spec: ${n('+')} to add, ${n('~')} to change, ${n('-')} to remove.`));
  return lines.join('\n') + '\n';
}

/** A unified diff with its added and removed lines coloured (on a TTY). */
export function colourDiff(diff: string, color: boolean): string {
  if (!color) return diff;
  const c = pc.createColors(true);
  return diff
    .split('\n')
    .map((l) =>
      l.startsWith('+++') || l.startsWith('---')
        ? c.bold(l)
        : l.startsWith('+')
          ? c.green(l)
          : l.startsWith('-')
            ? c.red(l)
            : l.startsWith('@@')
              ? c.cyan(l)
              : l,
    )
    .join('\n');
}
