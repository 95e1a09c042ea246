import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Runs Debian's real `keepalived --config-test` on a config. keepalived refuses configs naming
 * interfaces that do not exist where it runs, so the test runs inside a throwaway network namespace
 * holding veth interfaces of the names the config uses (the kernel has no `dummy` type).
 */
export function keepalivedConfigTest(config: string, interfaces: string[] = ['eth0']): { code: number; output: string } {
  const ns = `lvs-kj-${randomBytes(3).toString('hex')}`;
  const dir = mkdtempSync(join(tmpdir(), 'lvs-kj-'));
  const file = join(dir, 'keepalived.conf');
  writeFileSync(file, config);
  execFileSync('ip', ['netns', 'add', ns]);
  try {
    for (const [i, name] of [...new Set(interfaces)].entries()) {
      execFileSync('ip', ['-n', ns, 'link', 'add', name, 'type', 'veth', 'peer', 'name', `kjp${i}`]);
      execFileSync('ip', ['-n', ns, 'link', 'set', name, 'up']);
    }
    const r = spawnSync('ip', ['netns', 'exec', ns, 'keepalived', '--config-test', '-f', file, '-l'], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    return { code: r.status ?? -1, output: `${r.stdout}${r.stderr}` };
  } finally {
    execFileSync('ip', ['netns', 'del', ns]);
    rmSync(dir, { recursive: true, force: true });
  }
}
