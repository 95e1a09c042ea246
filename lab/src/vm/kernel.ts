import { execFile, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';

const run = promisify(execFile);

/** Debian's kernel unpacked into the lab cache: the image QEMU boots and the modules the VM loads. */
export interface LabKernel {
  /** `uname -r` inside the VM, e.g. `6.1.0-57-amd64`. */
  version: string;
  /** The unpacked package root (holds `boot/` and `lib/modules/`). */
  root: string;
  vmlinuz: string;
  /**
   * The uncompressed ELF kernel (`boot/vmlinux-<version>`) when it carries a PVH entry note: QEMU
   * then jumps straight into it, skipping the in-guest xz decompression that costs seconds under
   * TCG. Undefined when it could not be extracted; boot `vmlinuz` then.
   */
  vmlinux?: string;
  /** `<root>/lib/modules/<version>`, with `modules.dep` from `depmod -b`. */
  modulesDir: string;
}

/** The metapackage that always depends on the current versioned image (`linux-image-6.1.0-NN-amd64`). */
const META_PACKAGE = 'linux-image-amd64';
const READY = '.ready.json';

/**
 * The lab's cache directory: `LAB_CACHE`, else `.lab/cache` at the repo root (the nearest directory
 * above the working directory holding `nx.json`; `.lab/` is git-ignored).
 */
export function labCacheDir(): string {
  if (process.env.LAB_CACHE) return resolve(process.env.LAB_CACHE);
  let dir = process.cwd();
  while (!existsSync(join(dir, 'nx.json'))) {
    const up = dirname(dir);
    if (up === dir) return resolve(process.cwd(), '.lab/cache');
    dir = up;
  }
  return join(dir, '.lab/cache');
}

/** A kernel already unpacked in the cache (newest version first), without touching the network. */
export function cachedKernel(cacheDir = labCacheDir()): LabKernel | undefined {
  const base = join(cacheDir, 'kernel');
  if (!existsSync(base)) return undefined;
  const ready = readdirSync(base)
    .filter((d) => !d.startsWith('.') && existsSync(join(base, d, READY)))
    .sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
  return ready.length ? kernelAt(join(base, ready[0]), ready[0]) : undefined;
}

function kernelAt(root: string, version: string): LabKernel {
  const vmlinux = join(root, 'boot', `vmlinux-${version}`);
  return {
    version,
    root,
    vmlinuz: join(root, 'boot', `vmlinuz-${version}`),
    ...(existsSync(vmlinux) ? { vmlinux } : {}),
    modulesDir: join(root, 'lib/modules', version),
  };
}

/** True when an ELF image holds the Xen PVH entry note (`XEN_ELFNOTE_PHYS32_ENTRY`, type 18), which QEMU's PVH loader needs. */
export function hasPvhNote(elf: Buffer): boolean {
  if (elf.readUInt32BE(0) !== 0x7f454c46) return false;
  for (let i = elf.indexOf('Xen\0', 12, 'latin1'); i >= 12; i = elf.indexOf('Xen\0', i + 1, 'latin1')) {
    if (elf.readUInt32LE(i - 12) === 4 && elf.readUInt32LE(i - 4) === 18) return true;
  }
  return false;
}

/** The compressed kernel inside a bzImage (x86 boot protocol ≥ 2.08), or undefined when it is not one. */
export function bzImagePayload(img: Buffer): Buffer | undefined {
  if (img.length < 0x250 || img.readUInt32LE(0x202) !== 0x53726448 /* "HdrS" */ || img.readUInt16LE(0x206) < 0x208) return undefined;
  const start = ((img[0x1f1] || 4) + 1) * 512 + img.readUInt32LE(0x248);
  const end = start + img.readUInt32LE(0x24c);
  return end <= img.length ? img.subarray(start, end) : undefined;
}

/**
 * The ELF kernel inside a bzImage: the compressed payload sits at `payload_offset`/`payload_length`
 * of the boot protocol's setup header (≥ 2.08), after the real-mode setup sectors. Debian
 * compresses it with xz; gzip is handled too. Undefined for anything else.
 */
export async function extractVmlinux(vmlinuz: string): Promise<Buffer | undefined> {
  const payload = bzImagePayload(await readFile(vmlinuz));
  if (!payload) return undefined;
  let elf: Buffer;
  if (payload.subarray(0, 6).equals(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]))) {
    elf = await new Promise<Buffer>((resolveOut, reject) => {
      const xz = spawn('xz', ['-dc', '--single-stream'], { stdio: ['pipe', 'pipe', 'ignore'] });
      const out: Buffer[] = [];
      xz.stdout.on('data', (d: Buffer) => out.push(d));
      xz.on('error', reject);
      xz.on('close', (code) => (code === 0 ? resolveOut(Buffer.concat(out)) : reject(new Error(`xz -dc --single-stream exited ${code}`))));
      xz.stdin.end(payload);
    });
  } else if (payload[0] === 0x1f && payload[1] === 0x8b) {
    elf = gunzipSync(payload.subarray(0, -4)); // the build appends the uncompressed size
  } else {
    return undefined;
  }
  return hasPvhNote(elf) ? elf : undefined;
}

