import {
  FORWARD_BY_NAME,
  type IpvsCounters,
  type IpvsNumberColumns,
  type IpvsNumbers,
  type IpvsProtocol,
  type IpvsRates,
  type IpvsRealServer,
  type IpvsService,
  serviceKey,
} from './model';

const PROTOCOLS = new Set(['TCP', 'UDP', 'SCTP', 'FWM']);

/** `10.0.0.1:80` / `[2001:db8::1]:80` → address and port. */
export function splitHostPort(s: string): { address: string; port: number } {
  if (s.startsWith('[')) {
    const end = s.indexOf(']');
    return { address: s.slice(1, end), port: Number(s.slice(end + 2)) };
  }
  const i = s.lastIndexOf(':');
  return { address: s.slice(0, i), port: Number(s.slice(i + 1)) };
}

function num(s: string | undefined): number {
  const n = Number(s);
  if (!Number.isFinite(n)) throw new Error(`not a number: ${s}`);
  return n;
}

function serviceHead(
  prot: string,
  where: string,
): { protocol: IpvsProtocol; key: string; address?: string; port?: number; fwmark?: number } {
  const protocol = prot as IpvsProtocol;
  if (protocol === 'FWM') {
    const fwmark = num(where);
    return { protocol, fwmark, key: serviceKey(protocol, undefined, undefined, fwmark) };
  }
  const { address, port } = splitHostPort(where);
  return { protocol, address, port, key: serviceKey(protocol, address, port, undefined) };
}

/**
 * `ipvsadm -Ln [--exact] [--thresholds]`: services with scheduler, flags, persistence and their real
 * servers (forwarding, weight, active/inactive connections). IPv4, IPv6 and fwmark services.
 */
export function parseIpvsList(text: string): IpvsService[] {
  const services: IpvsService[] = [];
  let current: IpvsService | undefined;
  let thresholds = false;
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (!line) continue;
    const t = line.trim();
    if (t.startsWith('-> RemoteAddress')) {
      thresholds = /Uthreshold/.test(t);
      continue;
    }
    if (t.startsWith('IP Virtual Server') || t.startsWith('Prot LocalAddress')) continue;
    if (t.startsWith('->')) {
      if (!current) throw new Error(`real server before any service: ${t}`);
      const f = fields(t).slice(1);
      const { address, port } = splitHostPort(f[0]);
      const rs: IpvsRealServer = {
        key: f[0],
        address,
        port,
        forward: FORWARD_BY_NAME[f[1]] ?? 'DR',
        weight: num(f[2]),
        activeConn: thresholds ? 0 : num(f[3]),
        inactConn: thresholds ? 0 : num(f[4]),
      };
      if (thresholds) {
        rs.upperThreshold = num(f[3]);
        rs.lowerThreshold = num(f[4]);
      }
      current.realServers.push(rs);
      continue;
    }
    const f = fields(t);
    if (!PROTOCOLS.has(f[0])) throw new Error(`unexpected line: ${t}`);
    const head = serviceHead(f[0], f[1]);
    const svc: IpvsService = { ...head, scheduler: f[2], flags: [], realServers: [] };
    for (let i = 3; i < f.length; i++) {
      const w = f[i];
      if (w === 'persistent') svc.persistence = { timeout: num(f[++i]) };
      else if (w === 'mask' && svc.persistence) svc.persistence.netmask = f[++i];
      else if (w === 'pe') svc.pe = f[++i];
      else if (w === 'ops') svc.flags.push('ops');
      else if (w.startsWith('(')) svc.flags.push(...w.replace(/[()]/g, '').split(',').filter(Boolean));
    }
    services.push(svc);
    current = svc;
  }
  return services;
}

/** Splits on runs of spaces/tabs without a regex (the hot loop of 20k-line tables). */
export function fields(line: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= line.length; i++) {
    const c = i < line.length ? line.charCodeAt(i) : 32;
    const space = c === 32 || c === 9 || c === 13;
    if (space) {
      if (start >= 0) {
        out.push(line.slice(start, i));
        start = -1;
      }
    } else if (start < 0) start = i;
  }
  return out;
}

/**
 * The stats/rate tables are the hot path (20k lines a second per director), so this scans char
 * codes in place: numbers are read without slicing, only the host:port token becomes a string.
 */
