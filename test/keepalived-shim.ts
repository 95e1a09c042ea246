import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSshd, type TestSshd } from './sshd';

/**
 * An sshd whose sessions find a `keepalived` shim first on PATH: `keepalived -v` prints the given
 * release and build options (as keepalived does, on stderr), anything else runs Debian's real
 * keepalived. A director behind it is one running that release, as the console's capability read
 * sees it (version-aware rendering, capability refusals).
 */
export async function startSshdWithKeepalived(opts: {
  /** e.g. `2.0.10 (11/12,2018)` */
  version: string;
  /** `Config options:` of `keepalived -v`, e.g. `LVS VRRP VRRP_AUTH` */
  options: string;
  listen: string[];
}): Promise<TestSshd> {
  const dir = mkdtempSync(join(tmpdir(), 'lvs-keepalived-shim-'));
  writeFileSync(
    join(dir, 'keepalived'),
    `#!/bin/sh\nif [ "$1" = "-v" ]; then printf 'Keepalived v${opts.version}\\n\\nConfig options:  ${opts.options}\\n' >&2; exit 0; fi\nexec /usr/sbin/keepalived "$@"\n`,
  );
  chmodSync(join(dir, 'keepalived'), 0o755);
  const sshd = await startSshd({
    listen: opts.listen,
    env: { PATH: `${dir}:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin` },
  });
  return {
    ...sshd,
    stop: async () => {
      await sshd.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
