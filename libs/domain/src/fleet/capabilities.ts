import { type Scheduler } from '../primitives';
import type { ClusterSpec } from '../spec';

/**
 * What a director can run, as the console recorded it over SSH: `keepalived -v` (version and build
 * options), IPVS in the kernel and its schedulers, ipvsadm's version, the kernel release, and the
 * addresses of its interfaces (which tell the L2 segment a VRRP instance runs on).
 */
export interface DirectorCapabilities {
  keepalived: {
    /** `2.2.7` from `Keepalived v2.2.7 (01/16,2022)`; null when keepalived is not installed or did not answer. */
    version: string | null;
    /** The first line of `keepalived -v`, verbatim. */
    versionLine: string | null;
    /** The words of its `Config options:` line (`Build options:` before 2.0): LVS VRRP VRRP_AUTH JSON SNMP_… DBUS BFD … */
    buildOptions: string[];
    /** `--enable-…` / `--disable-…` flags of its `configure options:` line. */
    configureFlags: string[];
    /** What the build options mean for the console; null where `keepalived -v` printed no build options (too old to tell). */
    features: KeepalivedFeatures | null;
  };
  ipvs: {
    /** IPVS usable now (/proc/net/ip_vs exists) or loadable (ip_vs modules on disk or built in). */
    present: boolean;
    /** /proc/net/ip_vs exists (the ip_vs module is loaded or built in). */
    loaded: boolean;
    /** Schedulers the kernel has (modules on disk, built in, or loaded), sorted. */
    schedulers: string[];
    /** How the schedulers were found; false when nothing could be read (then nothing is refused on schedulers). */
    schedulersKnown: boolean;
  };
  ipvsadm: { version: string | null };
  kernel: { release: string | null };
  /** Interfaces with their addresses in CIDR form (`10.0.0.11/24`), from `ip -o addr show`. */
  interfaces: { name: string; addresses: string[] }[];
}

export interface KeepalivedFeatures {
  vrrp: boolean;
  lvs: boolean;
  vrrpAuth: boolean;
  json: boolean;
  snmp: boolean;
  dbus: boolean;
  bfd: boolean;
  regex: boolean;
  vmac: boolean;
}

const SECTION = /^@@(\w+)$/;

/**
 * The one command that gathers every capability (sections marked `@@name`; each part fails on its
 * own). ipvsadm needs IPVS to print its version, so the package manager is asked when it cannot.
 */
export const CAPABILITIES_PROBE = [
  'echo @@keepalived',
  'keepalived -v 2>&1 </dev/null | head -n 40',
  'echo @@kernel',
  'uname -r',
  'echo @@procipvs',
  '[ -e /proc/net/ip_vs ] && echo yes || echo no',
  'echo @@loaded',
  "grep -o '^ip_vs[a-z_]*' /proc/modules 2>/dev/null",
  'echo @@modules',
  'ls "/lib/modules/$(uname -r)/kernel/net/netfilter/ipvs" 2>/dev/null',
  'echo @@builtin',
  'grep -o \'ip_vs[a-z_]*\\.ko\' "/lib/modules/$(uname -r)/modules.builtin" 2>/dev/null',
  'echo @@ipvsadm',
  "(ipvsadm --version 2>/dev/null | grep -i \"ipvsadm v\") || (dpkg-query -W -f 'ipvsadm ${Version}\\n' ipvsadm 2>/dev/null) || (rpm -q --qf 'ipvsadm %{VERSION}\\n' ipvsadm 2>/dev/null) || true",
  'echo @@addr',
  'ip -o addr show 2>/dev/null',
  'echo @@end',
].join('\n');

function sections(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let cur: string[] | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    const m = SECTION.exec(line.trim());
    if (m) out.set(m[1], (cur = []));
    else cur?.push(line);
  }
  return out;
}

const has = (opts: Set<string>, ...names: string[]) => names.some((n) => opts.has(n));

/** Parses `keepalived -v` output (stdout and stderr together). */
export function parseKeepalivedVersion(text: string): DirectorCapabilities['keepalived'] {
  const lines = text.split('\n').map((l) => l.trim());
  const first = lines.find((l) => /^keepalived v?\d/i.test(l)) ?? null;
  const version = first ? (/v?(\d+\.\d+(?:\.\d+)?)/i.exec(first)?.[1] ?? null) : null;
  const optsLine = lines.find((l) => /^(config|build) options:/i.test(l));
  const buildOptions = optsLine
    ? optsLine
        .replace(/^(config|build) options:/i, '')
        .trim()
        .split(/\s+/)
        .filter(Boolean)
    : [];
  const confLine = lines.find((l) => /^configure options:/i.test(l)) ?? '';
  const configureFlags = [...confLine.matchAll(/--(?:enable|disable)-[a-z0-9-]+/g)].map((m) => m[0]);
  const o = new Set(buildOptions);
  const features: KeepalivedFeatures | null = optsLine
    ? {
        vrrp: has(o, 'VRRP'),
        lvs: has(o, 'LVS'),
        vrrpAuth: has(o, 'VRRP_AUTH'),
        json: has(o, 'JSON'),
        snmp: buildOptions.some((x) => x.startsWith('SNMP')),
        dbus: has(o, 'DBUS'),
        bfd: has(o, 'BFD'),
        regex: has(o, 'REGEX'),
        vmac: has(o, 'VRRP_VMAC'),
      }
    : null;
  return { version, versionLine: first, buildOptions, configureFlags, features };
}

