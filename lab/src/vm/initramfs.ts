import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { chmod, copyFile, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { labCacheDir, type LabKernel } from './kernel';

const run = promisify(execFile);

/** The 9p mount tag of the host's root filesystem (QEMU `-device virtio-9p-pci,mount_tag=…`). */
export const HOST_ROOT_TAG = 'hostroot';

/** What the VM loads before it can mount its root: PCI virtio, the NIC, entropy, 9p and overlayfs. */
const BOOT_MODULES = ['virtio_pci', 'virtio_net', 'virtio_rng', '9pnet_virtio', '9p', 'overlay'];
/** `libcrc32c` (which `ip_vs` needs through nf_conntrack) asks the crypto API for crc32c at load time. */
const IPVS_FIRST = ['crc32c_generic'];

/** Console lines the VM prints, which the host waits for. */
export const CONSOLE = {
  hostKey: 'lvsvm: hostkey ',
  ready: 'lvsvm: ready',
  failed: 'lvsvm: failed',
} as const;

/** Module name as the kernel spells it: file name without `.ko`, dashes as underscores. */
const moduleName = (file: string) =>
  basename(file)
    .replace(/\.ko(\.[gx]z|\.zst)?$/, '')
    .replace(/-/g, '_');

/**
 * The modules to insmod, dependencies first, as paths relative to the modules dir, from
 * `modules.dep` (which `depmod -b` wrote). Built-in modules (`modules.builtin`) are skipped.
 */
export function moduleLoadOrder(modulesDir: string, wanted: string[]): string[] {
  return resolveLoadOrder(
    readFileSync(join(modulesDir, 'modules.dep'), 'utf8'),
    readFileSync(join(modulesDir, 'modules.builtin'), 'utf8'),
    wanted,
  );
}

/** moduleLoadOrder on the two files' text (pure). */
export function resolveLoadOrder(modulesDep: string, modulesBuiltin: string, wanted: string[]): string[] {
  const deps = new Map<string, { path: string; deps: string[] }>();
  for (const line of modulesDep.split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) deps.set(moduleName(m[1]), { path: m[1], deps: m[2].split(/\s+/).filter(Boolean) });
  }
  const builtin = new Set(modulesBuiltin.split('\n').filter(Boolean).map(moduleName));
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (name: string, from: string) => {
    if (seen.has(name) || builtin.has(name)) return;
    const entry = deps.get(name);
    if (!entry) throw new Error(`module ${name} (wanted by ${from}) is not in modules.dep`);
    seen.add(name);
    // modules.dep lists the whole closure; visiting each dependency first orders it whatever the list order.
    for (const d of entry.deps) visit(moduleName(d), name);
    order.push(entry.path);
  };
  for (const w of wanted) visit(w.replace(/-/g, '_'), 'the lab');
  return order;
}

/** Every IPVS module the kernel ships (core, all schedulers, persistence engines, the FTP helper). */
export function ipvsModules(modulesDir: string): string[] {
  const dir = join(modulesDir, 'kernel/net/netfilter/ipvs');
  const names = readdirSync(dir)
    .filter((f) => /^ip_vs.*\.ko/.test(f))
    .map(moduleName);
  // ip_vs itself first, then the rest in a stable order.
  return ['ip_vs', ...names.filter((n) => n !== 'ip_vs').sort()];
}

/**
 * Stage 1, the initramfs `/init` (busybox sh): load modules, mount the host's root read-only over
 * 9p under a tmpfs overlay, copy in the authorized keys, bind the kernel's modules dir where
 * modprobe looks, and switch_root to busybox init (a real PID 1 that reaps orphans) whose only
 * inittab line runs stage 2.
 */
