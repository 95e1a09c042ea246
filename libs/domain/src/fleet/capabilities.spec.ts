import { describe, expect, it } from 'vitest';
import { clusterSpec } from '../../../../test/factories';
import {
  capabilityRefusals,
  capabilityWarnings,
  compareVersions,
  type DirectorCapabilities,
  parseCapabilities,
  parseKeepalivedVersion,
} from './capabilities';

/** Debian 12's keepalived 2.2.7, as `keepalived -v` prints it (abridged configure line). */
const DEBIAN_227 = `Keepalived v2.2.7 (01/16,2022)

Copyright(C) 2001-2022 Alexandre Cassen, <acassen@gmail.com>

Built with kernel headers for Linux 5.19.11
Running on Linux 6.1.0-13-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.55-1 (2023-09-29)
Distro: Debian GNU/Linux 12 (bookworm)

configure options: --build=x86_64-linux-gnu --prefix=/usr --enable-snmp --enable-sha1 --enable-snmp-rfcv2 --enable-snmp-rfcv3 --enable-dbus --enable-json --enable-bfd --enable-regex --with-init=systemd

Config options:  NFTABLES LVS REGEX VRRP VRRP_AUTH VRRP_VMAC JSON BFD OLD_CHKSUM_COMPAT SNMP_V3_FOR_V2 SNMP_VRRP SNMP_CHECKER SNMP_RFCV2 SNMP_RFCV3 DBUS INIT=systemd SYSTEMD_NOTIFY

System options:  VSYSLOG MEMFD_CREATE IPV6_MULTICAST_ALL IPV4_DEVCONF LIBNL3
`;

const probe = (parts: Record<string, string>) =>
  ['keepalived', 'kernel', 'procipvs', 'loaded', 'modules', 'builtin', 'ipvsadm', 'addr']
    .map((k) => `@@${k}\n${parts[k] ?? ''}`)
    .join('\n') + '\n@@end\n';

describe('parseKeepalivedVersion', () => {
  it("reads Debian's 2.2.7: version, build options, configure flags, features", () => {
    const k = parseKeepalivedVersion(DEBIAN_227);
    expect(k.version).toBe('2.2.7');
    expect(k.versionLine).toBe('Keepalived v2.2.7 (01/16,2022)');
    expect(k.buildOptions).toContain('VRRP_AUTH');
    expect(k.configureFlags).toEqual([
      '--enable-snmp',
      '--enable-sha1',
      '--enable-snmp-rfcv2',
      '--enable-snmp-rfcv3',
      '--enable-dbus',
      '--enable-json',
      '--enable-bfd',
      '--enable-regex',
    ]);
    expect(k.features).toEqual({
      vrrp: true,
      lvs: true,
      vrrpAuth: true,
      json: true,
      snmp: true,
      dbus: true,
      bfd: true,
      regex: true,
      vmac: true,
    });
  });
  it('a build without LVS or JSON; an old one without build options; no keepalived', () => {
    expect(parseKeepalivedVersion('Keepalived v2.0.10 (11/12,2018)\nConfig options:  VRRP VRRP_AUTH\n').features).toMatchObject({
      lvs: false,
      json: false,
      vrrp: true,
    });
    expect(parseKeepalivedVersion('Keepalived v1.2.24 (08/06,2018)\n')).toMatchObject({ version: '1.2.24', features: null });
    expect(parseKeepalivedVersion('sh: 1: keepalived: not found\n')).toMatchObject({ version: null, versionLine: null, features: null });
  });
});

describe('parseCapabilities', () => {
  it('IPVS as modules on disk and loaded, the kernel, ipvsadm, interfaces', () => {
    const c = parseCapabilities(
      probe({
        keepalived: DEBIAN_227,
        kernel: '6.1.0-13-amd64',
        procipvs: 'yes',
        loaded: 'ip_vs_wrr\nip_vs',
        modules: 'ip_vs.ko\nip_vs_rr.ko\nip_vs_wlc.ko.xz\nip_vs_mh.ko.zst\nip_vs_ftp.ko\nip_vs_pe_sip.ko',
        ipvsadm: 'ipvsadm v1.31 2019/12/24 (compiled with popt and IPVS v1.2.1)',
        addr: '1: lo    inet 127.0.0.1/8 scope host lo\\       valid_lft forever\n2: eth0    inet 10.0.0.11/24 brd 10.0.0.255 scope global eth0\\       valid_lft forever\n2: eth0    inet 10.0.0.100/32 scope global eth0:vip\n2: eth0    inet6 fe80::1/64 scope link \n3: eth1@if9    inet 192.168.1.2/24 scope global eth1',
      }),
    );
    expect(c.ipvs).toEqual({ present: true, loaded: true, schedulers: ['mh', 'rr', 'wlc', 'wrr'], schedulersKnown: true });
    expect(c.kernel.release).toBe('6.1.0-13-amd64');
    expect(c.ipvsadm.version).toBe('1.31');
    expect(c.interfaces).toEqual([
      { name: 'lo', addresses: ['127.0.0.1/8'] },
      { name: 'eth0', addresses: ['10.0.0.11/24', '10.0.0.100/32', 'fe80::1/64'] },
      { name: 'eth1', addresses: ['192.168.1.2/24'] },
    ]);
  });
  it('no IPVS at all (the netns lab); the version from the package manager when ipvsadm cannot ask the kernel', () => {
    const c = parseCapabilities(probe({ keepalived: DEBIAN_227, kernel: '6.18.44', procipvs: 'no', ipvsadm: 'ipvsadm 1:1.31-1+b1' }));
    expect(c.ipvs).toEqual({ present: false, loaded: false, schedulers: [], schedulersKnown: false });
    expect(c.ipvsadm.version).toBe('1.31');
  });
  it('built-in IPVS (modules.builtin)', () => {
    const c = parseCapabilities(probe({ procipvs: 'yes', builtin: 'ip_vs.ko\nip_vs_rr.ko\nip_vs_sh.ko' }));
    expect(c.ipvs.schedulers).toEqual(['rr', 'sh']);
  });
  it('refuses output that is not the probe', () => {
    expect(() => parseCapabilities('Permission denied')).toThrow(/incomplete/);
  });
});

