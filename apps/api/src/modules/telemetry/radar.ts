import type { ClusterLiveState, ClusterSpec, Incident, IncidentEvidence, IncidentType } from '@lvs/domain';

/** What one director's running keepalived.conf says about one VRRP instance (the auth secret only as a digest). */
export interface InstanceConfigFacts {
  virtualRouterId: number;
  advertInt: number;
  /** `PASS:<sha256 of the secret>`, `AH:<…>`, or `none`: kept in memory, compared, never shown (not even the digest). */
  auth: string;
  vrrpVersion: number;
  /** Bare VIP addresses, sorted. */
  vips: string[];
}

/** director → instance name → facts (absent: not read yet, or not on that director). */
export type ConfigFacts = ReadonlyMap<string, ReadonlyMap<string, InstanceConfigFacts>>;

/** One thing wrong with an instance right now (the tracker turns findings into incidents). */
export interface RadarFinding {
  /** `instance|type`: one open incident per key. */
  key: string;
  instance: string;
  type: IncidentType;
  severity: Incident['severity'];
  summary: string;
  directors: string[];
  evidence: IncidentEvidence[];
}

const bare = (cidr: string) => cidr.split('/')[0].toLowerCase();
const KEEPALIVED_UP = new Set(['MASTER', 'BACKUP', 'FAULT']);

/**
 * The radar's rules, per VRRP instance, from the live state (and, when read, the members' running
 * configs): exactly one MASTER among the reachable members; the MASTER holds the instance's VIPs and
 * nobody else holds them; the members agree on VRID, advert_int, authentication, version and VIPs.
 * Members not observed (`unknown`) are left out; keepalived stopped on a member is not a vote.
 */
export function evaluateRadar(spec: ClusterSpec, state: ClusterLiveState, configs?: ConfigFacts): RadarFinding[] {
  const out: RadarFinding[] = [];
  for (const inst of spec.vrrpInstances) {
    const live = state.instances[inst.name];
    if (!live) continue;
    const members = inst.members.map((m) => m.director);
    const states = members.map((d) => [d, live.states[d] ?? 'unknown'] as const);
    const running = states.filter(([, s]) => KEEPALIVED_UP.has(s));
    const masters = running.filter(([, s]) => s === 'MASTER').map(([d]) => d);
    const vips = inst.vips.map((v) => bare(v.address));
    const holders = (vip: string) => state.vips[vip]?.owners ?? [];
    const stateEvidence = (): IncidentEvidence[] =>
      states
        .filter(([, s]) => s !== 'unknown')
        .map(([d, s]) => {
          const held = vips.filter((v) => holders(v).includes(d));
          return { director: d, says: held.length ? `${s}, holds ${held.join(', ')}` : s, since: live.since };
        });
    const push = (type: IncidentType, severity: Incident['severity'], summary: string, directors: string[], evidence: IncidentEvidence[]) =>
      out.push({ key: `${inst.name}|${type}`, instance: inst.name, type, severity, summary, directors, evidence });

    if (masters.length > 1) {
      push(
        'two_masters',
        'critical',
        `${inst.name}: ${masters.length} directors are MASTER (${masters.join(', ')})`,
        masters,
        stateEvidence(),
      );
    } else if (masters.length === 0 && running.length > 0) {
      push(
        'no_master',
        'critical',
        `${inst.name}: no MASTER among ${running.map(([d]) => d).join(', ')}`,
        running.map(([d]) => d),
        stateEvidence(),
      );
    }
    // With two MASTERs the VIPs are on both: that incident already says so.
    if (masters.length <= 1) {
      const master = masters[0];
      for (const vip of vips) {
        const on = holders(vip);
        const since = state.vips[vip]?.since;
        if (on.length > 1)
          push(
            'vip_on_several',
            'critical',
            `${inst.name}: ${vip} is on ${on.join(' and ')}`,
            on,
            on.map((d) => ({ director: d, says: `holds ${vip} (${live.states[d] ?? 'unknown'})`, since })),
          );
        else if (on.length === 1 && master && on[0] !== master)
          push(
            'vip_on_backup',
            'critical',
            `${inst.name}: ${vip} is on ${on[0]}, not on the MASTER ${master}`,
            [on[0], master],
            [
              { director: on[0], says: `holds ${vip} (${live.states[on[0]] ?? 'unknown'})`, since },
              { director: master, says: 'MASTER without it', since: live.since },
            ],
          );
        else if (on.length === 0 && master)
          push(
            'vip_missing',
            'warning',
            `${inst.name}: the MASTER ${master} does not hold ${vip}`,
            [master],
            [{ director: master, says: `MASTER without ${vip}`, since }],
          );
      }
    }
    if (configs) {
      const mismatch = configMismatch(inst.name, members, configs);
      if (mismatch)
        push(
          'config_mismatch',
          'critical',
          `${inst.name}: the members' running configs differ in ${mismatch.fields.join(', ')}`,
          mismatch.directors,
          mismatch.evidence,
        );
    }
  }
  return dedupe(out);
}

/** Several VIPs with the same problem on one instance: one finding, every VIP's evidence. */
function dedupe(findings: RadarFinding[]): RadarFinding[] {
  const by = new Map<string, RadarFinding>();
  for (const f of findings) {
    const seen = by.get(f.key);
    if (!seen) by.set(f.key, f);
    else {
      seen.evidence.push(...f.evidence);
      seen.directors = [...new Set([...seen.directors, ...f.directors])];
      seen.summary = `${seen.summary}; ${f.summary.slice(f.instance.length + 2)}`;
    }
  }
  return [...by.values()];
}