function stage1(busybox: string): string {
  return `#!/bin/busybox sh
/bin/busybox --install -s /bin
export PATH=/bin
mount -t devtmpfs devtmpfs /dev
exec 0</dev/console 1>/dev/console 2>&1
mount -t proc proc /proc
mount -t sysfs sysfs /sys
fail() { echo "${CONSOLE.failed}: $*"; poweroff -f; }
arg() { for x in $(cat /proc/cmdline); do case "$x" in "$1="*) echo "\${x#*=}"; return;; esac; done; }

while read -r m; do insmod "/modules/$m" || echo "lvsvm: insmod $m failed"; done < /modules/order

mkdir -p /host /rw /newroot
# cache=loose: the share is read-only and the VM reads only what existed at boot (its keys), so
# page-caching host files is safe and saves most of the round trips TCG makes slow.
mount -t 9p -o trans=virtio,version=9p2000.L,ro,msize=512000,cache=loose ${HOST_ROOT_TAG} /host || fail "mount 9p ${HOST_ROOT_TAG}"
mount -t tmpfs -o mode=0755 tmpfs /rw
mkdir -p /rw/upper /rw/work
mount -t overlay overlay -o lowerdir=/host,upperdir=/rw/upper,workdir=/rw/work /newroot || fail "mount overlay"

KVER=$(uname -r)
MODS=$(arg lvsvm.modules)
mkdir -p "/newroot/lib/modules/$KVER"
mount --bind "/host$MODS" "/newroot/lib/modules/$KVER" || fail "bind modules $MODS"
KEYS=$(arg lvsvm.keys)
mkdir -p /newroot/lvsvm
cp "/host$KEYS" /newroot/lvsvm/authorized_keys || fail "copy authorized keys $KEYS"
chmod 600 /newroot/lvsvm/authorized_keys
cp /stage2 /newroot/lvsvm/stage2
chmod 755 /newroot/lvsvm/stage2
printf '::sysinit:/lvsvm/stage2\\n::ctrlaltdel:${busybox} poweroff -f\\n' > /newroot/etc/inittab

mount --move /dev /newroot/dev
mount --move /proc /newroot/proc
mount --move /sys /newroot/sys
# Hide the host's /run and /tmp (pid files, sockets) behind the VM's own.
mount -t tmpfs -o mode=0755 tmpfs /newroot/run
mount -t tmpfs -o mode=1777 tmpfs /newroot/tmp
mkdir -p /newroot/dev/pts /newroot/dev/shm
mount -t devpts -o ptmxmode=0666 devpts /newroot/dev/pts
mount -t tmpfs -o mode=1777 tmpfs /newroot/dev/shm
exec switch_root /newroot ${busybox} init
`;
}

/**
 * Stage 2 (the host's /bin/sh, run by busybox init): name and address from the kernel command
 * line, a lab user, a fresh host key at a fresh path (the host's own keys show through the
 * overlay, and ssh-keygen would ask before overwriting one), and the host's sshd, key-only.
 */
function stage2(): string {
  return `#!/bin/sh
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
arg() { for x in $(cat /proc/cmdline); do case "$x" in "$1="*) echo "\${x#*=}"; return;; esac; done; }
fail() { echo "${CONSOLE.failed}: $*"; exit 1; }
NAME=$(arg lvsvm.name)
ADDR=$(arg lvsvm.addr)
GW=$(arg lvsvm.gw)

hostname "$NAME"
echo "$NAME" > /etc/hostname
printf '127.0.0.1 localhost\\n127.0.1.1 %s\\n::1 localhost ip6-localhost ip6-loopback\\n' "$NAME" > /etc/hosts
ip link set lo up
ip addr add "$ADDR" dev eth0 || fail "address $ADDR"
ip link set eth0 up || fail "eth0 up"
[ -z "$GW" ] || ip route add default via "$GW" || fail "gateway $GW"

# A uid-0 lab user with a plain /bin/sh (root's login shell may run a heavy rc file); "*" is
# "no password" without the lock "!" that sshd (without PAM) refuses even for keys.
grep -q '^lvs-lab:' /etc/passwd || echo 'lvs-lab:x:0:0:LVS lab:/var/lib/lvs-lab:/bin/sh' >> /etc/passwd
if grep -q '^lvs-lab:' /etc/shadow; then sed -i 's/^lvs-lab:[^:]*:/lvs-lab:*:/' /etc/shadow
else echo 'lvs-lab:*:19000:0:99999:7:::' >> /etc/shadow; fi
mkdir -p /var/lib/lvs-lab /run/sshd /etc/keepalived

ssh-keygen -q -t ed25519 -N '' -C "$NAME" -f /lvsvm/ssh_host_ed25519_key < /dev/null || fail "ssh-keygen"
cat > /lvsvm/sshd_config <<EOF
Port 22
ListenAddress 0.0.0.0
HostKey /lvsvm/ssh_host_ed25519_key
AuthorizedKeysFile /lvsvm/authorized_keys
PidFile /run/sshd.pid
PermitRootLogin prohibit-password
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
UseDNS no
StrictModes no
MaxStartups 100
Subsystem sftp internal-sftp
LogLevel ERROR
EOF
/usr/sbin/sshd -f /lvsvm/sshd_config -E /run/sshd.log || fail "sshd: $(cat /run/sshd.log)"
echo "${CONSOLE.hostKey}$(ssh-keygen -l -E sha256 -f /lvsvm/ssh_host_ed25519_key.pub)"
echo "${CONSOLE.ready} $(cut -d' ' -f1 /proc/uptime)"
`;
}

