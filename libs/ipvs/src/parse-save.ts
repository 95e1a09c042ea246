import { hostKey, type IpvsForward, type IpvsProtocol, type IpvsService, serviceKey } from './model';
import { splitHostPort } from './parse-list';

const PROTO_FLAG: Record<string, IpvsProtocol> = {
  '-t': 'TCP',
  '--tcp-service': 'TCP',
  '-u': 'UDP',
  '--udp-service': 'UDP',
  '--sctp-service': 'SCTP',
  '-f': 'FWM',
  '--fwmark-service': 'FWM',
};
const FORWARD_FLAG: Record<string, IpvsForward> = {
  '-g': 'DR',
  '--gatewaying': 'DR',
  '-m': 'NAT',
  '--masquerading': 'NAT',
  '-i': 'TUN',
  '--ipip': 'TUN',
};

/**
 * `ipvsadm-save -n` (the same lines `ipvsadm-restore` reads): `-A` services and `-a` real servers.
 * Note ipvsadm 1.26 prints every non-TCP service as `-u`, so SCTP services come out as UDP.
 */
export function parseIpvsSave(text: string): IpvsService[] {
  const services = new Map<string, IpvsService>();
  text.split('\n').forEach((raw, n) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const w = line.split(/\s+/);
    const cmd = w[0];
    if (cmd !== '-A' && cmd !== '-a') throw new Error(`line ${n + 1}: expected -A or -a: ${line}`);
    const protoFlag = w.find((x) => x in PROTO_FLAG);
    if (!protoFlag) throw new Error(`line ${n + 1}: no service (-t/-u/--sctp-service/-f): ${line}`);
    const protocol = PROTO_FLAG[protoFlag];
    const where = w[w.indexOf(protoFlag) + 1];
    const { address, port } = protocol === 'FWM' ? { address: undefined, port: undefined } : splitHostPort(where);
    const fwmark = protocol === 'FWM' ? Number(where) : undefined;
    const key = serviceKey(protocol, address, port, fwmark);
    const opt = (...names: string[]) => {
      for (const name of names) {
        const i = w.indexOf(name);
        if (i >= 0) return w[i + 1];
      }
      return undefined;
    };
    if (cmd === '-A') {
      const svc: IpvsService = {
        key,
        protocol,
        address,
        port,
        fwmark,
        scheduler: opt('-s', '--scheduler') ?? 'wlc',
        flags: [],
        realServers: [],
      };
      const timeout = opt('-p', '--persistent');
      if (timeout !== undefined) svc.persistence = { timeout: Number(timeout), netmask: opt('-M', '--netmask') };
      const flags = opt('-b', '--sched-flags');
      if (flags) svc.flags.push(...flags.split(','));
      if (w.includes('-o') || w.includes('--ops')) svc.flags.push('ops');
      const pe = opt('--pe');
      if (pe) svc.pe = pe;
      services.set(key, svc);
      return;
    }
    const svc = services.get(key);
    if (!svc) throw new Error(`line ${n + 1}: real server for unknown service ${key}`);
    const rs = splitHostPort(opt('-r', '--real-server')!);
    const forwardFlag = w.find((x) => x in FORWARD_FLAG);
    const upper = opt('-x', '--u-threshold');
    const lower = opt('-y', '--l-threshold');
    svc.realServers.push({
      key: hostKey(rs.address, rs.port),
      address: rs.address,
      port: rs.port,
      forward: forwardFlag ? FORWARD_FLAG[forwardFlag] : 'DR',
      weight: Number(opt('-w', '--weight') ?? 1),
      activeConn: 0,
      inactConn: 0,
      ...(upper !== undefined ? { upperThreshold: Number(upper) } : {}),
      ...(lower !== undefined ? { lowerThreshold: Number(lower) } : {}),
    });
  });
  return [...services.values()];
}
