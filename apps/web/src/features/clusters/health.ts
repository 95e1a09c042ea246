import type { ClusterLiveSummary, ClusterSpec } from '@lvs/domain';

export interface HealthLine {
  /** ok: nothing needs a look; warn: something degraded; bad: something down; unknown: not observed. */
  tone: 'ok' | 'warn' | 'bad' | 'unknown';
  /** The problems, most serious first ("1 director down", "2 real servers down"); empty when healthy. */
  problems: string[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * A cluster's health in a few words, for the header and the page title (`● lab — 1 director down`).
 * From the cluster's summary (the API's, sent on /live when it changes) and the spec (which
 * instance holds which VIP: the owner of an instance's VIPs is its MASTER). Pure: unit-tested.
 */
export function healthLine(spec: Pick<ClusterSpec, 'directors' | 'vrrpInstances'>, s: ClusterLiveSummary | undefined): HealthLine {
  if (!s || s.live === false || s.directors.total === 0) {
    const problems = s?.drift?.drifted ? [`drift on ${s.drift.directors.join(', ')}`] : [];
    return { tone: problems.length ? 'bad' : 'unknown', problems };
  }
  const bad: string[] = [];
  const warn: string[] = [];
  const down = s.directors.total - s.directors.reachable;
  if (down > 0) (down === s.directors.total ? bad : warn).push(`${plural(down, 'director')} down`);
  for (const m of mastersOf(spec, s)) {
    if (m.hasVips && m.owners.length === 0) bad.push(`${m.instance} has no MASTER`);
    else if (m.owners.length > 1) bad.push(`${m.instance} split brain (${m.owners.join(', ')})`);
  }
  const rsDown = (s.realServers.down ?? 0) + (s.realServers.missing ?? 0);
  if (rsDown) warn.push(`${plural(rsDown, 'real server')} down`);
  if (s.drift?.drifted) bad.push(`drift on ${s.drift.directors.join(', ')}`);
  if (s.lastDeployment?.status === 'failed') bad.push(`deployment #${s.lastDeployment.revision} failed`);
  return { tone: bad.length ? 'bad' : warn.length ? 'warn' : 'ok', problems: [...bad, ...warn] };
}

/** The page title: `● name — problem` (or "healthy"), with the tab after it. */
export function clusterTitle(name: string, h: HealthLine, tab?: string): string {
  const status = h.problems.length
    ? h.problems[0] + (h.problems.length > 1 ? ` (+${h.problems.length - 1})` : '')
    : h.tone === 'ok'
      ? 'healthy'
      : 'not observed';
  return `● ${name} — ${status}${tab ? ` · ${tab}` : ''} · LVS Console`;
}

/** MASTER of each VRRP instance: the director that holds its VIPs now (null: nobody, or several). */
export function mastersOf(
  spec: Pick<ClusterSpec, 'vrrpInstances'>,
  s: ClusterLiveSummary | undefined,
): { instance: string; master: string | null; owners: string[]; hasVips: boolean }[] {
  return spec.vrrpInstances.map((i) => {
    // The summary names a VIP by its address, the spec with its prefix length (10.0.0.1/32).
    const owners = [...new Set(i.vips.flatMap((v) => s?.vips[v.address.replace(/\/\d+$/, '')]?.owners ?? []))];
    return { instance: i.name, master: owners.length === 1 ? owners[0] : null, owners, hasVips: i.vips.length > 0 };
  });
}
