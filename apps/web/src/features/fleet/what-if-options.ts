import type { ClusterSpec } from '@lvs/domain';

export interface FailOption {
  /** The API's `fail` (fleet.dto.ts WhatIfQuery): `director:NAME`, `interface:IF@DIRECTOR`, `script:NAME`, `real-server:IP:PORT`. */
  value: string;
  label: string;
  group: 'Directors' | 'Interfaces' | 'Tracked scripts' | 'Real servers';
}

/** An IPv6 real server is `[addr]:port` in the API's syntax. */
const hostPort = (address: string, port: number | undefined) =>
  port === undefined ? address : address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`;

/** Everything of a spec that can fail, in the what-if's syntax: each director, each instance's interface on each member, each vrrp_script, each real server. */
export function failOptions(spec: ClusterSpec): FailOption[] {
  const out: FailOption[] = [];
  const seen = new Set<string>();
  const add = (o: FailOption) => {
    if (seen.has(o.value)) return;
    seen.add(o.value);
    out.push(o);
  };
  for (const d of spec.directors) add({ value: `director:${d.name}`, label: `director ${d.name} (down)`, group: 'Directors' });
  for (const i of spec.vrrpInstances)
    for (const m of i.members)
      add({ value: `interface:${i.interface}@${m.director}`, label: `interface ${i.interface} on ${m.director}`, group: 'Interfaces' });
  for (const s of spec.vrrpScripts ?? [])
    add({ value: `script:${s.name}`, label: `vrrp_script ${s.name} on every director`, group: 'Tracked scripts' });
  for (const vs of spec.virtualServices)
    for (const rs of vs.realServers) {
      const v = `real-server:${hostPort(rs.address, rs.port)}`;
      add({ value: v, label: `real server ${hostPort(rs.address, rs.port)}`, group: 'Real servers' });
    }
  return out;
}
