import { join } from 'node:path';
import { credentialName, labClusterSpec } from './cluster-spec';
import { LAB_USER } from './lab-user';
import {
  bridgeName,
  CLIENT_ROLE,
  clientAddress,
  DIRECTOR_CONFIG_PATH,
  DIRECTOR_PID_FILE,
  directorAddress,
  directorName,
  directorPriority,
  directorRole,
  gatewayAddress,
  hostVethName,
  HTTP_PORT,
  type LabSize,
  namespaceName,
  realServerAddress,
  realServerName,
  realServerRole,
  SSH_PORT,
  subnet,
  tapName,
  vipAddress,
  vmAddress,
} from './layout';
import { labDir, type LabDirector, type LabRealServer, type LabState } from './state';

/** The lab's state before anything is made: every name, address and path, all derived from `index`. */
export function plan(name: string, index: number, size: LabSize, vm = false): LabState {
  const dir = labDir(name);
  const directors: LabDirector[] = Array.from({ length: size.directors }, (_, k) => {
    const i = k + 1;
    const role = directorRole(i);
    if (vm)
      return {
        name: directorName(i),
        role,
        namespace: '',
        address: vmAddress(index, i),
        sshPort: SSH_PORT,
        sshUser: LAB_USER,
        privateKeyPath: join(dir, 'id_ed25519'),
        hostKeyFingerprint: '',
        configPath: DIRECTOR_CONFIG_PATH,
        configHostPath: '',
        pidFile: DIRECTOR_PID_FILE,
        reloadMethod: 'sighup',
        reload: `kill -HUP "$(cat ${DIRECTOR_PID_FILE})"`,
        priority: directorPriority(i),
        hostVeth: tapName(index, i),
        dir: join(dir, role),
        vm: { tap: tapName(index, i), runDir: join(dir, role, 'vm'), consoleLog: join(dir, role, 'vm', 'console.log') },
      };
    const namespace = namespaceName(index, role);
    return {
      name: directorName(i),
      role,
      namespace,
      address: directorAddress(index, i),
      sshPort: SSH_PORT,
      sshUser: LAB_USER,
      privateKeyPath: join(dir, 'id_ed25519'),
      hostKeyFingerprint: '',
      configPath: DIRECTOR_CONFIG_PATH,
      configHostPath: `/etc/netns/${namespace}/keepalived/keepalived.conf`,
      pidFile: DIRECTOR_PID_FILE,
      reloadMethod: 'sighup',
      reload: `kill -HUP "$(cat ${DIRECTOR_PID_FILE})"`,
      priority: directorPriority(i),
      hostVeth: hostVethName(index, role),
      dir: join(dir, role),
    };
  });
  const realServers: LabRealServer[] = Array.from({ length: size.realServers }, (_, k) => {
    const role = realServerRole(k + 1);
    return {
      name: realServerName(k + 1),
      role,
      namespace: namespaceName(index, role),
      address: realServerAddress(index, k + 1),
      port: HTTP_PORT,
      hostVeth: hostVethName(index, role),
    };
  });
  const client = {
    namespace: namespaceName(index, CLIENT_ROLE),
    address: clientAddress(index),
    hostVeth: hostVethName(index, CLIENT_ROLE),
  };
  return {
    version: 1,
    name,
    index,
    status: 'starting',
    createdAt: new Date().toISOString(),
    dir,
    subnet: subnet(index),
    gateway: gatewayAddress(index),
    bridge: bridgeName(index),
    vips: Array.from({ length: size.vips ?? 1 }, (_, k) => vipAddress(index, k + 1)),
    sshUser: LAB_USER,
    privateKeyPath: join(dir, 'id_ed25519'),
    publicKeyPath: join(dir, 'id_ed25519.pub'),
    knownHostsPath: join(dir, 'known_hosts'),
    directors,
    realServers,
    client,
    credentialName: credentialName(name),
    clusterSpec: labClusterSpec(name, index, size, { vm }),
    pids: {},
    namespaces: [...directors.filter((d) => !d.vm).map((d) => d.namespace), ...realServers.map((r) => r.namespace), client.namespace],
    links: [bridgeName(index), ...directors.map((d) => d.hostVeth), ...realServers.map((r) => r.hostVeth), client.hostVeth],
  };
}

export function director(state: LabState, role: string): LabDirector {
  const d = state.directors.find((x) => x.role === role || x.name === role);
  if (!d) throw new Error(`no director "${role}" in lab "${state.name}" (${state.directors.map((x) => x.role).join(', ')})`);
  return d;
}

export function realServer(state: LabState, role: string): LabRealServer {
  const r = state.realServers.find((x) => x.role === role || x.name === role);
  if (!r) throw new Error(`no real server "${role}" in lab "${state.name}" (${state.realServers.map((x) => x.role).join(', ')})`);
  return r;
}
