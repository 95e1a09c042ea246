import type { IpvsForward, IpvsRealServer, IpvsService } from './model';

/**
 * Reconciling a live IPVS table with wanted rules (both as `parseIpvsSave` returns them) without
 * ever clearing the table: the smallest set of `ipvsadm` commands — services added (`-A`), edited
 * (`-E`: scheduler, persistence, flags, pe) or deleted (`-D`); real servers added (`-a`), edited
 * (`-e`: weight, forwarding, thresholds) or deleted (`-d`). Identity is the service key
 * (protocol + address + port, or fwmark) and the real server's `address:port` within its service.
 */

export type IpvsOp = '-A' | '-E' | '-D' | '-a' | '-e' | '-d';

export interface IpvsCommand {
  op: IpvsOp;
  /** ipvsadm's arguments after the program name, e.g. `['-e', '-t', '10.0.0.1:80', '-r', '10.0.0.11:80', '-g', '-w', '5']`. */
  args: string[];
  /** The service key (and `>realServerKey` for real servers) the command is about. */
  target: string;
}

const FORWARD: Record<IpvsForward, string> = { DR: '-g', NAT: '-m', TUN: '-i', LOCAL: '-g' };

function host(address: string, port: number): string {
  return `${address.includes(':') ? `[${address}]` : address}:${port}`;
}

/** `-t 10.0.0.1:80`, `-u …`, `--sctp-service …` or `-f 7` (`-6` when the fwmark service is IPv6). */
export function serviceSelector(svc: IpvsService): string[] {
  switch (svc.protocol) {
    case 'FWM': {
      const v6 = svc.realServers.some((r) => r.address.includes(':'));
      return ['-f', String(svc.fwmark), ...(v6 ? ['-6'] : [])];
    }
    case 'TCP':
      return ['-t', host(svc.address!, svc.port ?? 0)];
    case 'UDP':
      return ['-u', host(svc.address!, svc.port ?? 0)];
    case 'SCTP':
      return ['--sctp-service', host(svc.address!, svc.port ?? 0)];
  }
}

function isDefaultNetmask(m: string | undefined): boolean {
  return m === undefined || m === '255.255.255.255' || m === '128' || m === 'ffffffff';
}

function schedFlags(svc: IpvsService): string[] {
  return svc.flags.filter((f) => f !== 'ops').sort();
}

/** The options that `-A`/`-E` set: scheduler, persistence, scheduler flags, one-packet scheduling, pe. */
export function serviceOptions(svc: IpvsService): string[] {
  const out = ['-s', svc.scheduler];
  if (svc.persistence) {
    out.push('-p', String(svc.persistence.timeout));
    if (!isDefaultNetmask(svc.persistence.netmask)) out.push('-M', svc.persistence.netmask!);
  }
  const flags = schedFlags(svc);
  if (flags.length) out.push('-b', flags.join(','));
  if (svc.flags.includes('ops')) out.push('-o');
  if (svc.pe) out.push('--pe', svc.pe);
  return out;
}

/** The options that `-a`/`-e` set: forwarding, weight, thresholds (0 = none, as the kernel keeps it). */
export function realServerOptions(rs: IpvsRealServer): string[] {
  const out = [FORWARD[rs.forward], '-w', String(rs.weight)];
  if (rs.upperThreshold) out.push('-x', String(rs.upperThreshold));
  if (rs.lowerThreshold) out.push('-y', String(rs.lowerThreshold));
  return out;
}

function sameService(a: IpvsService, b: IpvsService): boolean {
  return serviceOptions(a).join(' ') === serviceOptions(b).join(' ');
}

function sameRealServer(a: IpvsRealServer, b: IpvsRealServer): boolean {
  return realServerOptions(a).join(' ') === realServerOptions(b).join(' ');
}

/**
 * The commands that turn `live` into `want`, in an order that never leaves a kept service without
 * capacity it is about to get: new services, service edits, new real servers, real server edits,
 * then real server deletions and last service deletions (a deleted service takes its real servers).
 */