const FIELDS: { field: keyof InstanceConfigFacts; label: string; show: (f: InstanceConfigFacts) => string }[] = [
  { field: 'virtualRouterId', label: 'virtual_router_id', show: (f) => String(f.virtualRouterId) },
  { field: 'advertInt', label: 'advert_int', show: (f) => String(f.advertInt) },
  { field: 'auth', label: 'authentication', show: (f) => (f.auth === 'none' ? 'none' : f.auth.split(':')[0]) },
  { field: 'vrrpVersion', label: 'version', show: (f) => String(f.vrrpVersion) },
  { field: 'vips', label: 'VIP set', show: (f) => f.vips.join(' ') || '(none)' },
];

function configMismatch(
  instance: string,
  members: string[],
  configs: ConfigFacts,
): { fields: string[]; directors: string[]; evidence: IncidentEvidence[] } | undefined {
  const read = members.flatMap((d) => {
    const f = configs.get(d)?.get(instance);
    return f ? [[d, f] as const] : [];
  });
  if (read.length < 2) return undefined;
  const fields: string[] = [];
  const evidence: IncidentEvidence[] = [];
  const directors = new Set<string>();
  for (const { field, label, show } of FIELDS) {
    const values = read.map(([d, f]) => [d, show(f), JSON.stringify(f[field])] as const);
    const distinct = [...new Set(values.map(([, , v]) => v))];
    if (distinct.length <= 1) continue;
    fields.push(label);
    for (const [d, shown, v] of values) {
      // Secrets differ or agree, and that is all that is said: "secret 1", "secret 2" in order of appearance.
      const which = field === 'auth' && !shown.startsWith('none') ? `, secret ${distinct.indexOf(v) + 1}` : '';
      evidence.push({ director: d, says: `${label} ${shown}${which}` });
      directors.add(d);
    }
  }
  return fields.length ? { fields, directors: [...directors], evidence } : undefined;
}

/** How long a finding must hold before it opens an incident: a normal failover passes through some of them. */
export function graceMs(type: IncidentType, advertInt: number): number {
  switch (type) {
    // A BACKUP takes over after the master-down interval (3 × advert_int plus skew): no MASTER until then.
    case 'no_master':
    case 'vip_missing':
      return (3 * advertInt + 1) * 1000;
    // During a hand-over the old MASTER drops the VIPs within an advert of the new one's claim.
    case 'two_masters':
    case 'vip_on_several':
    case 'vip_on_backup':
      return Math.min(1000, advertInt * 1000);
    case 'config_mismatch':
      return 0;
  }
}

export interface TrackerUpdate {
  opened: Incident[];
  resolved: (Incident & { resolvedAt: string })[];
  /** The open set changed (send it). */
  changed: boolean;
  /** A finding waits for its grace: evaluate again at this time (ms), even without a new state. */
  recheckAt?: number;
}

/**
 * Turns findings into incidents: a finding that held for its grace opens one (stable id, opened
 * time = when it was first seen), a finding that is gone resolves it. The evidence of an open
 * incident follows the latest finding (sent when it changes).
 */
export class IncidentTracker {
  private readonly open = new Map<string, Incident>();
  private readonly pending = new Map<string, number>();

  constructor(
    private readonly clusterId: string,
    private readonly newId: () => string,
  ) {}

  /** Open incidents restored from the timeline (after an API restart), so they are not opened twice. */
  restore(incidents: readonly Incident[]): void {
    for (const i of incidents) this.open.set(`${i.instance}|${i.type}`, i);
  }

  list(): Incident[] {
    return [...this.open.values()];
  }

  update(findings: readonly RadarFinding[], now: number, grace: (f: RadarFinding) => number): TrackerUpdate {
    const res: TrackerUpdate = { opened: [], resolved: [], changed: false };
    const seen = new Set<string>();
    for (const f of findings) {
      seen.add(f.key);
      const cur = this.open.get(f.key);
      if (cur) {
        const next = { ...cur, summary: f.summary, directors: f.directors, evidence: f.evidence };
        if (JSON.stringify(next) !== JSON.stringify(cur)) {
          this.open.set(f.key, next);
          res.changed = true;
        }
        continue;
      }
      const first = this.pending.get(f.key) ?? now;
      this.pending.set(f.key, first);
      const due = first + grace(f);
      if (now < due) {
        res.recheckAt = Math.min(res.recheckAt ?? Infinity, due);
        continue;
      }
      this.pending.delete(f.key);
      const inc: Incident = {
        id: this.newId(),
        clusterId: this.clusterId,
        instance: f.instance,
        type: f.type,
        severity: f.severity,
        summary: f.summary,
        directors: f.directors,
        evidence: f.evidence,
        openedAt: new Date(first).toISOString(),
      };
      this.open.set(f.key, inc);
      res.opened.push(inc);
      res.changed = true;
    }
    for (const key of [...this.pending.keys()]) if (!seen.has(key)) this.pending.delete(key);
    for (const [key, inc] of [...this.open]) {
      if (seen.has(key)) continue;
      this.open.delete(key);
      res.resolved.push({ ...inc, resolvedAt: new Date(now).toISOString() });
      res.changed = true;
    }
    return res;
  }
}
