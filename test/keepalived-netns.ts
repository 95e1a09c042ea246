import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real keepalived (VRRP only, -P) running in a throwaway network namespace that holds an `eth0`
 * veth, with its config file and pid file on the host filesystem — so an sshd on the host can push
 * to it and SIGHUP it exactly as the console does on a director. Cleans up after itself.
 */
export interface KeepalivedNetns {
  ns: string;
  dir: string;
  configPath: string;
  pidFile: string;
  process: ChildProcess;
  pid(): number | undefined;
  alive(): boolean;
  stop(): Promise<void>;
}

export function vrrpConfig(opts: { routerId: string; priority: number; vip: string; comment?: string }): string {
  return `# ${opts.comment ?? 'test'}
global_defs {
  router_id ${opts.routerId}
  enable_script_security
  script_user root
}

vrrp_instance VI_TEST {
  state BACKUP
  interface eth0
  virtual_router_id 51
  priority ${opts.priority}
  advert_int 1
  virtual_ipaddress {
    ${opts.vip} dev eth0
  }
}
`;
}

export async function startKeepalivedNetns(initialConfig: string): Promise<KeepalivedNetns> {
  const ns = `lvs-kt-${randomBytes(3).toString('hex')}`;
  const dir = mkdtempSync(join(tmpdir(), 'lvs-ka-'));
  const configPath = join(dir, 'keepalived.conf');
  const pidFile = join(dir, 'keepalived.pid');
  writeFileSync(configPath, initialConfig);
  execFileSync('ip', ['netns', 'add', ns]);
  execFileSync('ip', ['-n', ns, 'link', 'add', 'eth0', 'type', 'veth', 'peer', 'name', 'eth0p']);
  execFileSync('ip', ['-n', ns, 'addr', 'add', '10.213.250.1/24', 'dev', 'eth0']);
  execFileSync('ip', ['-n', ns, 'link', 'set', 'eth0', 'up']);
  execFileSync('ip', ['-n', ns, 'link', 'set', 'eth0p', 'up']);
  execFileSync('ip', ['-n', ns, 'link', 'set', 'lo', 'up']);
  const child = spawn(
    'ip',
    ['netns', 'exec', ns, 'keepalived', '-n', '-l', '-P', '-f', configPath, '-p', pidFile, '-r', join(dir, 'vrrp.pid'), '--no-syslog'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const deadline = Date.now() + 30_000;
  // The pid file exists (empty) a moment before keepalived writes its pid: wait for the number.
  const written = () => existsSync(pidFile) && /^\d+\s*$/.test(readFileSync(pidFile, 'utf8'));
  while (!written()) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`keepalived did not start: ${stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const pid = () => {
    try {
      return Number(readFileSync(pidFile, 'utf8').trim()) || undefined;
    } catch {
      return undefined;
    }
  };
  const alive = () => {
    const p = pid();
    if (!p) return false;
    try {
      process.kill(p, 0);
      return true;
    } catch {
      return false;
    }
  };
  return {
    ns,
    dir,
    configPath,
    pidFile,
    process: child,
    pid,
    alive,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => setTimeout(r, 300));
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      const p = pid();
      if (p && alive()) process.kill(p, 'SIGKILL');
      try {
        execFileSync('ip', ['netns', 'del', ns]);
      } catch {
        /* already gone */
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