/** `2: eth0    inet 10.0.0.11/24 brd … scope global eth0` → eth0: 10.0.0.11/24 (labels such as eth0:1 count as eth0). */
export function parseInterfaceAddresses(lines: string[]): DirectorCapabilities['interfaces'] {
  const byName = new Map<string, string[]>();
  for (const l of lines) {
    const m = /^\d+:\s+([^\s@:]+)(?:@\S+)?:?\s+inet6?\s+([0-9A-Fa-f.:]+\/\d+)/.exec(l.trim());
    if (!m) continue;
    const list = byName.get(m[1]) ?? [];
    list.push(m[2].toLowerCase());
    byName.set(m[1], list);
  }
  return [...byName].map(([name, addresses]) => ({ name, addresses }));
}

/** Parses the output of CAPABILITIES_PROBE; throws when it is not the probe's answer. */
export function parseCapabilities(text: string): DirectorCapabilities {
  const s = sections(text);
  if (!s.has('end')) throw new Error('the capabilities probe output is incomplete');
  const words = (name: string) => (s.get(name) ?? []).map((l) => l.trim()).filter(Boolean);
  const loadedMods = words('loaded');
  const diskMods = words('modules').map((f) => f.replace(/\.ko(\.\w+)?$/, ''));
  const builtin = words('builtin').map((f) => f.replace(/\.ko$/, ''));
  const procIpvs = words('procipvs')[0] === 'yes';
  const mods = new Set([...loadedMods, ...diskMods, ...builtin]);
  const schedulers = [...mods]
    .filter((m) => /^ip_vs_[a-z]+$/.test(m) && SCHEDULER_MODULES.has(m))
    .map((m) => m.slice('ip_vs_'.length))
    .sort();
  const ipvsadmLine = words('ipvsadm')[0] ?? '';
  return {
    keepalived: parseKeepalivedVersion((s.get('keepalived') ?? []).join('\n')),
    ipvs: {
      present: procIpvs || mods.has('ip_vs'),
      loaded: procIpvs,
      schedulers,
      schedulersKnown: schedulers.length > 0 || diskMods.length > 0 || builtin.length > 0,
    },
    ipvsadm: { version: /(\d+\.\d+(?:\.\d+)?)/.exec(ipvsadmLine)?.[1] ?? null },
    kernel: { release: words('kernel')[0] ?? null },
    interfaces: parseInterfaceAddresses(s.get('addr') ?? []),
  };
}

/** Every IPVS scheduler module of Linux (`ip_vs_<scheduler>.ko`); the others (ip_vs_ftp, ip_vs_pe_sip) are not schedulers. */
const SCHEDULER_MODULES = new Set(
  ['rr', 'wrr', 'lc', 'wlc', 'lblc', 'lblcr', 'dh', 'sh', 'sed', 'nq', 'mh', 'fo', 'ovf', 'twos'].map((x) => `ip_vs_${x}`),
);

/** -1, 0, 1 as a < b, a = b, a > b, comparing dotted versions numerically. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

/**
 * The keepalived release that first read each keyword or ran each feature the console renders or
 * uses. From Debian's keepalived changelog (/usr/share/doc/keepalived/changelog.gz), which ends at
 * 2.0.20; keywords added later are not listed (a director too old for them fails the config-test step).
 */
export const KEEPALIVED_MIN_VERSION = {
  DNS_CHECK: '1.3.0',
  vrrp_notify_fifo: '1.3.6',
  lvs_notify_fifo: '1.3.6',
  vrrp_track_file: '2.0.0',
  '--config-test': '2.0.4',
  'lvs_sched mh': '2.0.7',
  vrrp_track_process: '2.0.11',
} as const;
export type VersionedKeyword = keyof typeof KEEPALIVED_MIN_VERSION;

/** One thing a director cannot run: the director, the capability it lacks, and the keyword that needs it. */
export interface CapabilityRefusal {
  director: string;
  capability: string;
  keyword: string;
  /** Where in the spec the keyword comes from (`virtualServices.2.scheduler`). */
  path: string;
  message: string;
}

/**
 * What in `spec` a director cannot run, judged from its recorded capabilities: a scheduler whose
 * ip_vs module its kernel lacks, a keepalived built without VRRP, LVS or VRRP authentication where
 * the spec needs them, a keyword older than its keepalived. Directors with no record are not judged;
 * a kernel without any IPVS is not refused (keepalived then runs VRRP only, as in the lab) — that is
 * a warning for the plan (capabilityWarnings).
 */