export function diffIpvsTables(live: IpvsService[], want: IpvsService[]): IpvsCommand[] {
  const liveBy = new Map(live.map((s) => [s.key, s]));
  const wantBy = new Map(want.map((s) => [s.key, s]));
  const add: IpvsCommand[] = [];
  const edit: IpvsCommand[] = [];
  const addRs: IpvsCommand[] = [];
  const editRs: IpvsCommand[] = [];
  const delRs: IpvsCommand[] = [];
  const del: IpvsCommand[] = [];
  for (const w of want) {
    const sel = serviceSelector(w);
    const l = liveBy.get(w.key);
    if (!l) add.push({ op: '-A', args: ['-A', ...sel, ...serviceOptions(w)], target: w.key });
    else if (!sameService(l, w)) edit.push({ op: '-E', args: ['-E', ...sel, ...serviceOptions(w)], target: w.key });
    const liveRs = new Map((l?.realServers ?? []).map((r) => [r.key, r]));
    const wantRs = new Set(w.realServers.map((r) => r.key));
    for (const r of w.realServers) {
      const have = liveRs.get(r.key);
      const rsArgs = ['-r', host(r.address, r.port), ...realServerOptions(r)];
      if (!have) addRs.push({ op: '-a', args: ['-a', ...sel, ...rsArgs], target: `${w.key}>${r.key}` });
      else if (!sameRealServer(have, r)) editRs.push({ op: '-e', args: ['-e', ...sel, ...rsArgs], target: `${w.key}>${r.key}` });
    }
    for (const r of l?.realServers ?? []) {
      if (!wantRs.has(r.key)) delRs.push({ op: '-d', args: ['-d', ...sel, '-r', host(r.address, r.port)], target: `${w.key}>${r.key}` });
    }
  }
  for (const l of live) {
    if (!wantBy.has(l.key)) del.push({ op: '-D', args: ['-D', ...serviceSelector(l)], target: l.key });
  }
  return [...add, ...edit, ...addRs, ...editRs, ...delRs, ...del];
}

/** A table as comparable lines (one per service and per real server), sorted: equal sets ⇔ equal arrays. */
export function canonicalIpvsTable(table: IpvsService[]): string[] {
  const out: string[] = [];
  for (const s of table) {
    out.push(`${s.key} ${serviceOptions(s).join(' ')}`);
    for (const r of s.realServers) out.push(`${s.key}>${r.key} ${realServerOptions(r).join(' ')}`);
  }
  return out.sort();
}

/** What differs between two tables as `- line`/`+ line` (empty when they are the same as sets). */
export function ipvsTableDifferences(have: IpvsService[], want: IpvsService[]): string[] {
  const a = new Set(canonicalIpvsTable(have));
  const b = new Set(canonicalIpvsTable(want));
  return [...[...a].filter((x) => !b.has(x)).map((x) => `- ${x}`), ...[...b].filter((x) => !a.has(x)).map((x) => `+ ${x}`)];
}

export function sameIpvsTable(a: IpvsService[], b: IpvsService[]): boolean {
  return ipvsTableDifferences(a, b).length === 0;
}

/**
 * Drift of a table that keepalived's checkers manage: what in `live` the checkers cannot explain
 * against `want` (the table the config asks for), as `- live line` / `+ wanted line`. A checker
 * takes failed real servers out (or sets their weight to 0 with inhibit_on_failure) and may add a
 * sorry server (`tolerated`), so a wanted real server that is absent, or present with weight 0, is
 * health, not drift. Everything else is: a service or real server nobody asked for (a manual
 * `ipvsadm -a`), a wanted service missing, a service's scheduler or persistence changed, a real
 * server's forwarding, non-zero weight or thresholds changed (a manual `ipvsadm -e`).
 */
export function checkerTableDrift(
  live: IpvsService[],
  want: IpvsService[],
  tolerated: (service: string, realServer: string) => boolean = () => false,
): string[] {
  const svcLine = (s: IpvsService) => `${s.key} ${serviceOptions(s).join(' ')}`;
  const rsLine = (s: IpvsService, r: IpvsRealServer) => `${s.key}>${r.key} ${realServerOptions(r).join(' ')}`;
  const out: string[] = [];
  const liveBy = new Map(live.map((s) => [s.key, s]));
  const wantBy = new Map(want.map((s) => [s.key, s]));
  for (const w of want) {
    const l = liveBy.get(w.key);
    if (!l) out.push(`+ ${svcLine(w)}`);
    else if (!sameService(l, w)) out.push(`- ${svcLine(l)}`, `+ ${svcLine(w)}`);
  }
  for (const l of live) {
    const w = wantBy.get(l.key);
    if (!w) {
      out.push(`- ${svcLine(l)}`, ...l.realServers.map((r) => `- ${rsLine(l, r)}`));
      continue;
    }
    const wantRs = new Map(w.realServers.map((r) => [r.key, r]));
    for (const r of l.realServers) {
      const wr = wantRs.get(r.key);
      if (!wr) {
        if (!tolerated(l.key, r.key)) out.push(`- ${rsLine(l, r)}`);
      } else if (!sameRealServer(r, wr) && !(r.weight === 0 && sameRealServer({ ...r, weight: wr.weight }, wr))) {
        out.push(`- ${rsLine(l, r)}`, `+ ${rsLine(w, wr)}`);
      }
    }
  }
  return out;
}
