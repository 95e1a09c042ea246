import { isIpv6 } from '../primitives';

/** An IPv4 or IPv6 address as a number (BigInt), for ordering and masking; null when it is not one. */
export function addressValue(address: string): bigint | null {
  const a = address.toLowerCase();
  if (!isIpv6(a)) {
    const parts = a.split('.');
    if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return null;
    return parts.reduce((acc, p) => acc * 256n + BigInt(p), 0n);
  }
  const halves = a.split('::');
  if (halves.length > 2) return null;
  let head: string = halves[0];
  let tail: string | undefined = halves[1];
  // an embedded IPv4 tail (::ffff:10.0.0.1) becomes two groups
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(a)?.[1];
  const fixV4 = (s: string | undefined) => {
    if (!s || !v4 || !s.endsWith(v4)) return s;
    const n = addressValue(v4)!;
    return s.slice(0, -v4.length) + `${(n >> 16n).toString(16)}:${(n & 0xffffn).toString(16)}`;
  };
  head = fixV4(head) ?? '';
  tail = fixV4(tail);
  const h = head ? head.split(':') : [];
  const t = tail !== undefined ? (tail ? tail.split(':') : []) : [];
  const groups = tail !== undefined ? [...h, ...Array(8 - h.length - t.length).fill('0'), ...t] : h;
  if (groups.length !== 8 || groups.some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return null;
  return groups.reduce((acc, g) => acc * 65536n + BigInt(parseInt(g, 16)), 0n);
}

/** `10.0.0.11/24` → `10.0.0.0/24`; IPv6 link-local (fe80::/10) and host routes (/32, /128) give null: they name no shared segment. */
export function networkOf(cidr: string): string | null {
  const [addr, len] = cidr.split('/');
  if (len === undefined) return null;
  const v6 = isIpv6(addr);
  const bits = v6 ? 128 : 32;
  const prefix = Number(len);
  if (!Number.isInteger(prefix) || prefix <= 0 || prefix >= bits) return null;
  const n = addressValue(addr);
  if (n === null) return null;
  if (v6 && n >> 118n === 0x3fan) return null; // fe80::/10
  const mask = ((1n << BigInt(prefix)) - 1n) << BigInt(bits - prefix);
  const net = n & mask;
  if (!v6) return `${[24n, 16n, 8n, 0n].map((s) => (net >> s) & 255n).join('.')}/${prefix}`;
  const groups = Array.from({ length: 8 }, (_, i) => ((net >> BigInt((7 - i) * 16)) & 0xffffn).toString(16));
  return `${groups.join(':').replace(/(^|:)0(:0)+(:|$)/, '::')}/${prefix}`;
}

/** Orders two addresses numerically (IPv4 before IPv6); RFC 3768 breaks a priority tie by the higher primary address. */
export function compareAddresses(a: string, b: string): number {
  const va = addressValue(a);
  const vb = addressValue(b);
  if (va === null || vb === null || isIpv6(a) !== isIpv6(b)) return a < b ? -1 : a > b ? 1 : 0;
  return va < vb ? -1 : va > vb ? 1 : 0;
}