export function capabilityRefusals(
  spec: ClusterSpec,
  caps: Readonly<Record<string, DirectorCapabilities | undefined>>,
  opts: { notifyFifos?: boolean } = {},
): CapabilityRefusal[] {
  const out: CapabilityRefusal[] = [];
  const keepalivedMode = spec.mode === 'keepalived';
  const members = new Map<string, number[]>();
  spec.vrrpInstances.forEach((inst, i) => inst.members.forEach((m) => members.set(m.director, [...(members.get(m.director) ?? []), i])));
  for (const d of spec.directors) {
    const c = caps[d.name];
    if (!c) continue;
    const refuse = (capability: string, keyword: string, path: string, why: string) =>
      out.push({ director: d.name, capability, keyword, path, message: `director ${d.name} cannot run ${keyword}: ${why}` });
    if (c.ipvs.present && c.ipvs.schedulersKnown) {
      const have = new Set(c.ipvs.schedulers);
      spec.virtualServices.forEach((vs, i) => {
        if (!have.has(vs.scheduler))
          refuse(
            `ip_vs_${vs.scheduler}`,
            `lvs_sched ${vs.scheduler}`,
            `virtualServices.${i}.scheduler`,
            `its kernel ${c.kernel.release ?? ''} has no ip_vs_${vs.scheduler} module (it has ${c.ipvs.schedulers.join(', ') || 'none'})`.replace(
              '  ',
              ' ',
            ),
          );
      });
    }
    if (!keepalivedMode) continue;
    const ka = c.keepalived;
    const f = ka.features;
    const inInstances = members.get(d.name) ?? [];
    if (f) {
      if (!f.vrrp && inInstances.length)
        refuse(
          'keepalived VRRP',
          'vrrp_instance',
          `vrrpInstances.${inInstances[0]}`,
          `its keepalived ${ka.version ?? ''} was built without VRRP (Config options: ${ka.buildOptions.join(' ')})`,
        );
      if (!f.lvs && spec.virtualServices.length)
        refuse(
          'keepalived LVS',
          'virtual_server',
          'virtualServices.0',
          `its keepalived ${ka.version ?? ''} was built without LVS (Config options: ${ka.buildOptions.join(' ')})`,
        );
      const auth = inInstances.find((i) => spec.vrrpInstances[i].authPass !== undefined);
      if (f.vrrp && !f.vrrpAuth && auth !== undefined)
        refuse(
          'keepalived VRRP_AUTH',
          'authentication',
          `vrrpInstances.${auth}.authPass`,
          `its keepalived ${ka.version ?? ''} was built without VRRP authentication (--disable-vrrp-auth; Config options: ${ka.buildOptions.join(' ')})`,
        );
    }
    if (!ka.version) continue;
    const older = (kw: VersionedKeyword, path: string) => {
      const min = KEEPALIVED_MIN_VERSION[kw];
      if (compareVersions(ka.version!, min) < 0)
        refuse(`keepalived >= ${min}`, kw, path, `its keepalived is ${ka.version}; ${kw} needs ${min} or later`);
    };
    older('--config-test', 'directors');
    if (opts.notifyFifos !== false) older('vrrp_notify_fifo', 'globalDefs');
    spec.virtualServices.forEach((vs, i) => {
      if (vs.scheduler === 'mh') older('lvs_sched mh', `virtualServices.${i}.scheduler`);
    });
    const dns = spec.virtualServices.findIndex((vs) =>
      vs.realServers.some((r) => [r.healthCheck, ...(r.additionalChecks ?? [])].some((h) => h?.type === 'DNS_CHECK')),
    );
    if (dns >= 0) older('DNS_CHECK', `virtualServices.${dns}.realServers`);
    const files = inInstances.find((i) => (spec.vrrpInstances[i].trackFiles ?? []).length > 0);
    if (files !== undefined) older('vrrp_track_file', `vrrpInstances.${files}.trackFiles`);
    const procs = inInstances.find((i) => (spec.vrrpInstances[i].trackProcesses ?? []).length > 0);
    if (procs !== undefined) older('vrrp_track_process', `vrrpInstances.${procs}.trackProcesses`);
  }
  // one refusal per director, capability and keyword (a scheduler used by many services is named once)
  const seen = new Set<string>();
  return out.filter((r) => {
    const k = `${r.director}\0${r.capability}\0${r.keyword}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** What is worth saying but not refusing: a director whose kernel has no IPVS at all, in a cluster with virtual services. */
export function capabilityWarnings(
  spec: ClusterSpec,
  caps: Readonly<Record<string, DirectorCapabilities | undefined>>,
): { director: string; message: string }[] {
  if (!spec.virtualServices.length) return [];
  return spec.directors.flatMap((d) => {
    const c = caps[d.name];
    return c && !c.ipvs.present
      ? [
          {
            director: d.name,
            message: `director ${d.name} has no IPVS in its kernel${c.kernel.release ? ` (${c.kernel.release})` : ''}: keepalived runs VRRP only there and programs none of the ${spec.virtualServices.length} virtual service(s)`,
          },
        ]
      : [];
  });
}

/** The scheduler type, for callers that narrow from strings. */
export type { Scheduler };
