/**
 * What a real server needs for the forwarding method its directors use, checked from what the real
 * server itself reports (one read-only command over SSH), and the script that prepares it. Pure.
 *
 * - DR (gatewaying): the VIP on `lo` (or a `dummy` device) as a /32 (/128), so the host accepts
 *   packets for it without owning it on the wire; `arp_ignore=1` and `arp_announce=2` — the kernel
 *   applies the larger of `all` and the interface's value — so it neither answers ARP for the VIP nor
 *   uses it as an ARP source; `rp_filter` that does not drop what arrives (LVS-HOWTO, "The ARP problem").
 * - NAT (masquerading): replies must go back through the director, so the default route points at
 *   a director's address or a VIP the directors hold.
 * - TUN (ipip): an ipip device holding the VIP, with `rp_filter` off (or loose) on it: decapsulated
 *   packets carry the client's source, whose route leaves by another interface.
 */

export type Forwarding = 'DR' | 'NAT' | 'TUN';

/** The read-only command run on the real server (sections marked like telemetry's probe). */
export const CHECK_SCRIPT = [
  'echo @@addr',
  'ip -o addr show 2>&1',
  'echo @@link',
  'ip -o -d link show 2>&1',
  'echo @@route',
  'ip route show default 2>&1',
  'ip -6 route show default 2>&1',
  'echo @@sysctl',
  'for k in arp_ignore arp_announce rp_filter; do for f in /proc/sys/net/ipv4/conf/*/$k; do d=${f%/*}; echo "${d##*/} $k $(cat "$f")"; done; done',
  'echo @@end',
].join('\n');

export interface HostFacts {
  addresses: { dev: string; family: 'inet' | 'inet6'; address: string; prefix: number }[];
  /** Device → its kind: `loopback`, `dummy`, `ipip`, or `other`. */
  links: Map<string, string>;
  defaultRoutes: { via?: string; dev?: string }[];
  /** `<dev> <key>` → value (`all arp_ignore` → 1). */
  sysctl: Map<string, number>;
}

export class CheckOutputError extends Error {}

export function parseHostFacts(text: string): HostFacts {
  const sections = new Map<string, string[]>();
  let cur: string[] | undefined;
  for (const line of text.split('\n')) {
    const m = /^@@(\w+)$/.exec(line.trim());
    if (m) sections.set(m[1], (cur = []));
    else cur?.push(line);
  }
  if (!sections.has('end')) throw new CheckOutputError('the real server did not answer the whole check (no end marker)');
  const addresses: HostFacts['addresses'] = [];
  for (const l of sections.get('addr') ?? []) {
    const m = /^\d+:\s+([^\s@:]+)\s+(inet6?)\s+([0-9A-Fa-f.:]+)\/(\d+)/.exec(l);
    if (m) addresses.push({ dev: m[1], family: m[2] as 'inet' | 'inet6', address: m[3].toLowerCase(), prefix: Number(m[4]) });
  }
  const links = new Map<string, string>();
  for (const l of sections.get('link') ?? []) {
    const m = /^\d+:\s+([^\s@:]+)[@:]/.exec(l);
    if (!m) continue;
    const dev = m[1];
    // `ip -d` prints the link kind as a word after the link's flags (`\    dummy addrgenmode …`, `\    ipip any remote …`).
    const kind =
      dev === 'lo' || /link\/loopback/.test(l)
        ? 'loopback'
        : /link\/ipip\b|\\\s+ipip\s/.test(l)
          ? 'ipip'
          : /\\\s+dummy\b/.test(l)
            ? 'dummy'
            : 'other';
    links.set(dev, kind);
  }
  const defaultRoutes: HostFacts['defaultRoutes'] = [];
  for (const l of sections.get('route') ?? []) {
    if (!/^default\b/.test(l.trim())) continue;
    const via = /\bvia\s+(\S+)/.exec(l)?.[1]?.toLowerCase();
    const dev = /\bdev\s+(\S+)/.exec(l)?.[1];
    defaultRoutes.push({ ...(via && { via }), ...(dev && { dev }) });
  }
  const sysctl = new Map<string, number>();
  for (const l of sections.get('sysctl') ?? []) {
    const m = /^(\S+)\s+(arp_ignore|arp_announce|rp_filter)\s+(\d+)$/.exec(l.trim());
    if (m) sysctl.set(`${m[1]} ${m[2]}`, Number(m[3]));
  }
  return { addresses, links, defaultRoutes, sysctl };
}

