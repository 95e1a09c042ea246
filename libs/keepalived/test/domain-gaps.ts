import { type ClusterSpec, isIpv6 } from '@lvs/domain';
import { rendersAsBackup } from '../src/render';

/**
 * Specs the domain accepts but keepalived 2.2.7's --config-test refuses, found by feeding
 * generated specs to the real binary (see keepalived.int-spec.ts). render() already avoids every
 * case it can without changing meaning (see normaliseForRender); these are the ones only the
 * domain rules can prevent. Each entry names the keepalived message. With `director`, only what
 * that director's file holds.
 */
export function keepalivedRefuses(spec: ClusterSpec, director?: string): string[] {
  const out: string[] = [];
  for (const inst of spec.vrrpInstances) {
    if (director !== undefined && !inst.members.some((m) => m.director === director)) continue;
    const v6 = inst.vips.length > 0 && isIpv6(inst.vips[0].address);
    if (inst.vips.length === 0) out.push(`${inst.name}: "No VIP specified"`);
    const v3 = v6 || (inst.vrrpVersion ?? spec.globalDefs?.vrrpVersion ?? 2) === 3;
    if (v3 && inst.advertInt > 40.95) out.push(`${inst.name}: "VRRPv3 advertisement interval ... Must be less than 40.96s"`);
    if (v3 && inst.authPass !== undefined) out.push(`${inst.name}: "VRRP version 3 does not support authentication"`);
    if (!v3 && !Number.isInteger(inst.advertInt))
      out.push(`${inst.name}: "VRRPv2 advertisement interval ... must be an integer. rounding"`);
    const mine = inst.members.filter((m) => director === undefined || m.director === director);
    if (inst.nopreempt && mine.some((m) => m.priority === 255)) out.push(`${inst.name}: "nopreempt is incompatible with priority 255"`);
    if (mine.some((m) => m.priority === 255)) {
      for (const [f, w] of Object.entries(inst.trackInterfaceWeights ?? {}))
        if (w.weight !== 0 && f !== inst.interface) out.push(`${inst.name}: "ignoring ${f} tracked interface due to address owner"`);
      for (const t of inst.trackScripts ?? [])
        if ((t.weight ?? spec.vrrpScripts?.find((x) => x.name === t.name)?.weight ?? 0) !== 0)
          out.push(`${inst.name}: "ignoring tracked script ${t.name} with weights due to address_owner"`);
      for (const t of inst.trackFiles ?? [])
        if ((t.weight ?? spec.trackFiles?.find((x) => x.name === t.name)?.weight ?? 1) !== 0)
          out.push(`${inst.name}: "ignoring weight from tracked file ${t.name} due to address_owner"`);
      // A weighted track_process on an address owner: 2.2.7's --config-test says nothing and exits 0.
    }
    if (inst.useVmac && inst.unicast && inst.members.length > 1 && !inst.vmacXmitBase)
      out.push(`${inst.name}: "unicast with use_vmac requires vmac_xmit_base"`);
  }
  const onDirector = (n: string) =>
    director === undefined || spec.vrrpInstances.some((i) => i.name === n && i.members.some((m) => m.director === director));
  for (const g of spec.vrrpSyncGroups) {
    for (const d of spec.directors) {
      if (director !== undefined && d.name !== director) continue;
      // keepalived's walk over the group (vrrp_sync.c): state MASTER while each member so far is an owner
      // starting as MASTER; a member starting as BACKUP then is the error; one non-owner ends the walk.
      const ms = g.instances.flatMap((n) => {
        const i = spec.vrrpInstances.find((x) => x.name === n);
        const m = i?.members.find((x) => x.director === d.name);
        return i && m ? [{ want: rendersAsBackup(i) ? 'BACKUP' : m.state, priority: m.priority }] : [];
      });
      if (ms.length < 2) continue;
      let state: 'MASTER' | 'BACKUP' | undefined;
      for (const m of ms) {
        if (state === 'MASTER' && m.want === 'BACKUP') {
          out.push(`${g.name}: "has some member(s) as address owner and some not"`);
          break;
        }
        if (state !== 'BACKUP') state = m.want === 'MASTER' && m.priority === 255 ? 'MASTER' : 'BACKUP';
      }
    }
  }
  for (const g of spec.vrrpSyncGroups) {
    if (g.trackingWeight) continue;
    // render() leaves out a sync group of which this director runs fewer than two instances.
    if (director !== undefined && g.instances.filter(onDirector).length < 2) continue;
    for (const n of g.instances) {
      const inst = spec.vrrpInstances.find((i) => i.name === n);
      if (!onDirector(n)) continue;
      for (const t of inst?.trackScripts ?? [])
        if ((t.weight ?? spec.vrrpScripts?.find((x) => x.name === t.name)?.weight ?? 0) !== 0)
          out.push(`${n}: "ignoring tracked script ${t.name} with weights due to SYNC group"`);
      for (const t of inst?.trackFiles ?? [])
        if ((t.weight ?? spec.trackFiles?.find((x) => x.name === t.name)?.weight ?? 1) !== 0)
          out.push(`${n}: "ignoring track file ${t.name} with weights due to SYNC group"`);
      // A weighted track_process in a sync group: 2.2.7's --config-test says nothing and exits 0.
      // The instance's own interface is not rendered in track_interface (render.ts), so its weight is not either.
      for (const [f, w] of Object.entries(inst?.trackInterfaceWeights ?? {}))
        if (w.weight !== 0 && f !== inst?.interface) out.push(`${n}: "ignoring ${f} tracked interface weight due to SYNC group"`);
    }
  }
  if (spec.mode !== 'keepalived') return out;
  for (const vs of spec.virtualServices) {
    const reals = vs.realServers.filter((r) => r.adminState !== 'disabled');
    if (reals.length === 0) continue; // not rendered
    const key =
      vs.group !== undefined ? `group ${vs.group}` : vs.fwmark !== undefined ? `fwmark ${vs.fwmark}` : `${vs.vip}:${vs.port ?? 0}`;
    if (vs.group !== undefined) {
      const g = spec.virtualServerGroups?.find((x) => x.name === vs.group);
      for (const r of reals)
        for (const m of g?.members ?? [])
          if (!('fwmark' in m) && (r.forwarding ?? vs.forwarding) !== 'NAT' && r.port !== undefined && r.port !== (m.port ?? 0))
            out.push(`${key}: real server ${r.address}:${r.port} and ${m.address}:${m.port ?? 0} "ports don't match"`);
    }
    for (const f of vs.schedulerFlags ?? [])
      if (/^(sh|mh)-/.test(f) && !f.startsWith(`${vs.scheduler}-`))
        out.push(`${key}: "${f} only applies to ${f.slice(0, 2)} scheduler - ignoring"`);
    const fwmarkOnly =
      vs.fwmark !== undefined ||
      (vs.group !== undefined && (spec.virtualServerGroups?.find((x) => x.name === vs.group)?.members ?? []).every((m) => 'fwmark' in m));
    if (vs.ops && vs.protocol !== 'UDP' && !fwmarkOnly) out.push(`${key}: "one packet scheduling requires UDP - resetting"`);
    if (vs.group === undefined && vs.fwmark === undefined && vs.port === undefined && !vs.persistence)
      out.push(`${key}: "zero port only valid for persistent services"`);
    if (vs.persistence && vs.persistence.timeout > 2678400) out.push(`${key}: persistence_timeout "outside range [1, 2678400]"`);
    const quorum = vs.quorum ?? 1;
    if (vs.quorum === 0) out.push(`${key}: "Quorum 0 must be in [1, 4294967295]"`);
    const total = reals.reduce((t, r) => t + (r.adminState === 'drained' ? 0 : r.weight), 0);
    if (total < quorum) out.push(`${key}: "quorum ${quorum} ... exceeds total weight of real servers ${total}"`);
    if ((vs.hysteresis ?? 0) >= Math.min(quorum, total)) out.push(`${key}: "hysteresis ... >= quorum"`);
    for (const r of reals)
      for (const hc of [r.healthCheck, ...(r.additionalChecks ?? [])])
        if (hc?.type === 'SMTP_CHECK')
          for (const h of hc.hosts ?? [])
            if (h.bindTo !== undefined && isIpv6(h.bindTo) !== isIpv6(h.connectIp ?? r.address))
              out.push(`${key}: real server ${r.address} "bindto address ${h.bindTo} does not match address family of connect_ip"`);
    if (vs.fwmark === undefined && vs.group === undefined) {
      for (const r of reals) {
        if ((r.forwarding ?? vs.forwarding) !== 'NAT' && r.port !== undefined && r.port !== (vs.port ?? 0))
          out.push(`${key}: real server ${r.address}:${r.port} "ports don't match" (${r.forwarding ?? vs.forwarding})`);
      }
      if (vs.sorryServer?.port !== undefined && vs.forwarding !== 'NAT' && vs.sorryServer.port !== (vs.port ?? 0))
        out.push(`${key}: "sorry server ports don't match"`);
    }
  }
  return out;
}
