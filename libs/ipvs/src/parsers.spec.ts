import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostKey, type IpvsService, serviceKey } from './model';
import { exactNumber, parseIpvsList, parseIpvsRates, parseIpvsStats } from './parse-list';
import { parseIpvsSave } from './parse-save';
import { countProcIpVsConn, hexAddress, parseProcIpVs, parseProcIpVsStats } from './parse-proc';
import { parseKeepalivedData, parseKeepalivedJson, parseNotifyLine } from './parse-keepalived';

const LIST = `IP Virtual Server version 1.2.1 (size=4096)
Prot LocalAddress:Port Scheduler Flags
  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn
TCP  10.213.1.10:80 wrr persistent 300 mask 255.255.255.0
  -> 10.213.0.21:80               Route   10     3          12
  -> 10.213.0.22:80               Route   0      0          4
UDP  10.213.1.10:53 rr ops
  -> 10.213.0.31:53               Masq    1      0          0
SCTP 10.213.1.10:9000 sh (sh-fallback,sh-port)
  -> 10.213.0.41:9000             Tunnel  5      1          0
FWM  7 wlc persistent 60
  -> 10.213.0.21:0                Route   1      0          0
TCP  [2001:db8::10]:443 mh (mh-port) pe sip
  -> [2001:db8::21]:443           Route   2      7          1
`;

