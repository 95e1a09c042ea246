import { isIP } from 'node:net';

/**
 * Where a stored SSH credential may be sent: a list of IPv4/IPv6 addresses and networks an admin
 * allows for it. The console checks the binding against the address it is about to open a TCP
 * connection to, before it connects: a credential never reaches a host outside its binding, whoever
 * wrote the director's address (the audit's attack: an operator's own sshd recording the password).
 *
 * Only IP literals ever match. A director's address is an IP literal (DirectorSchema), and ssh2
 * connects to exactly that literal without a lookup, so the address checked is the address
 * connected to. Hostnames are refused rather than matched by name: a name is only as trustworthy
 * as whoever controls its DNS answer at connect time.
 */

interface Parsed {
  v6: boolean;
  n: bigint;
}

const BITS = { v4: 32, v6: 128 } as const;

function parseV4(s: string): bigint | null {
  if (isIP(s) !== 4) return null;
  return s.split('.').reduce((acc, part) => (acc << 8n) | BigInt(Number(part)), 0n);
}

function parseV6(s: string): bigint | null {
  // zone ids (fe80::1%eth0) name a local interface, not a host: never part of a binding
  if (s.includes('%') || isIP(s) !== 6) return null;
  let text = s.toLowerCase();
  // an embedded IPv4 tail (::ffff:192.0.2.1) becomes two hextets
  const tail = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (tail) {
    const v4 = parseV4(tail[2]);
    if (v4 === null) return null;
    text = `${tail[1]}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head, rest] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = rest === undefined ? [] : rest ? rest.split(':') : [];
  const groups = rest === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  if (groups.length !== 8) return null;
  return groups.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n);
}

/** An IP literal as a number; IPv4-mapped IPv6 (`::ffff:192.0.2.1`) counts as the IPv4 address it connects to. */
function parseAddress(s: string): Parsed | null {
  const v4 = parseV4(s);
  if (v4 !== null) return { v6: false, n: v4 };
  const v6 = parseV6(s);
  if (v6 === null) return null;
  if (v6 >> 32n === 0xffffn) return { v6: false, n: v6 & 0xffffffffn };
  return { v6: true, n: v6 };
}

function format(p: Parsed): string {
  if (!p.v6) return [24n, 16n, 8n, 0n].map((s) => ((p.n >> s) & 0xffn).toString()).join('.');
  const hextets = Array.from({ length: 8 }, (_v, i) => ((p.n >> BigInt((7 - i) * 16)) & 0xffffn).toString(16)).join(':');
  // WHATWG URL serialises IPv6 hosts in RFC 5952 form (longest zero run compressed, lower case)
  return new URL(`http://[${hextets}]/`).hostname.slice(1, -1);
}

interface Network {
  v6: boolean;
  base: bigint;
  prefix: number;
}

function mask(v6: boolean, prefix: number): bigint {
  const bits = v6 ? BITS.v6 : BITS.v4;
  return prefix === 0 ? 0n : ((1n << BigInt(bits)) - 1n) ^ ((1n << BigInt(bits - prefix)) - 1n);
}

export type BindingEntryResult = { ok: true; value: string; network: Network } | { ok: false; message: string };

/**
 * Reads one entry of a binding: an address (`192.0.2.10`, `2001:db8::10`) or a network
 * (`192.0.2.0/24`). Returns the canonical text (what is stored and audited) or why it is refused.
 * A network with host bits set (`192.0.2.10/24`) is refused instead of silently widened: the admin
 * may have meant the one address. A /0 is refused: it would bind the credential to everywhere,
 * which is what a binding exists to prevent.
 */
export function parseBindingEntry(entry: string): BindingEntryResult {
  const [addr, prefixText, ...extra] = entry.trim().split('/');
  const parsed = extra.length === 0 ? parseAddress(addr) : null;
  if (!parsed)
    return { ok: false, message: `"${entry}" must be an IPv4 or IPv6 address, or a network such as 192.0.2.0/24 or 2001:db8::/64` };
  const bits = parsed.v6 ? BITS.v6 : BITS.v4;
  const written = addr.includes(':') ? BITS.v6 : BITS.v4;
  let prefix = bits;
  if (prefixText !== undefined) {
    if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > written)
      return { ok: false, message: `"${entry}": the prefix length must be 1-${written}` };
    // an IPv4-mapped network (::ffff:192.0.2.0/120) keeps its IPv4 meaning
    prefix = Number(prefixText) - (written - bits);
    if (prefix < 0) return { ok: false, message: `"${entry}": an IPv4-mapped network needs a prefix length of at least 96` };
  }
  if (prefix === 0)
    return { ok: false, message: `"${entry}" would allow every address; list the directors' addresses or networks instead` };
  const m = mask(parsed.v6, prefix);
  if ((parsed.n & m) !== parsed.n) {
    const net = format({ v6: parsed.v6, n: parsed.n & m });
    return {
      ok: false,
      message: `"${entry}" has host bits set: write ${net}/${prefix} for the network, or ${format(parsed)} for the one address`,
    };
  }
  const value = prefix === bits ? format(parsed) : `${format(parsed)}/${prefix}`;
  return { ok: true, value, network: { v6: parsed.v6, base: parsed.n, prefix } };
}

/** Whether a credential bound to `binding` (canonical entries) may be sent to `address`. Non-IP text never matches. */
export function addressInBinding(address: string, binding: readonly string[]): boolean {
  const a = parseAddress(address);
  if (!a) return false;
  return binding.some((entry) => {
    const e = parseBindingEntry(entry);
    return e.ok && e.network.v6 === a.v6 && (a.n & mask(a.v6, e.network.prefix)) === e.network.base;
  });
}

/** How a binding reads in an error: `[192.0.2.0/24, 2001:db8::1]`, or `[] (nowhere)`. */
export function describeBinding(binding: readonly string[]): string {
  return binding.length ? `[${binding.join(', ')}]` : "[] (nowhere: an admin must bind it to the directors' addresses)";
}