const caps = (over: Partial<{ version: string; options: string; schedulers: string[]; present: boolean }> = {}): DirectorCapabilities => ({
  keepalived: parseKeepalivedVersion(
    `Keepalived v${over.version ?? '2.2.7'}\nConfig options:  ${over.options ?? 'LVS VRRP VRRP_AUTH JSON'}\n`,
  ),
  ipvs: {
    present: over.present ?? true,
    loaded: true,
    schedulers: over.schedulers ?? ['rr', 'wrr', 'wlc'],
    schedulersKnown: (over.present ?? true) && (over.schedulers ?? ['x']).length > 0,
  },
  ipvsadm: { version: '1.31' },
  kernel: { release: '6.1.0' },
  interfaces: [],
});

describe('capabilityRefusals', () => {
  it('nothing for capable directors, or directors without a record', () => {
    expect(capabilityRefusals(clusterSpec(), { lb1: caps(), lb2: caps() })).toEqual([]);
    expect(capabilityRefusals(clusterSpec(), {})).toEqual([]);
  });
  it('a scheduler the kernel lacks, named once per director', () => {
    const base = clusterSpec();
    const spec = {
      ...base,
      virtualServices: [
        { ...base.virtualServices[0], scheduler: 'sh' as const },
        { ...base.virtualServices[0], port: 443, scheduler: 'sh' as const, realServers: [] },
      ],
    };
    expect(capabilityRefusals(spec, { lb1: caps() })).toEqual([
      {
        director: 'lb1',
        capability: 'ip_vs_sh',
        keyword: 'lvs_sched sh',
        path: 'virtualServices.0.scheduler',
        message: 'director lb1 cannot run lvs_sched sh: its kernel 6.1.0 has no ip_vs_sh module (it has rr, wrr, wlc)',
      },
    ]);
  });
  it('no IPVS at all is a warning, not a refusal (keepalived runs VRRP only)', () => {
    expect(capabilityRefusals(clusterSpec(), { lb1: caps({ present: false, schedulers: [] }) })).toEqual([]);
    expect(capabilityWarnings(clusterSpec(), { lb1: caps({ present: false, schedulers: [] }) })[0].message).toMatch(
      /no IPVS in its kernel \(6\.1\.0\): keepalived runs VRRP only there and programs none of the 1 virtual service/,
    );
  });
  it('a keepalived built without LVS, VRRP or VRRP authentication', () => {
    const base = clusterSpec();
    const spec = { ...base, vrrpInstances: [{ ...base.vrrpInstances[0], authPass: 'secret' }] };
    const r = capabilityRefusals(spec, { lb1: caps({ options: 'VRRP JSON' }), lb2: caps({ options: 'LVS' }) });
    expect(r.map((x) => `${x.director} ${x.capability} ${x.keyword} ${x.path}`)).toEqual([
      'lb1 keepalived LVS virtual_server virtualServices.0',
      'lb1 keepalived VRRP_AUTH authentication vrrpInstances.0.authPass',
      'lb2 keepalived VRRP vrrp_instance vrrpInstances.0',
    ]);
  });
  it('keywords older keepalived releases do not know (from its changelog)', () => {
    const base = clusterSpec();
    const spec = {
      ...base,
      trackProcesses: [{ name: 'haproxy', process: ['haproxy'] }],
      vrrpInstances: [{ ...base.vrrpInstances[0], trackProcesses: [{ name: 'haproxy' }] }],
      virtualServices: [{ ...base.virtualServices[0], scheduler: 'mh' as const }],
    };
    const r = capabilityRefusals(spec, { lb1: caps({ version: '2.0.5', schedulers: ['mh', 'wrr'] }) });
    expect(r.map((x) => `${x.keyword}: ${x.capability}`)).toEqual([
      'lvs_sched mh: keepalived >= 2.0.7',
      'vrrp_track_process: keepalived >= 2.0.11',
    ]);
    expect(capabilityRefusals(clusterSpec(), { lb1: caps({ version: '1.3.5' }) }).map((x) => x.keyword)).toEqual([
      '--config-test',
      'vrrp_notify_fifo',
    ]);
  });
  it('ipvsadm mode: schedulers only', () => {
    expect(
      capabilityRefusals({ ...clusterSpec(), mode: 'ipvsadm' }, { lb1: caps({ version: '1.2.0', options: '', schedulers: ['rr'] }) }).map(
        (x) => x.keyword,
      ),
    ).toEqual(['lvs_sched wrr']);
  });
});

describe('compareVersions', () => {
  it('compares numerically', () => {
    expect(compareVersions('2.0.10', '2.0.7')).toBe(1);
    expect(compareVersions('2.0', '2.0.0')).toBe(0);
    expect(compareVersions('1.3.5', '1.3.6')).toBe(-1);
  });
});
