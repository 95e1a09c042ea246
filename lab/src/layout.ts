/**
 * Names and addresses of a lab, derived from its index alone (pure: no I/O). Everything a lab
 * creates on the host is named from its index, so `down` can find what a crashed `up` left behind,
 * and two labs with different indexes never share a name or an address.
 *
 * A lab owns 10.213.(100 + index).0/24 — above the 10.213.0–3.x and 10.213.250.x that the API's
 * tests use as made-up addresses — laid out as:
 *   .1        the host's side of the bridge (gateway; the console on the host reaches directors here)
 *   .5        the client namespace
 *   .11–.30   directors (`d1`… `d20`)
 *   .31–.70   real servers (`r1`… `r40`)
 *   .100–.109 VIPs
 *   .150–.199 kept for the VM tier (`vmAddress`): VM directors attach to the same bridge with a tap
 */

export const LAB_NAME = /^[a-z0-9][a-z0-9-]{0,31}$/;
export const MAX_INDEX = 99;
export const MAX_DIRECTORS = 20;
export const MAX_REAL_SERVERS = 40;
export const MAX_VIPS = 10;
export const SSH_PORT = 22;
export const HTTP_PORT = 80;
/** Inside a director: where its keepalived.conf, pid files and shim live (host: /etc/netns/<ns>/keepalived/). */
export const DIRECTOR_CONFIG_DIR = '/etc/keepalived';
export const DIRECTOR_CONFIG_PATH = `${DIRECTOR_CONFIG_DIR}/keepalived.conf`;
export const DIRECTOR_PID_FILE = `${DIRECTOR_CONFIG_DIR}/keepalived.pid`;
export const DIRECTOR_VRRP_PID_FILE = `${DIRECTOR_CONFIG_DIR}/vrrp.pid`;
export const VIRTUAL_ROUTER_ID = 51;

export interface LabSize {
  directors: number;
  realServers: number;
  vips?: number;
}

/** Folders of `.lab/` that are not labs (the VM tier keeps its downloads in `.lab/cache`). */
const RESERVED_NAMES = new Set(['cache', 'vm', 'images']);

export function checkLabName(name: string): void {
  if (RESERVED_NAMES.has(name)) throw new Error(`"${name}" is reserved for .lab/${name}/: pick another lab name`);
  if (!LAB_NAME.test(name))
    throw new Error(`lab name "${name}" must be 1-32 characters of a-z, 0-9 and -, starting with a letter or digit`);
}

export function checkSize(size: LabSize): void {
  const within = (what: string, n: number, min: number, max: number) => {
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${what} must be a whole number from ${min} to ${max} (got ${n})`);
  };
  within('--directors', size.directors, 1, MAX_DIRECTORS);
  within('--real-servers', size.realServers, 0, MAX_REAL_SERVERS);
  within('--vips', size.vips ?? 1, 1, MAX_VIPS);
}

/** Third octet of the lab's /24. */
export function subnetOctet(index: number): number {
  if (!Number.isInteger(index) || index < 0 || index > MAX_INDEX) throw new Error(`lab index ${index} is outside 0-${MAX_INDEX}`);
  return 100 + index;
}

const addr = (index: number, host: number) => `10.213.${subnetOctet(index)}.${host}`;

export const subnet = (index: number) => `${addr(index, 0)}/24`;
export const gatewayAddress = (index: number) => addr(index, 1);
export const clientAddress = (index: number) => addr(index, 5);
/** `i` counts from 1. */
export const directorAddress = (index: number, i: number) => addr(index, 10 + i);
export const realServerAddress = (index: number, i: number) => addr(index, 30 + i);
export const vipAddress = (index: number, i: number) => addr(index, 99 + i);
/** Addresses the VM tier may give its directors on this lab's bridge (`k` from 1 to 50). */
export function vmAddress(index: number, k: number): string {
  if (!Number.isInteger(k) || k < 1 || k > 50) throw new Error(`VM address slot ${k} is outside 1-50`);
  return addr(index, 149 + k);
}

// Linux interface names are at most 15 characters; "lvs99br" and "l99d20" fit with room to spare.
export const bridgeName = (index: number) => `lvs${index}br`;
/** Host side of a namespace's veth; inside the namespace the other end is `eth0`. */
export const hostVethName = (index: number, role: string) => `l${index}${role}`;
/** A tap name for the VM tier, e.g. `l7v1`. */
export const tapName = (index: number, k: number) => `l${index}v${k}`;
export const namespaceName = (index: number, role: string) => `lvs${index}-${role}`;
/** Every namespace of lab `index` is named `lvs<index>-…`. */
export const namespacePrefix = (index: number) => `lvs${index}-`;

export const directorRole = (i: number) => `d${i}`;
export const realServerRole = (i: number) => `r${i}`;
export const CLIENT_ROLE = 'c';

/** The director's name in the cluster spec (keepalived router_id): short and stable. */
export const directorName = (i: number) => `lab-d${i}`;
export const realServerName = (i: number) => `lab-r${i}`;

/** VRRP priorities: director 1 highest, so it is elected MASTER. */
export const directorPriority = (i: number) => 160 - i * 10;
