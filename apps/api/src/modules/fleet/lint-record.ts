import { createHash } from 'node:crypto';
import type { FindingDto } from './fleet.dto';

/**
 * Which lint findings the timeline has to hear about: pure, so the rules are unit-tested; the
 * state (what is open per cluster) is the table lint_findings_open (docs/timeline.md, lint kinds).
 */

/** The longest key (and event subject) the timeline keeps. */
export const LINT_KEY_MAX = 300;

/** What is kept of a finding while it is open (also the data of its lint.finding event). */
export interface OpenFinding {
  clusterId: string;
  key: string;
  code: string;
  severity: 'warning' | 'error';
  finding: FindingDto;
  openedAt: Date;
}

/**
 * A finding's identity, stable while the finding is the same: `lint:<code>:<path>`, where the path
 * names the VRRP instance rather than its index (removing an instance before it does not renumber
 * the findings of the others), then `@director` and `>cluster id/instance` of the other side when
 * the finding has them (one VRID clashing with two clusters is two findings). Messages are not part
 * of it: they carry numbers that change with the finding (versions, priorities).
 */
export function lintKey(f: Pick<FindingDto, 'code' | 'path' | 'instance' | 'director' | 'related'>): string {
  const path =
    f.path && f.instance && /^vrrpInstances\.\d+/.test(f.path)
      ? f.path.replace(/^vrrpInstances\.\d+/, `vrrpInstances[${f.instance}]`)
      : (f.path ?? (f.instance ? `vrrpInstances[${f.instance}]` : 'cluster'));
  const key = `lint:${f.code}:${path}${f.director ? `@${f.director}` : ''}${f.related ? `>${f.related.clusterId}/${f.related.instance}` : ''}`;
  if (key.length <= LINT_KEY_MAX) return key;
  // too long (long names): cut, and keep it unique with a digest of the whole
  const digest = createHash('sha256').update(key).digest('hex').slice(0, 16);
  return `${key.slice(0, LINT_KEY_MAX - 17)}#${digest}`;
}

export interface LintChanges {
  /** Findings no open row has: a lint.finding each. */
  found: { key: string; finding: FindingDto }[];
  /** Open findings whose severity changed (a warning became an error or back): a lint.finding each, saying so. */
  changed: { key: string; finding: FindingDto; before: OpenFinding }[];
  /** Open findings with the same severity whose details changed (message, fix, blocksDeployment …): kept up to date, no event. */
  refreshed: { key: string; finding: FindingDto }[];
  /** Open rows no finding has any more: a lint.resolved each. */
  gone: OpenFinding[];
}

/** JSON with sorted keys: a finding read back from jsonb (which orders keys its own way) compares equal to itself. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v)
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v);
}

/**
 * The difference between what is open and what the lint finds now, for the clusters that were
 * linted (`clusters`): rows of other clusters are left alone. Two findings with one key (two
 * equal-priority pairs in one instance) are one story: the first stands for both.
 */
export function lintChanges(open: readonly OpenFinding[], findings: readonly FindingDto[], clusters: ReadonlySet<string>): LintChanges {
  const now = new Map<string, { key: string; finding: FindingDto }>();
  for (const f of findings) {
    const key = lintKey(f);
    const id = `${f.clusterId}\n${key}`;
    if (!now.has(id)) now.set(id, { key, finding: f });
  }
  const before = new Map(open.map((o) => [`${o.clusterId}\n${o.key}`, o]));
  const out: LintChanges = { found: [], changed: [], refreshed: [], gone: [] };
  for (const [id, f] of now) {
    const o = before.get(id);
    if (!o) out.found.push(f);
    else if (o.severity !== f.finding.severity) out.changed.push({ ...f, before: o });
    else if (canonical(o.finding) !== canonical(f.finding)) out.refreshed.push(f);
  }
  for (const [id, o] of before) if (clusters.has(o.clusterId) && !now.has(id)) out.gone.push(o);
  return out;
}
