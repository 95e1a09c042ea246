import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Why the real-keepalived tests cannot run here, or undefined when they can. */
export function judgeUnavailable(): string | undefined {
  if (process.getuid?.() !== 0) return 'needs root (a network namespace holds the interfaces keepalived checks)';
  for (const bin of ['keepalived', 'ip']) {
    if (spawnSync('sh', ['-c', `command -v ${bin}`]).status !== 0) return `needs ${bin} on PATH`;
  }
  return undefined;
}

export interface Verdict {
  /** keepalived's exit status: 0 good; 3/4/5 config errors; 6 scripts without script security. */
  code: number;
  output: string;
}

/**
 * Debian's keepalived 2.2.7 as the judge: `keepalived --config-test -f FILE -l` inside one
 * throwaway network namespace holding veth interfaces of the names configs use (keepalived
 * refuses a config naming a missing interface; the kernel here has no `dummy` type). The
 * namespace is made once per suite and removed by close().
 */
export class KeepalivedJudge {
  private readonly ns = `lvs-kt-${randomBytes(3).toString('hex')}`;

  constructor(readonly interfaces: string[]) {
    execFileSync('ip', ['netns', 'add', this.ns]);
    try {
      interfaces.forEach((name, i) => {
        execFileSync('ip', ['-n', this.ns, 'link', 'add', name, 'type', 'veth', 'peer', 'name', `ktp${i}`]);
        execFileSync('ip', ['-n', this.ns, 'link', 'set', name, 'up']);
      });
    } catch (e) {
      this.close();
      throw e;
    }
  }

  /**
   * Judges a config. `files` maps relative paths to contents (for includes, which keepalived
   * resolves against the including file's directory); `main` names the file to test.
   */
  test(files: string | Record<string, string>, main = 'keepalived.conf'): Verdict {
    const dir = mkdtempSync(join(tmpdir(), 'lvs-kt-'));
    try {
      const all = typeof files === 'string' ? { [main]: files } : files;
      for (const [path, text] of Object.entries(all)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        // keepalived skips config files with an execute bit: 0644.
        writeFileSync(join(dir, path), text, { mode: 0o644 });
      }
      const r = spawnSync('ip', ['netns', 'exec', this.ns, 'keepalived', '--config-test', '-f', join(dir, main), '-l'], {
        encoding: 'utf8',
        timeout: 20_000,
      });
      return { code: r.status ?? -1, output: `${r.stdout}${r.stderr}`.replaceAll(dir + '/', '') };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  close(): void {
    spawnSync('ip', ['netns', 'del', this.ns]);
  }
}
