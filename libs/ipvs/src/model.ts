/** What the IPVS table holds, as the parsers return it. Keys match libs/domain's natural keys. */

export type IpvsProtocol = 'TCP' | 'UDP' | 'SCTP' | 'FWM';
export type IpvsForward = 'DR' | 'NAT' | 'TUN' | 'LOCAL';

export interface IpvsRealServer {
  /** `10.0.0.11:80` or `[2001:db8::11]:80` (libs/domain realServerKey). */
  key: string;
  address: string;
  port: number;
  forward: IpvsForward;
  weight: number;
  activeConn: number;
  inactConn: number;
  upperThreshold?: number;
  lowerThreshold?: number;
}

export interface IpvsService {
  /** `10.0.0.1:80/TCP`, `[2001:db8::1]:443/TCP` or `fwmark:7` (libs/domain virtualServiceKey). */
  key: string;
  protocol: IpvsProtocol;
  address?: string;
  port?: number;
  fwmark?: number;
  scheduler: string;
  /** Scheduler flags (sh-fallback, mh-port, …) and `ops`. */
  flags: string[];
  persistence?: { timeout: number; netmask?: string };
  pe?: string;
  realServers: IpvsRealServer[];
}

export interface IpvsCounters {
  conns: number;
  inPkts: number;
  outPkts: number;
  inBytes: number;
  outBytes: number;
}

export interface IpvsRates {
  cps: number;
  inPps: number;
  outPps: number;
  inBps: number;
  outBps: number;
}

/** Counters or rates per service key and per `serviceKey>realServerKey`. */
export interface IpvsNumbers<T> {
  services: Map<string, T>;
  realServers: Map<string, T>;
}

export const FORWARD_BY_NAME: Record<string, IpvsForward> = { Route: 'DR', Masq: 'NAT', Tunnel: 'TUN', Local: 'LOCAL' };

export function hostKey(address: string, port: number): string {
  return `${address.includes(':') ? `[${address}]` : address}:${port}`;
}

export function serviceKey(
  protocol: IpvsProtocol,
  address: string | undefined,
  port: number | undefined,
  fwmark: number | undefined,
): string {
  if (protocol === 'FWM') return `fwmark:${fwmark}`;
  return `${hostKey(address!, port ?? 0)}/${protocol}`;
}

export function realServerMapKey(service: string, realServer: string): string {
  return `${service}>${realServer}`;
}

/**
 * The same numbers in columns, for the per-second hot path: keys in table order and five numbers a
 * row (conns/cps, in packets, out packets, in bytes, out bytes) in flat typed arrays.
 */
export interface IpvsNumberColumns {
  serviceKeys: string[];
  serviceValues: Float64Array;
  /** Real server `address:port` as ipvsadm prints it (unique only within its service). */
  realServerKeys: string[];
  /** Row in serviceKeys of each real server's service. */
  realServerService: number[];
  realServerValues: Float64Array;
}
