import { FORWARD_BY_NAME, hostKey, type IpvsCounters, type IpvsProtocol, type IpvsRates, type IpvsService, serviceKey } from './model';

/** `0A000001` → `10.0.0.1`; 32 hex digits (with or without colons) → a compressed IPv6 address. */
export function hexAddress(hex: string): string {
  const h = hex.replace(/:/g, '');
  if (h.length === 8) return [0, 2, 4, 6].map((i) => parseInt(h.slice(i, i + 2), 16)).join('.');
  const groups = Array.from({ length: 8 }, (_, i) => parseInt(h.slice(i * 4, i * 4 + 4), 16).toString(16));
  // RFC 5952: compress the longest run of two or more zero groups.
  let best = { at: -1, len: 0 };
  for (let i = 0; i < 8;) {
    if (groups[i] !== '0') {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === '0') j++;
    if (j - i > best.len && j - i >= 2) best = { at: i, len: j - i };
    i = j;
  }
  if (best.at < 0) return groups.join(':');
  return `${groups.slice(0, best.at).join(':')}::${groups.slice(best.at + best.len).join(':')}`;
}

function hexHostPort(s: string): { address: string; port: number } {
  if (s.startsWith('[')) {
    const end = s.indexOf(']');
    return { address: hexAddress(s.slice(1, end)), port: parseInt(s.slice(end + 2), 16) };
  }
  const [a, p] = s.split(':');
  return { address: hexAddress(a), port: parseInt(p, 16) };
}

/** `/proc/net/ip_vs`: the -Ln table with hexadecimal addresses and ports (and the netmask in hex). */
export function parseProcIpVs(text: string): IpvsService[] {
  const out: IpvsService[] = [];
  let current: IpvsService | undefined;
  for (const raw of text.split('\n')) {
    const t = raw.trim();
    if (!t || t.startsWith('IP Virtual Server') || t.startsWith('Prot ') || t.startsWith('-> RemoteAddress')) continue;
    const f = t.replace(/^->\s*/, '-> ').split(/\s+/);
    if (f[0] === '->') {
      const { address, port } = hexHostPort(f[1]);
      current?.realServers.push({
        key: hostKey(address, port),
        address,
        port,
        forward: FORWARD_BY_NAME[f[2]] ?? 'DR',
        weight: Number(f[3]),
        activeConn: Number(f[4]),
        inactConn: Number(f[5]),
      });
      continue;
    }
    const protocol = f[0] as IpvsProtocol;
    let svc: IpvsService;
    if (protocol === 'FWM') {
      const fwmark = parseInt(f[1], 16);
      svc = { key: serviceKey('FWM', undefined, undefined, fwmark), protocol, fwmark, scheduler: f[2], flags: [], realServers: [] };
    } else {
      const { address, port } = hexHostPort(f[1]);
      svc = { key: serviceKey(protocol, address, port, undefined), protocol, address, port, scheduler: f[2], flags: [], realServers: [] };
    }
    const p = f.indexOf('persistent');
    if (p >= 0) {
      const mask = f[p + 2];
      svc.persistence = {
        timeout: Number(f[p + 1]),
        netmask: mask ? (mask.length === 8 ? hexAddress(mask) : String(parseInt(mask, 16))) : undefined,
      };
    }
    out.push(svc);
    current = svc;
  }
  return out;
}

/** `/proc/net/ip_vs_stats`: totals (hex) and current rates (hex). */
export function parseProcIpVsStats(text: string): { totals: IpvsCounters; rates: IpvsRates } {
  const rows = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^[0-9A-Fa-f]+(\s+[0-9A-Fa-f]+){4}$/.test(l))
    .map((l) => l.split(/\s+/).map((x) => parseInt(x, 16)));
  if (rows.length < 2) throw new Error('not /proc/net/ip_vs_stats: expected two rows of five hexadecimal numbers');
  const [c, r] = rows;
  return {
    totals: { conns: c[0], inPkts: c[1], outPkts: c[2], inBytes: c[3], outBytes: c[4] },
    rates: { cps: r[0], inPps: r[1], outPps: r[2], inBps: r[3], outBps: r[4] },
  };
}

/** `/proc/net/ip_vs_conn`: connection counts by state, and per real server (`address:port`). */
export function countProcIpVsConn(text: string): { total: number; byState: Record<string, number>; byRealServer: Record<string, number> } {
  const byState: Record<string, number> = {};
  const byRealServer: Record<string, number> = {};
  let total = 0;
  for (const raw of text.split('\n')) {
    const f = raw.trim().split(/\s+/);
    if (f.length < 8 || f[0] === 'Pro') continue;
    total++;
    byState[f[7]] = (byState[f[7]] ?? 0) + 1;
    // Columns are hex: Pro FromIP FPrt ToIP TPrt DestIP DPrt State …
    const rs = hostKey(hexAddress(f[5]), parseInt(f[6], 16));
    byRealServer[rs] = (byRealServer[rs] ?? 0) + 1;
  }
  return { total, byState, byRealServer };
}
