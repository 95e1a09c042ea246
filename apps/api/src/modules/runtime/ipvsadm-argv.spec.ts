import { describe, expect, it } from 'vitest';
import { ipvsadmArgv } from './runtime.service';

const vs = { vip: '192.0.2.10', port: 443, protocol: 'TCP' as const, forwarding: 'DR' as const };
const rs = { address: '10.0.0.11', port: 443, weight: 7, adminState: 'enabled' as const };

describe('ipvsadm mode: the command that puts one real server in its admin state', () => {
  it('drain edits the weight to 0 with the forwarding flag (ipvsadm -e defaults to -g otherwise)', () => {
    expect(ipvsadmArgv(vs, { ...rs, forwarding: 'NAT' }, 'drained', true)).toEqual([
      'ipvsadm',
      '-e',
      '-t',
      '192.0.2.10:443',
      '-r',
      '10.0.0.11:443',
      '-m',
      '-w',
      '0',
    ]);
  });
  it('enable edits back to the configured weight, or adds it when it is not in the table, thresholds kept', () => {
    expect(ipvsadmArgv(vs, rs, 'enabled', true)).toEqual(['ipvsadm', '-e', '-t', '192.0.2.10:443', '-r', '10.0.0.11:443', '-g', '-w', '7']);
    expect(ipvsadmArgv(vs, { ...rs, upperThreshold: 100, lowerThreshold: 10 }, 'enabled', false)).toEqual([
      'ipvsadm',
      '-a',
      '-t',
      '192.0.2.10:443',
      '-r',
      '10.0.0.11:443',
      '-g',
      '-w',
      '7',
      '-x',
      '100',
      '-y',
      '10',
    ]);
  });
  it('disable deletes it (nothing when it is gone already); UDP, SCTP, fwmark and IPv6 address forms', () => {
    expect(ipvsadmArgv(vs, rs, 'disabled', true)).toEqual(['ipvsadm', '-d', '-t', '192.0.2.10:443', '-r', '10.0.0.11:443']);
    expect(ipvsadmArgv(vs, rs, 'disabled', false)).toEqual([]);
    expect(ipvsadmArgv({ ...vs, protocol: 'UDP' }, rs, 'disabled', true)?.slice(2, 4)).toEqual(['-u', '192.0.2.10:443']);
    expect(ipvsadmArgv({ ...vs, protocol: 'SCTP' }, rs, 'disabled', true)?.slice(2, 4)).toEqual(['--sctp-service', '192.0.2.10:443']);
    expect(ipvsadmArgv({ ...vs, vip: undefined, port: undefined, fwmark: 7 }, { ...rs, port: undefined }, 'disabled', true)).toEqual([
      'ipvsadm',
      '-d',
      '-f',
      '7',
      '-r',
      '10.0.0.11:0',
    ]);
    expect(ipvsadmArgv({ ...vs, vip: '2001:db8::10' }, { ...rs, address: '2001:db8::11' }, 'drained', true)?.slice(2, 6)).toEqual([
      '-t',
      '[2001:db8::10]:443',
      '-r',
      '[2001:db8::11]:443',
    ]);
    expect(ipvsadmArgv({ ...vs, group: 'G' }, rs, 'drained', true)).toBeUndefined();
  });
});