export function parseNumberColumns(text: string): IpvsNumberColumns {
  const serviceKeys: string[] = [];
  const realServerKeys: string[] = [];
  /** Index into serviceKeys of each real server's service. */
  const realServerService: number[] = [];
  // Grown by doubling; five numbers a row.
  let sv: Float64Array = new Float64Array(5 * 256);
  let rv: Float64Array = new Float64Array(5 * 4096);
  let current: string | undefined;
  const len = text.length;
  let i = 0;
  const skipSpaces = () => {
    while (i < len) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 13) break;
      i++;
    }
  };
  const token = (): string => {
    const a = i;
    while (i < len) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) break;
      i++;
    }
    return text.slice(a, i);
  };
  const number = (): number => {
    skipSpaces();
    let n = 0;
    const a = i;
    while (i < len) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) break;
      n = n * 10 + d;
      i++;
    }
    if (i === a) throw new Error(`expected a number at offset ${a}`);
    const c = text.charCodeAt(i);
    const unit = c === 75 /* K */ ? 1e3 : c === 77 /* M */ ? 1e6 : c === 71 /* G */ ? 1e9 : 0;
    if (unit) {
      n *= unit;
      i++;
    }
    return n;
  };
  const readFive = (into: Float64Array, row: number) => {
    const o = row * 5;
    for (let k = 0; k < 5; k++) into[o + k] = number();
  };
  const grow = (a: Float64Array, rows: number): Float64Array => {
    if ((rows + 1) * 5 <= a.length) return a;
    const b = new Float64Array(a.length * 2);
    b.set(a);
    return b;
  };
  const nextLine = () => {
    const nl = text.indexOf('\n', i);
    i = nl < 0 ? len : nl + 1;
  };
  while (i < len) {
    skipSpaces();
    if (i >= len) break;
    const c = text.charCodeAt(i);
    if (c === 10) {
      i++;
      continue;
    }
    if (c === 45 /* - */ && text.charCodeAt(i + 1) === 62 /* > */) {
      i += 2;
      skipSpaces();
      if (text.charCodeAt(i) === 82 /* R: the "-> RemoteAddress:Port" header */) {
        nextLine();
        continue;
      }
      if (current === undefined) throw new Error('real server before any service');
      const row = realServerKeys.length;
      rv = grow(rv, row);
      realServerKeys.push(token());
      realServerService.push(serviceKeys.length - 1);
      readFive(rv, row);
      nextLine();
      continue;
    }
    const proto = token();
    if (proto === 'IP' || proto === 'Prot') {
      nextLine();
      continue;
    }
    if (!PROTOCOLS.has(proto)) throw new Error(`unexpected line starting with ${JSON.stringify(proto)}`);
    skipSpaces();
    const where = token();
    // ipvsadm prints host:port exactly as our keys spell them ([v6]:port), so no re-formatting.
    current = proto === 'FWM' ? `fwmark:${Number(where)}` : `${where}/${proto}`;
    const row = serviceKeys.length;
    sv = grow(sv, row);
    serviceKeys.push(current);
    readFive(sv, row);
    nextLine();
  }
  return {
    serviceKeys,
    serviceValues: sv.subarray(0, serviceKeys.length * 5),
    realServerKeys,
    realServerService,
    realServerValues: rv.subarray(0, realServerKeys.length * 5),
  };
}

function toMaps<T>(c: IpvsNumberColumns, make: (v: Float64Array, o: number) => T): IpvsNumbers<T> {
  const services = new Map<string, T>();
  const realServers = new Map<string, T>();
  c.serviceKeys.forEach((k, i) => services.set(k, make(c.serviceValues, i * 5)));
  c.realServerKeys.forEach((k, i) => realServers.set(`${c.serviceKeys[c.realServerService[i]]}>${k}`, make(c.realServerValues, i * 5)));
  return { services, realServers };
}

/** Numbers as ipvsadm prints them; without --exact they carry K/M/G (×1000) suffixes. */
export function exactNumber(s: string): number {
  let n = 0;
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    n = n * 10 + c;
  }
  if (i === 0 || i < s.length - 1) throw new Error(`not an ipvsadm number: ${s}`);
  if (i === s.length) return n;
  const unit = s[i];
  if (unit === 'K') return n * 1e3;
  if (unit === 'M') return n * 1e6;
  if (unit === 'G') return n * 1e9;
  throw new Error(`not an ipvsadm number: ${s}`);
}

/** `ipvsadm -Ln --stats --exact`: cumulative connections, packets and bytes per service and real server. */
export function parseIpvsStats(text: string): IpvsNumbers<IpvsCounters> {
  return toMaps(parseNumberColumns(text), (v, o) => ({
    conns: v[o],
    inPkts: v[o + 1],
    outPkts: v[o + 2],
    inBytes: v[o + 3],
    outBytes: v[o + 4],
  }));
}

/** `ipvsadm -Ln --rate --exact`: connections, packets and bytes per second. */
export function parseIpvsRates(text: string): IpvsNumbers<IpvsRates> {
  return toMaps(parseNumberColumns(text), (v, o) => ({ cps: v[o], inPps: v[o + 1], outPps: v[o + 2], inBps: v[o + 3], outBps: v[o + 4] }));
}
