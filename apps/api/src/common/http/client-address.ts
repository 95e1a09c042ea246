import { BlockList, isIP } from 'node:net';

/**
 * Which peer's `X-Forwarded-For` the API believes: the dashboard's proxy (which overwrites the
 * header with its own client's socket address) and nothing past it. The default `loopback` suits
 * the dashboard and the API on one host; a remote client talking to the API directly can never
 * choose its own address (its header is ignored), and even a trusted peer vouches for one hop only.
 */
export type TrustProxy = { kind: 'none' } | { kind: 'list'; entries: string[] };

function unmapped(addr: string): string {
  // An IPv4 client on a dual-stack socket shows up as ::ffff:a.b.c.d.
  return addr.startsWith('::ffff:') && isIP(addr.slice(7)) === 4 ? addr.slice(7) : addr;
}

/** Parses TRUST_PROXY: `loopback` (default), `none`, or a comma-separated list of addresses and CIDRs (`loopback` may be one of them). */
export function parseTrustProxy(value: string): { trust: TrustProxy } | { error: string } {
  const v = value.trim();
  if (v === 'none' || v === 'false') return { trust: { kind: 'none' } };
  const entries = v
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  if (entries.length === 0) return { error: 'must be loopback, none, or addresses/CIDRs separated by commas' };
  for (const e of entries) {
    if (e === 'loopback') continue;
    const [addr, bits, extra] = e.split('/');
    const family = isIP(addr ?? '');
    const max = family === 4 ? 32 : 128;
    if (!family || extra !== undefined || (bits !== undefined && !(/^\d+$/.test(bits) && Number(bits) <= max))) {
      return { error: `"${e}" is not an address or CIDR (use loopback, none, or e.g. 10.0.0.5,192.168.0.0/24)` };
    }
  }
  return { trust: { kind: 'list', entries } };
}

/** The trust test in Express's `trust proxy` function shape: only the socket's own peer (hop 0) can be trusted. */
export function trustFunction(trust: TrustProxy): (addr: string, hop: number) => boolean {
  if (trust.kind === 'none') return () => false;
  const list = new BlockList();
  for (const e of trust.entries) {
    if (e === 'loopback') {
      list.addSubnet('127.0.0.0', 8, 'ipv4');
      list.addAddress('::1', 'ipv6');
      continue;
    }
    const [addr, bits] = e.split('/') as [string, string | undefined];
    const family = isIP(addr) === 4 ? 'ipv4' : 'ipv6';
    if (bits === undefined) list.addAddress(addr, family);
    else list.addSubnet(addr, Number(bits), family);
  }
  return (addr, hop) => {
    if (hop !== 0) return false;
    const a = unmapped(addr);
    const family = isIP(a);
    return family !== 0 && list.check(a, family === 4 ? 'ipv4' : 'ipv6');
  };
}

/**
 * The client address of a connection that did not pass through Express (socket.io's handshake):
 * the rightmost X-Forwarded-For entry when the peer is trusted, otherwise the peer itself.
 */
export function clientAddress(
  peer: string,
  forwardedFor: string | string[] | undefined,
  trusted: (addr: string, hop: number) => boolean,
): string {
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor;
  if (!header || !trusted(peer, 0)) return unmapped(peer);
  const last = header
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .at(-1);
  return last && isIP(unmapped(last)) ? unmapped(last) : unmapped(peer);
}