async function aptDownload(pkg: string, cwd: string): Promise<string> {
  const attempt = () => run('apt-get', ['download', '-q', pkg], { cwd, maxBuffer: 16 << 20 });
  try {
    await attempt();
  } catch (err) {
    // A fresh machine may have no package lists yet; refresh once (root only) and retry.
    if (process.getuid?.() !== 0) throw err;
    await run('apt-get', ['update', '-qq'], { maxBuffer: 16 << 20 });
    await attempt();
  }
  const deb = (await readdir(cwd)).find((f) => f.startsWith(`${pkg}_`) && f.endsWith('.deb'));
  if (!deb) throw new Error(`apt-get download ${pkg} left no .deb in ${cwd}`);
  return join(cwd, deb);
}

/** A cache unpacked before vmlinux extraction existed: extract it once (a marker records failure). */
async function addVmlinux(kernel: LabKernel): Promise<LabKernel> {
  const marker = join(kernel.root, '.no-vmlinux');
  if (existsSync(marker)) return kernel;
  const elf = await extractVmlinux(kernel.vmlinuz).catch(() => undefined);
  if (!elf) {
    await writeFile(marker, 'no PVH-capable ELF inside vmlinuz\n');
    return kernel;
  }
  const vmlinux = join(kernel.root, 'boot', `vmlinux-${kernel.version}`);
  const tmp = `${vmlinux}.${process.pid}.tmp`;
  await writeFile(tmp, elf);
  await rename(tmp, vmlinux);
  return { ...kernel, vmlinux };
}

/**
 * Debian's kernel, fetched once: `apt-get download linux-image-amd64`, then the versioned image
 * package it depends on, `dpkg -x`, and `depmod -b` (the .deb ships no modules.dep). Reuses the
 * cache without touching the network; concurrent callers each unpack into a private directory and
 * the first rename wins.
 */
export async function ensureKernel(cacheDir = labCacheDir()): Promise<LabKernel> {
  const cached = cachedKernel(cacheDir);
  if (cached && existsSync(cached.vmlinuz) && existsSync(join(cached.modulesDir, 'modules.dep'))) {
    return cached.vmlinux ? cached : addVmlinux(cached);
  }

  const base = join(cacheDir, 'kernel');
  await mkdir(base, { recursive: true });
  const work = await mkdtemp(join(base, '.fetch-'));
  try {
    const meta = await aptDownload(META_PACKAGE, work);
    const depends = (await run('dpkg-deb', ['-f', meta, 'Depends'])).stdout;
    const image = /linux-image-(\d[^\s,()]*)/.exec(depends);
    if (!image) throw new Error(`${META_PACKAGE} depends on no versioned image: ${depends.trim()}`);
    const version = image[1];
    const deb = await aptDownload(`linux-image-${version}`, work);
    const root = join(work, 'root');
    await run('dpkg', ['-x', deb, root]);
    const modulesDir = join(root, 'lib/modules', version);
    if (!existsSync(join(modulesDir, 'kernel/net/netfilter/ipvs/ip_vs.ko'))) {
      throw new Error(`linux-image-${version} ships no IPVS modules (kernel/net/netfilter/ipvs/ip_vs.ko)`);
    }
    await run('depmod', ['-b', root, version]);
    const elf = await extractVmlinux(join(root, 'boot', `vmlinuz-${version}`)).catch(() => undefined);
    if (elf) await writeFile(join(root, 'boot', `vmlinux-${version}`), elf);
    await rm(meta);
    await rm(deb);

    const final = join(base, version);
    const kernel = kernelAt(final, version);
    await writeFile(
      join(root, READY),
      JSON.stringify({ version, package: `linux-image-${version}`, fetched: new Date().toISOString() }) + '\n',
    );
    try {
      await rename(root, final);
    } catch (err) {
      // Another process got there first; theirs is as good as ours.
      const other = cachedKernel(cacheDir);
      if (!other || other.version !== version) throw err;
    }
    return kernel;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