export interface CheckTarget {
  forwarding: Forwarding;
  /** The real server's own address (the one the directors send to): its interface is the serving one. */
  address: string;
  /** The VIPs it serves (bare addresses). */
  vips: string[];
  /** Where NAT replies may go: the directors' addresses and the cluster's VIPs. */
  gateways: string[];
}

export interface CheckResult {
  id: string;
  status: 'pass' | 'fail' | 'warn';
  title: string;
  detail: string;
  /** The command that fixes it (also in the prep script). */
  fix?: string;
}

const isV6 = (a: string) => a.includes(':');
const hostPrefix = (a: string) => (isV6(a) ? 128 : 32);

/** The kernel applies the larger of `all` and the interface's value for arp_ignore, arp_announce and rp_filter. */
function effective(f: HostFacts, dev: string, key: string): { value: number | undefined; all?: number; dev?: number } {
  const all = f.sysctl.get(`all ${key}`);
  const own = f.sysctl.get(`${dev} ${key}`);
  const value = all === undefined && own === undefined ? undefined : Math.max(all ?? 0, own ?? 0);
  return { value, all, dev: own };
}
const shown = (e: { all?: number; dev?: number }, dev: string) => `all=${e.all ?? '?'}, ${dev}=${e.dev ?? '?'}`;

