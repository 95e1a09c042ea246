import { ClusterSpecSchema, validateClusterSpec, type ClusterSpec } from '@lvs/domain';
import {
  DIRECTOR_CONFIG_PATH,
  DIRECTOR_PID_FILE,
  directorAddress,
  directorName,
  directorPriority,
  HTTP_PORT,
  type LabSize,
  realServerAddress,
  SSH_PORT,
  VIRTUAL_ROUTER_ID,
  vipAddress,
  vmAddress,
} from './layout';
import { LAB_USER } from './lab-user';

export const clusterName = (labName: string) => `netns-${labName}`;
export const credentialName = (labName: string) => `netns-${labName}-key`;

/**
 * The cluster a lab is, in the console's own spec: the directors' initial keepalived.conf is
 * rendered from it by @lvs/keepalived (as the console would), and `--register` posts it, so a
 * freshly registered lab plans with no drift.
 */
export function labClusterSpec(labName: string, index: number, size: LabSize, opts: { vm?: boolean } = {}): ClusterSpec {
  const directors = Array.from({ length: size.directors }, (_, k) => k + 1);
  const vips = Array.from({ length: size.vips ?? 1 }, (_, k) => vipAddress(index, k + 1));
  const spec = ClusterSpecSchema.parse({
    name: clusterName(labName),
    description: opts.vm ? `VM lab "${labName}" (npm run lab -- up --vm)` : `netns lab "${labName}" (npm run lab)`,
    directors: directors.map((i) => ({
      name: directorName(i),
      address: opts.vm ? vmAddress(index, i) : directorAddress(index, i),
      sshPort: SSH_PORT,
      sshUser: LAB_USER,
      credential: credentialName(labName),
      configPath: DIRECTOR_CONFIG_PATH,
      reloadMethod: 'sighup',
      pidFile: DIRECTOR_PID_FILE,
    })),
    vrrpInstances: [
      {
        name: 'VI_LAB',
        interface: 'eth0',
        virtualRouterId: VIRTUAL_ROUTER_ID,
        advertInt: 1,
        members: directors.map((i) => ({ director: directorName(i), priority: directorPriority(i), state: i === 1 ? 'MASTER' : 'BACKUP' })),
        vips: vips.map((a) => ({ address: `${a}/32`, dev: 'eth0' })),
      },
    ],
    virtualServices:
      size.realServers === 0
        ? []
        : vips.map((vip) => ({
            vip,
            port: HTTP_PORT,
            protocol: 'TCP',
            scheduler: 'wrr',
            forwarding: 'DR',
            realServers: Array.from({ length: size.realServers }, (_, k) => ({
              address: realServerAddress(index, k + 1),
              port: HTTP_PORT,
              weight: 1,
              healthCheck: { type: 'HTTP_GET', urls: [{ path: '/health', statusCode: 200 }], connectTimeout: 3 },
            })),
          })),
  });
  const { errors } = validateClusterSpec(spec);
  if (errors.length) throw new Error(`the lab's cluster spec breaks a rule: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return spec;
}
