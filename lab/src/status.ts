import { join } from 'node:path';
import { labDir, type LabState, listLabs, alivePids, readState } from './state';
import { namespaces, requireRoot, run } from './system';
import { vmHoldsVip, VM_KEEPALIVED_LOG } from './vm-director';

/** Directors currently holding `vip` on eth0 (by role), as `ip -j addr` shows. */
export function vipHolders(state: LabState, vip = state.vips[0]): string[] {
  return state.directors
    .filter((d) => {
      if (d.vm) return vmHoldsVip(state, d, vip);
      try {
        const links = JSON.parse(run(['ip', '-n', d.namespace, '-j', 'addr', 'show', 'dev', 'eth0'])) as {
          addr_info?: { local?: string }[];
        }[];
        return links.some((l) => l.addr_info?.some((a) => a.local === vip));
      } catch {
        return false;
      }
    })
    .map((d) => d.role);
}

export interface LabStatus {
  name: string;
  index: number;
  status: LabState['status'];
  subnet: string;
  bridge: string;
  /** Which director holds each VIP now. */
  vipHolders: Record<string, string[]>;
  running: string[];
  stopped: string[];
  missingNamespaces: string[];
}

export function status(): LabStatus[] {
  requireRoot();
  const present = new Set(namespaces());
  return listLabs().map((s) => {
    const running = alivePids(s);
    return {
      name: s.name,
      index: s.index,
      status: s.status,
      subnet: s.subnet,
      bridge: s.bridge,
      vipHolders: Object.fromEntries(s.vips.map((v) => [v, vipHolders(s, v)])),
      running,
      stopped: Object.keys(s.pids).filter((k) => !running.includes(k)),
      missingNamespaces: s.namespaces.filter((n) => !present.has(n)),
    };
  });
}

/** What the console needs to manage the lab (the state file holds this and more). */
export function describeLab(state: LabState) {
  return {
    name: state.name,
    subnet: state.subnet,
    gateway: state.gateway,
    bridge: state.bridge,
    vips: state.vips,
    credential: { name: state.credentialName, kind: 'private_key' as const, privateKeyPath: state.privateKeyPath },
    directors: state.directors.map((d) => ({
      name: d.name,
      namespace: d.namespace,
      address: d.address,
      sshPort: d.sshPort,
      sshUser: d.sshUser,
      privateKeyPath: d.privateKeyPath,
      hostKeyFingerprint: d.hostKeyFingerprint,
      configPath: d.configPath,
      pidFile: d.pidFile,
      reloadMethod: d.reloadMethod,
      reload: d.reload,
      priority: d.priority,
      ...(d.vm ? { vm: { tap: d.vm.tap, consoleLog: d.vm.consoleLog, keepalivedLog: VM_KEEPALIVED_LOG } } : {}),
    })),
    realServers: state.realServers.map((r) => ({ name: r.name, namespace: r.namespace, address: r.address, port: r.port })),
    client: state.client,
    clusterSpec: state.clusterSpec.name,
    stateFile: join(state.dir, 'lab.json'),
  };
}

export function requireState(name: string): LabState {
  const s = readState(name);
  if (!s) throw new Error(`lab "${name}" is not up (no ${join(labDir(name), 'lab.json')})`);
  return s;
}