export function evaluateChecks(t: CheckTarget, f: HostFacts): CheckResult[] {
  const out: CheckResult[] = [];
  const serving = f.addresses.find((a) => a.address === t.address.toLowerCase())?.dev;
  if (!serving)
    out.push({
      id: 'serving-interface',
      status: 'fail',
      title: `The real server holds ${t.address}`,
      detail: `no interface holds ${t.address}: the check ran on another host, or the address moved`,
    });
  const dev = serving ?? 'all';
  const v4vips = t.vips.filter((v) => !isV6(v));

  if (t.forwarding === 'DR') {
    for (const vip of t.vips) {
      const held = f.addresses.filter((a) => a.address === vip.toLowerCase());
      const good = held.find(
        (a) =>
          ['loopback', 'dummy'].includes(f.links.get(a.dev) ?? (a.dev === 'lo' ? 'loopback' : 'other')) && a.prefix === hostPrefix(vip),
      );
      const fix = `ip addr add ${vip}/${hostPrefix(vip)} dev lo`;
      if (good)
        out.push({
          id: `vip-on-loopback:${vip}`,
          status: 'pass',
          title: `${vip} on ${good.dev} as /${good.prefix}`,
          detail: `the host accepts packets for ${vip} without owning it on the wire`,
        });
      else if (held.length)
        out.push({
          id: `vip-on-loopback:${vip}`,
          status: 'fail',
          title: `${vip} must be on lo (or a dummy device) as /${hostPrefix(vip)}`,
          detail: `it is on ${held.map((a) => `${a.dev} /${a.prefix}`).join(', ')}: ${held.some((a) => a.dev === serving) ? 'on the serving interface it answers ARP for the VIP and takes traffic from the directors' : 'a wider prefix on lo makes the host claim the whole subnet'}`,
          fix,
        });
      else
        out.push({
          id: `vip-on-loopback:${vip}`,
          status: 'fail',
          title: `${vip} on lo as /${hostPrefix(vip)}`,
          detail: `no interface holds ${vip}: packets the director forwards to this host are dropped`,
          fix,
        });
    }
    if (v4vips.length) {
      const ig = effective(f, dev, 'arp_ignore');
      const igOk = ig.value === 1 || ig.value === 2;
      out.push({
        id: 'arp-ignore',
        status: igOk ? 'pass' : 'fail',
        title: 'arp_ignore=1 (answer ARP only for addresses of the receiving interface)',
        detail: igOk
          ? `effective ${ig.value} (${shown(ig, dev)})`
          : `effective ${ig.value ?? 'unknown'} (${shown(ig, dev)}): the host answers ARP for the VIP and steals it from the director`,
        ...(!igOk && { fix: `sysctl -w net.ipv4.conf.all.arp_ignore=1 net.ipv4.conf.${dev}.arp_ignore=1` }),
      });
      const an = effective(f, dev, 'arp_announce');
      out.push({
        id: 'arp-announce',
        status: an.value === 2 ? 'pass' : 'fail',
        title: 'arp_announce=2 (never use the VIP as the source of its ARP requests)',
        detail:
          an.value === 2
            ? `effective 2 (${shown(an, dev)})`
            : `effective ${an.value ?? 'unknown'} (${shown(an, dev)}): ARP requests may carry the VIP and poison the neighbours' caches`,
        ...(an.value !== 2 && { fix: `sysctl -w net.ipv4.conf.all.arp_announce=2 net.ipv4.conf.${dev}.arp_announce=2` }),
      });
    }
    out.push(rpFilter(f, dev, serving ? f.defaultRoutes.some((r) => r.dev === serving) : false, 'the serving interface'));
  } else if (t.forwarding === 'NAT') {
    const gw = new Set(t.gateways.map((g) => g.toLowerCase()));
    const via = f.defaultRoutes.map((r) => r.via).filter((v): v is string => !!v);
    const ok = via.some((v) => gw.has(v));
    out.push({
      id: 'default-route',
      status: ok ? 'pass' : 'fail',
      title: 'The default route goes through the director',
      detail: ok
        ? `default via ${via.find((v) => gw.has(v))}`
        : `${via.length ? `default via ${via.join(', ')}` : 'no default route'}: replies bypass the director and never get their source translated back (allowed: ${[...gw].join(', ')})`,
      ...(!ok && { fix: `ip route replace default via ${t.gateways[0] ?? '<the director VIP on this network>'}` }),
    });
  } else {
    const tunnels = [...f.links].filter(([, k]) => k === 'ipip').map(([d]) => d);
    out.push({
      id: 'ipip-device',
      status: tunnels.length ? 'pass' : 'fail',
      title: 'An ipip tunnel device',
      detail: tunnels.length ? tunnels.join(', ') : 'none: the ipip module is not loaded or no tunnel device is up',
      ...(!tunnels.length && { fix: 'modprobe ipip && ip link set tunl0 up' }),
    });
    for (const vip of t.vips) {
      const on = f.addresses.find((a) => a.address === vip.toLowerCase() && tunnels.includes(a.dev));
      out.push({
        id: `vip-on-tunnel:${vip}`,
        status: on ? 'pass' : 'fail',
        title: `${vip} on the tunnel device`,
        detail: on ? `${on.dev} /${on.prefix}` : `no tunnel device holds ${vip}: decapsulated packets for it are dropped`,
        ...(!on && { fix: `ip addr add ${vip}/${hostPrefix(vip)} dev ${tunnels[0] ?? 'tunl0'}` }),
      });
    }
    out.push(rpFilter(f, tunnels[0] ?? 'tunl0', false, 'the tunnel device'));
  }
  return out;
}

function rpFilter(f: HostFacts, dev: string, routeBackSame: boolean, what: string): CheckResult {
  const rp = effective(f, dev, 'rp_filter');
  const base = { id: 'rp-filter', title: `rp_filter on ${what} lets the traffic in` };
  if (rp.value === undefined) return { ...base, status: 'warn', detail: `rp_filter of ${dev} could not be read` };
  if (rp.value !== 1)
    return { ...base, status: 'pass', detail: `effective ${rp.value} (${shown(rp, dev)}: ${rp.value === 0 ? 'off' : 'loose'})` };
  if (routeBackSame)
    return { ...base, status: 'pass', detail: `strict (${shown(rp, dev)}), and the route back to clients leaves by ${dev}` };
  return {
    ...base,
    status: 'fail',
    detail: `strict (${shown(rp, dev)}) while the route back to clients does not leave by ${dev}: the kernel drops the packets`,
    fix: `sysctl -w net.ipv4.conf.all.rp_filter=2 net.ipv4.conf.${dev}.rp_filter=2`,
  };
}

