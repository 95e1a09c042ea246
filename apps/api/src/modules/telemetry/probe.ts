import {
  type IpvsNumbers,
  type IpvsCounters,
  type IpvsRates,
  type IpvsService,
  parseIpvsList,
  parseIpvsRates,
  parseIpvsStats,
} from '@lvs/ipvs';

/**
 * One cheap command per director per tick: keepalived's process state, the director's addresses
 * (VIP ownership) and the IPVS table with its counters and rates. Sections are marked so one exec
 * answers everything; each part fails on its own (a kernel without IPVS still reports the rest).
 */
export function probeScript(pidFile: string): string {
  const q = `'${pidFile.replace(/'/g, `'\\''`)}'`;
  return [
    'echo @@keepalived',
    `p=$(cat ${q} 2>/dev/null); if [ -n "$p" ] && [ -d "/proc/$p" ]; then echo "running $p"; else echo stopped; fi`,
    'echo @@addr',
    'ip -o addr show 2>&1',
    'echo @@list',
    'ipvsadm -Ln --exact 2>&1',
    'echo @@stats',
    'ipvsadm -Ln --exact --stats 2>&1',
    'echo @@rate',
    'ipvsadm -Ln --exact --rate 2>&1',
    'echo @@end',
  ].join('\n');
}

export type IpvsObservation =
  | { available: true; services: IpvsService[]; stats: IpvsNumbers<IpvsCounters>; rates: IpvsNumbers<IpvsRates> }
  | { available: false; reason: string };

export interface DirectorObservation {
  at: number;
  keepalived: { running: boolean; pid?: number };
  /** Every address on the director's interfaces, without prefix length. */
  addresses: Set<string>;
  ipvs: IpvsObservation;
}

export class ProbeParseError extends Error {}

function sections(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let name: string | undefined;
  let lines: string[] = [];
  for (const line of text.split('\n')) {
    const m = /^@@(\w+)$/.exec(line);
    if (m) {
      if (name) out.set(name, lines.join('\n'));
      name = m[1];
      lines = [];
    } else lines.push(line);
  }
  if (name) out.set(name, lines.join('\n'));
  return out;
}

/** `2: eth0    inet 10.0.0.11/24 brd … scope global eth0` → 10.0.0.11 (v4 and v6). */
export function parseAddresses(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\binet6?\s+([0-9A-Fa-f.:]+)(?:\/\d+)?/g)) out.add(m[1].toLowerCase());
  return out;
}

function ipvsUnavailable(text: string): string | undefined {
  const t = text.trim();
  if (/Can't initialize ipvs|Protocol not available|not found|No such file|Permission denied|must be root/i.test(t)) {
    const lines = t.split('\n');
    return (lines.find((l) => l.includes("Can't initialize ipvs")) ?? lines[0]).trim();
  }
  return undefined;
}

/** Parses the probe's output; throws ProbeParseError when the answer is not the probe's. */
export function parseProbe(text: string, at = Date.now()): DirectorObservation {
  const s = sections(text);
  if (!s.has('end')) throw new ProbeParseError('the probe output is incomplete');
  const ka = (s.get('keepalived') ?? '').trim();
  const m = /^running (\d+)$/.exec(ka);
  const list = s.get('list') ?? '';
  const reason = ipvsUnavailable(list);
  let ipvs: IpvsObservation;
  if (reason) ipvs = { available: false, reason };
  else {
    try {
      ipvs = {
        available: true,
        services: parseIpvsList(list),
        stats: parseIpvsStats(s.get('stats') ?? ''),
        rates: parseIpvsRates(s.get('rate') ?? ''),
      };
    } catch (e) {
      ipvs = { available: false, reason: `unreadable ipvsadm output: ${(e as Error).message}` };
    }
  }
  return {
    at,
    keepalived: m ? { running: true, pid: Number(m[1]) } : { running: false },
    addresses: parseAddresses(s.get('addr') ?? ''),
    ipvs,
  };
}