describe('parseIpvsList (ipvsadm -Ln)', () => {
  it('reads services, flags, persistence and real servers for IPv4, IPv6, UDP, SCTP and fwmark', () => {
    const s = parseIpvsList(LIST);
    expect(s.map((x) => x.key)).toEqual([
      '10.213.1.10:80/TCP',
      '10.213.1.10:53/UDP',
      '10.213.1.10:9000/SCTP',
      'fwmark:7',
      '[2001:db8::10]:443/TCP',
    ]);
    expect(s[0]).toMatchObject({ scheduler: 'wrr', persistence: { timeout: 300, netmask: '255.255.255.0' } });
    expect(s[0].realServers[1]).toMatchObject({ key: '10.213.0.22:80', forward: 'DR', weight: 0, activeConn: 0, inactConn: 4 });
    expect(s[1]).toMatchObject({ flags: ['ops'], realServers: [{ forward: 'NAT' }] });
    expect(s[2]).toMatchObject({ flags: ['sh-fallback', 'sh-port'], realServers: [{ forward: 'TUN', weight: 5 }] });
    expect(s[3]).toMatchObject({ fwmark: 7, persistence: { timeout: 60 } });
    expect(s[4]).toMatchObject({
      address: '2001:db8::10',
      port: 443,
      pe: 'sip',
      flags: ['mh-port'],
      realServers: [{ key: '[2001:db8::21]:443', activeConn: 7 }],
    });
  });

  it('reads --thresholds output', () => {
    const s = parseIpvsList(`Prot LocalAddress:Port Scheduler Flags
  -> RemoteAddress:Port           Forward Weight Uthreshold Lthreshold
TCP  10.0.0.1:80 wlc
  -> 10.0.0.11:80                 Route   1      100        50
`);
    expect(s[0].realServers[0]).toMatchObject({ upperThreshold: 100, lowerThreshold: 50 });
  });

  it('refuses garbage instead of guessing', () => {
    expect(() => parseIpvsList('hello world')).toThrow(/unexpected line/);
  });

  // Property: whatever table ipvsadm prints, the parser gives it back.
  const addr = fc.oneof(fc.ipV4(), fc.constantFrom('2001:db8::1', 'fe80::1:2', '::1'));
  const rsArb = fc.record({
    address: addr,
    port: fc.integer({ min: 0, max: 65535 }),
    forward: fc.constantFrom('Route', 'Masq', 'Tunnel'),
    weight: fc.integer({ min: 0, max: 65535 }),
    active: fc.nat(),
    inact: fc.nat(),
  });
  const svcArb = fc.record({
    protocol: fc.constantFrom('TCP', 'UDP', 'SCTP'),
    address: addr,
    port: fc.integer({ min: 0, max: 65535 }),
    scheduler: fc.constantFrom('rr', 'wrr', 'lc', 'wlc', 'lblc', 'lblcr', 'dh', 'sh', 'sed', 'nq', 'mh', 'fo', 'ovf', 'twos'),
    persistent: fc.option(fc.integer({ min: 1, max: 86400 }), { nil: undefined }),
    reals: fc.array(rsArb, { maxLength: 5 }),
  });
  it('round-trips generated tables (property)', () => {
    fc.assert(
      fc.property(fc.array(svcArb, { maxLength: 6 }), (svcs) => {
        const h = (a: string, p: number) => hostKey(a, p);
        const text = ['Prot LocalAddress:Port Scheduler Flags', '  -> RemoteAddress:Port Forward Weight ActiveConn InActConn']
          .concat(
            svcs.flatMap((s) => [
              `${s.protocol.padEnd(4)} ${h(s.address, s.port)} ${s.scheduler}${s.persistent ? ` persistent ${s.persistent}` : ''}`,
              ...s.reals.map(
                (r) => `  -> ${h(r.address, r.port).padEnd(28)} ${r.forward.padEnd(7)} ${r.weight}     ${r.active}          ${r.inact}`,
              ),
            ]),
          )
          .join('\n');
        const parsed = parseIpvsList(text);
        expect(parsed.map((p) => p.key)).toEqual(svcs.map((s) => serviceKey(s.protocol as 'TCP', s.address, s.port, undefined)));
        parsed.forEach((p, i) => {
          expect(p.scheduler).toBe(svcs[i].scheduler);
          expect(p.persistence?.timeout).toBe(svcs[i].persistent);
          expect(p.realServers.map((r) => [r.address, r.port, r.weight, r.activeConn, r.inactConn])).toEqual(
            svcs[i].reals.map((r) => [r.address, r.port, r.weight, r.active, r.inact]),
          );
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('stats and rates (--stats/--rate --exact)', () => {
  it('reads counters per service and per real server', () => {
    const st = parseIpvsStats(`IP Virtual Server version 1.2.1 (size=4096)
Prot LocalAddress:Port               Conns   InPkts  OutPkts  InBytes OutBytes
  -> RemoteAddress:Port
TCP  10.213.1.10:80                    120     1200        0   120000        0
  -> 10.213.0.21:80                     70      700        0    70000        0
  -> 10.213.0.22:80                     50      500        0    50000        0
`);
    expect(st.services.get('10.213.1.10:80/TCP')).toEqual({ conns: 120, inPkts: 1200, outPkts: 0, inBytes: 120000, outBytes: 0 });
    expect(st.realServers.get('10.213.1.10:80/TCP>10.213.0.22:80')?.inBytes).toBe(50000);
    const rt = parseIpvsRates(`Prot LocalAddress:Port                 CPS    InPPS   OutPPS    InBPS   OutBPS
  -> RemoteAddress:Port
TCP  [2001:db8::10]:443                  2       20        0     2000        0
  -> [2001:db8::21]:443                  2       20        0     2000        0
`);
    expect(rt.realServers.get('[2001:db8::10]:443/TCP>[2001:db8::21]:443')).toEqual({
      cps: 2,
      inPps: 20,
      outPps: 0,
      inBps: 2000,
      outBps: 0,
    });
  });

  it('expands K/M/G when --exact was forgotten', () => {
    expect(exactNumber('12K')).toBe(12000);
    expect(exactNumber('3G')).toBe(3e9);
    expect(() => exactNumber('1.5K')).toThrow();
  });
});

describe('ipvsadm-save -n', () => {
  it('reads -A/-a lines with persistence, thresholds, flags and every forwarding method', () => {
    const s: IpvsService[] = parseIpvsSave(`-A -t 10.213.1.10:80 -s wrr -p 300 -M 255.255.255.0
-a -t 10.213.1.10:80 -r 10.213.0.21:80 -g -w 10 -x 100 -y 50
-a -t 10.213.1.10:80 -r 10.213.0.22:8080 -m -w 0
-A -u 10.213.1.10:53 -s sh -b sh-fallback,sh-port
-a -u 10.213.1.10:53 -r 10.213.0.31:53 -i -w 1
-A -f 7 -s rr
-a -f 7 -r 10.213.0.21:0 -g -w 1
-A -t [2001:db8::10]:443 -s rr
-a -t [2001:db8::10]:443 -r [2001:db8::21]:443 -g -w 2
`);
    expect(s.map((x) => x.key)).toEqual(['10.213.1.10:80/TCP', '10.213.1.10:53/UDP', 'fwmark:7', '[2001:db8::10]:443/TCP']);
    expect(s[0]).toMatchObject({ scheduler: 'wrr', persistence: { timeout: 300, netmask: '255.255.255.0' } });
    expect(s[0].realServers).toMatchObject([
      { forward: 'DR', weight: 10, upperThreshold: 100, lowerThreshold: 50 },
      { forward: 'NAT', weight: 0, port: 8080 },
    ]);
    expect(s[1]).toMatchObject({ flags: ['sh-fallback', 'sh-port'], realServers: [{ forward: 'TUN' }] });
    expect(() => parseIpvsSave('-a -t 1.2.3.4:80 -r 5.6.7.8:80')).toThrow(/unknown service/);
  });
});

describe('/proc/net/ip_vs*', () => {
  it('decodes hexadecimal addresses', () => {
    expect(hexAddress('0AD5010A')).toBe('10.213.1.10');
    expect(hexAddress('20010DB8000000000000000000000010')).toBe('2001:db8::10');
    expect(hexAddress('20010db8:00000000:00000000:00000010'.replace(/:/g, ''))).toBe('2001:db8::10');
  });

  it('reads the table, stats and connection counts', () => {
    const t = parseProcIpVs(`IP Virtual Server version 1.2.1 (size=4096)
Prot LocalAddress:Port Scheduler Flags
  -> RemoteAddress:Port Forward Weight ActiveConn InActConn
TCP  0AD5010A:0050 wrr persistent 300 FFFFFF00
  -> 0AD50015:0050      Route   10     3          12
FWM  00000007 rr
`);
    expect(t[0]).toMatchObject({
      key: '10.213.1.10:80/TCP',
      persistence: { timeout: 300, netmask: '255.255.255.0' },
      realServers: [{ key: '10.213.0.21:80', weight: 10, activeConn: 3 }],
    });
    expect(t[1].key).toBe('fwmark:7');
    const st = parseProcIpVsStats(`   Total Incoming Outgoing         Incoming         Outgoing
   Conns  Packets  Packets            Bytes            Bytes
      1E      12C        0             4E20                0

 Conns/s   Pkts/s   Pkts/s          Bytes/s          Bytes/s
       1        A        0              3E8                0
`);
    expect(st).toEqual({
      totals: { conns: 30, inPkts: 300, outPkts: 0, inBytes: 20000, outBytes: 0 },
      rates: { cps: 1, inPps: 10, outPps: 0, inBps: 1000, outBps: 0 },
    });
    const c = countProcIpVsConn(`Pro FromIP   FPrt ToIP     TPrt DestIP   DPrt State       Expires PEName PEData
TCP 0AD50064 9C40 0AD5010A 0050 0AD50015 0050 ESTABLISHED    899
TCP 0AD50064 9C41 0AD5010A 0050 0AD50016 0050 TIME_WAIT       60
TCP 0AD50064 9C42 0AD5010A 0050 0AD50015 0050 ESTABLISHED    899
`);
    expect(c).toEqual({ total: 3, byState: { ESTABLISHED: 2, TIME_WAIT: 1 }, byRealServer: { '10.213.0.21:80': 2, '10.213.0.22:80': 1 } });
  });
});

describe('keepalived state', () => {
  it('reads the JSON dump and never copies auth_data', () => {
    const json = JSON.stringify([
      {
        data: {
          iname: 'VI_WEB',
          state: 2,
          ifp_ifname: 'eth0',
          vrid: 51,
          effective_priority: 150,
          vips: ['10.213.1.10 dev eth0 scope global'],
          auth_data: 'secret12',
          last_transition: 1795570000.5,
        },
        stats: { advert_sent: 10 },
      },
      { data: { iname: 'VI_DNS', state: 1, vrid: 52, base_priority: 100, vips: [] } },
    ]);
    const s = parseKeepalivedJson(json);
    expect(s).toEqual([
      {
        name: 'VI_WEB',
        state: 'MASTER',
        interface: 'eth0',
        virtualRouterId: 51,
        priority: 150,
        vips: ['10.213.1.10'],
        lastTransition: 1795570000.5,
      },
      { name: 'VI_DNS', state: 'BACKUP', interface: undefined, virtualRouterId: 52, priority: 100, vips: [], lastTransition: undefined },
    ]);
    expect(JSON.stringify(s)).not.toContain('secret12');
  });

  it('reads the SIGUSR1 data dump', () => {
    const s = parseKeepalivedData(`------< VRRP Topology >------
 VRRP Instance = VI_WEB
   VRRP Version = 2
   State = BACKUP
   Interface = eth0
   Virtual Router ID = 51
   Effective priority = 100
   Virtual IP (1):
     10.213.1.10/32 dev eth0 scope global
   Unicast Peer = 10.213.0.11
 VRRP Instance = VI_2
   State = FAULT
`);
    expect(s).toEqual([
      { name: 'VI_WEB', state: 'BACKUP', interface: 'eth0', virtualRouterId: 51, priority: 100, vips: ['10.213.1.10'] },
      { name: 'VI_2', state: 'FAULT', vips: [] },
    ]);
  });

  it('reads notify FIFO lines', () => {
    expect(parseNotifyLine('INSTANCE "VI_1" MASTER 100')).toEqual({
      kind: 'vrrp',
      type: 'INSTANCE',
      name: 'VI_1',
      state: 'MASTER',
      priority: 100,
    });
    expect(parseNotifyLine('RS [10.213.0.21]:tcp:80 [10.213.1.10]:tcp:80 DOWN')).toEqual({
      kind: 'rs',
      realServer: '10.213.0.21:80',
      service: '10.213.1.10:80',
      protocol: 'TCP',
      up: false,
    });
    expect(parseNotifyLine('VS [2001:db8::10]:tcp:443 UP')).toEqual({
      kind: 'vs',
      service: '[2001:db8::10]:443',
      protocol: 'TCP',
      up: true,
    });
    expect(parseNotifyLine('garbage')).toBeUndefined();
  });
});

describe('parseNumberColumns (the collector hot path)', () => {
  it('gives the same numbers as the Map form, in table order', async () => {
    const { parseNumberColumns } = await import('./parse-list');
    const text = `Prot LocalAddress:Port               Conns   InPkts  OutPkts  InBytes OutBytes
  -> RemoteAddress:Port
TCP  10.0.0.1:80                         3       30        0     3000        0
  -> 10.0.0.11:80                        1       10        0     1000        0
  -> 10.0.0.12:80                        2       20        0     2000        0
FWM  7                                  1K        0        0        0        0
  -> 10.0.0.11:0                         5        0        0        0        0
`;
    const c = parseNumberColumns(text);
    expect(c.serviceKeys).toEqual(['10.0.0.1:80/TCP', 'fwmark:7']);
    expect(c.realServerKeys).toEqual(['10.0.0.11:80', '10.0.0.12:80', '10.0.0.11:0']);
    expect(c.realServerService).toEqual([0, 0, 1]);
    expect(Array.from(c.serviceValues)).toEqual([3, 30, 0, 3000, 0, 1000, 0, 0, 0, 0]);
    expect(Array.from(c.realServerValues.subarray(5, 10))).toEqual([2, 20, 0, 2000, 0]);
  });
});