const shq = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * A POSIX shell script that prepares the real server for its forwarding method (run as root),
 * idempotent, persisting the sysctls in /etc/sysctl.d. Without SSH access this is the way.
 */
export function prepScript(t: CheckTarget & { name: string; services: string[] }): string {
  const head = [
    '#!/bin/sh',
    `# LVS Console: prepare ${t.name} (${t.address}) as a ${t.forwarding} real server of ${t.services.join(', ')}.`,
    '# Run as root on the real server. Safe to run again.',
    'set -eu',
    // The serving interface: the one holding the real server's address.
    `IFACE=$(ip -o addr show | awk -v a=${shq(t.address)} '{ split($4, p, "/"); if (p[1] == a) { print $2; exit } }')`,
    `[ -n "$IFACE" ] || { echo "no interface holds ${t.address}: is this ${t.name}?" >&2; exit 1; }`,
  ];
  const v4 = t.vips.filter((v) => !isV6(v));
  const body: string[] = [];
  if (t.forwarding === 'DR') {
    if (v4.length) {
      body.push(
        '# ARP first, so the host never answers for a VIP it is about to hold.',
        'cat > /etc/sysctl.d/90-lvs-dr.conf <<EOF',
        'net.ipv4.conf.all.arp_ignore = 1',
        'net.ipv4.conf.all.arp_announce = 2',
        'net.ipv4.conf.$IFACE.arp_ignore = 1',
        'net.ipv4.conf.$IFACE.arp_announce = 2',
        'EOF',
        'sysctl -q -p /etc/sysctl.d/90-lvs-dr.conf',
        '# rp_filter strict drops replies routed elsewhere; loose keeps the spoofing check.',
        'if [ "$(cat /proc/sys/net/ipv4/conf/all/rp_filter)" = 1 ] || [ "$(cat /proc/sys/net/ipv4/conf/$IFACE/rp_filter)" = 1 ]; then',
        '  sysctl -q -w net.ipv4.conf.all.rp_filter=2 "net.ipv4.conf.$IFACE.rp_filter=2"',
        '  printf "net.ipv4.conf.all.rp_filter = 2\\nnet.ipv4.conf.%s.rp_filter = 2\\n" "$IFACE" >> /etc/sysctl.d/90-lvs-dr.conf',
        'fi',
      );
    }
    body.push('# The VIPs on lo, host routes only (not kept across reboots: add them to your network configuration too).');
    for (const vip of t.vips) body.push(`ip addr show dev lo | grep -q ${shq(` ${vip}/`)} || ip addr add ${vip}/${hostPrefix(vip)} dev lo`);
  } else if (t.forwarding === 'NAT') {
    const gw = t.gateways[0] ?? '<the director VIP on this network>';
    body.push(
      '# Replies must go back through the director to be translated.',
      `ip route replace default via ${gw}`,
      '# Make it permanent in your network configuration as well.',
    );
  } else {
    body.push(
      'modprobe ipip',
      'ip link set tunl0 up',
      ...t.vips.map((vip) => `ip addr show dev tunl0 | grep -q ${shq(` ${vip}/`)} || ip addr add ${vip}/${hostPrefix(vip)} dev tunl0`),
      '# Decapsulated packets carry the client as source: strict reverse-path filtering drops them.',
      'cat > /etc/sysctl.d/90-lvs-tun.conf <<EOF',
      'net.ipv4.conf.all.rp_filter = 2',
      'net.ipv4.conf.tunl0.rp_filter = 0',
      'net.ipv4.conf.tunl0.arp_ignore = 1',
      'net.ipv4.conf.tunl0.arp_announce = 2',
      'EOF',
      'sysctl -q -p /etc/sysctl.d/90-lvs-tun.conf',
    );
  }
  return [...head, ...body, `echo "${t.name}: prepared for ${t.forwarding}"`, ''].join('\n');
}