export interface LabInitramfs {
  path: string;
  /** The modules /init loads, in order (paths relative to the modules dir). */
  modules: string[];
}

/** True when a 64-bit ELF names a program interpreter (PT_INTERP), i.e. is dynamically linked. */
function hasInterpreter(elf: Buffer): boolean {
  if (elf.readUInt32BE(0) !== 0x7f454c46 || elf[4] !== 2) return true; // not ELF64: treat as unusable
  const phoff = Number(elf.readBigUInt64LE(0x20));
  const size = elf.readUInt16LE(0x36);
  for (let i = 0; i < elf.readUInt16LE(0x38); i++) if (elf.readUInt32LE(phoff + i * size) === 3) return true;
  return false;
}

function findBusybox(): string {
  const found = ['/bin/busybox', '/usr/bin/busybox'].find((p) => existsSync(p));
  if (!found) throw new Error('busybox not found (apt-get install busybox-static)');
  return found;
}

/**
 * The lab's initramfs (cpio newc, gzip), built once per kernel and script version into
 * `<cache>/initramfs/`. It holds a static busybox, the modules, and the two stage scripts; the
 * per-VM settings travel on the kernel command line, so every VM boots the same file.
 */
export async function ensureInitramfs(kernel: LabKernel, cacheDir = labCacheDir()): Promise<LabInitramfs> {
  const busybox = findBusybox();
  const bb = readFileSync(busybox);
  if (hasInterpreter(bb)) throw new Error(`${busybox} is dynamically linked (apt-get install busybox-static)`);
  const modules = moduleLoadOrder(kernel.modulesDir, [...BOOT_MODULES, ...IPVS_FIRST, ...ipvsModules(kernel.modulesDir)]);
  const init = stage1(busybox);
  const second = stage2();
  const hash = createHash('sha256')
    .update(kernel.version)
    .update(init)
    .update(second)
    .update(modules.join('\n'))
    .update(bb)
    .digest('hex')
    .slice(0, 12);
  const dir = join(cacheDir, 'initramfs');
  const path = join(dir, `${kernel.version}-${hash}.cpio.gz`);
  if (existsSync(path)) return { path, modules };

  await mkdir(dir, { recursive: true });
  const stage = await mkdtemp(join(dir, '.build-'));
  try {
    const root = join(stage, 'root');
    for (const d of ['bin', 'dev', 'proc', 'sys', 'modules']) await mkdir(join(root, d), { recursive: true });
    await copyFile(busybox, join(root, 'bin/busybox'));
    await chmod(join(root, 'bin/busybox'), 0o755);
    const flat: string[] = [];
    for (const m of modules) {
      const name = basename(m);
      await copyFile(join(kernel.modulesDir, m), join(root, 'modules', name));
      flat.push(name);
    }
    await writeFile(join(root, 'modules/order'), flat.join('\n') + '\n');
    await writeFile(join(root, 'init'), init, { mode: 0o755 });
    await writeFile(join(root, 'stage2'), second, { mode: 0o755 });
    const tmp = join(stage, 'initramfs.cpio.gz');
    await run('sh', ['-c', `cd "${root}" && find . | cpio -o -H newc -R 0:0 --quiet | gzip -1 > "${tmp}"`]);
    await rename(tmp, path);
    return { path, modules };
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}
