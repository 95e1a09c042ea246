import type { ClusterSpec, VirtualService } from '@lvs/domain';
import { num, UnsafeValueError, word } from './tokens';

const METHOD: Record<string, string> = { DR: '-g', NAT: '-m', TUN: '-i' };
const PROTOCOL: Record<string, string> = { TCP: '-t', UDP: '-u', SCTP: '--sctp-service' };

function method(m: string): string {
  const flag = Object.hasOwn(METHOD, m) ? METHOD[m] : undefined;
  if (flag === undefined) throw new UnsafeValueError(`unknown forwarding method ${JSON.stringify(m)}`);
  return flag;
}

function host(address: string): string {
  return address.includes(':') ? `[${word(address)}]` : word(address);
}

function service(vs: VirtualService): string {
  // ipvsadm(8): "-f ... If IPv6 addresses are used, the -6 option must be used."
  if (vs.fwmark !== undefined) return `-f ${num(vs.fwmark, 1)}${vs.family === 'inet6' ? ' -6' : ''}`;
  const flag = Object.hasOwn(PROTOCOL, vs.protocol) ? PROTOCOL[vs.protocol] : undefined;
  if (flag === undefined) throw new UnsafeValueError(`unknown protocol ${JSON.stringify(vs.protocol)}`);
  return `${flag} ${host(vs.vip ?? '')}:${vs.port === undefined ? 0 : num(vs.port, 1, 65535)}`;
}

/** ipvsadm-save leaves out -M when it is the default granularity (one client host). */
function isDefaultNetmask(netmask: string): boolean {
  return netmask === '255.255.255.255' || netmask === '128';
}

/**
 * `ipvsadm-restore` input for clusters that run IPVS without keepalived's checker (mode
 * `ipvsadm`): the `-A`/`-a` lines in the form `ipvsadm-save -n` prints them, e.g.
 * `-A -t 10.0.0.1:80 -s wrr -p 300 -M 255.255.255.0` and `-a -t 10.0.0.1:80 -r 10.0.0.11:80 -g -w 10 -x 100 -y 50`.
 * Drained real servers get weight 0; disabled ones are left out. A real server without a port
 * takes the virtual port (0 for fwmark services, as ipvsadm-save prints them). No leading `-C`:
 * whether to clear the table first is the deployment's decision.
 */
export function renderIpvsadm(spec: ClusterSpec): string {
  const out: string[] = [];
  for (const vs of spec.virtualServices) {
    const svc = service(vs);
    let line = `-A ${svc} -s ${word(vs.scheduler)}`;
    if (vs.persistence) {
      line += ` -p ${num(vs.persistence.timeout, 1)}`;
      if (vs.persistence.netmask !== undefined && !isDefaultNetmask(vs.persistence.netmask)) line += ` -M ${word(vs.persistence.netmask)}`;
    }
    out.push(line);
    for (const rs of vs.realServers) {
      if (rs.adminState === 'disabled') continue;
      const port = rs.port ?? vs.port ?? 0;
      let r = `-a ${svc} -r ${host(rs.address)}:${num(port, 0, 65535)} ${method(rs.forwarding ?? vs.forwarding)} -w ${num(rs.adminState === 'drained' ? 0 : rs.weight, 0, 65535)}`;
      if (rs.upperThreshold !== undefined) r += ` -x ${num(rs.upperThreshold, 0, 65535)}`;
      if (rs.lowerThreshold !== undefined) r += ` -y ${num(rs.lowerThreshold, 0, 65535)}`;
      out.push(r);
    }
  }
  return out.length ? out.join('\n') + '\n' : '';
}
