import { maintenanceFile, realServerFile, runtimeControlsFor } from '@lvs/keepalived';
import { describe, expect, it } from 'vitest';
import { RUNTIME_AGENT_SCRIPT, runtimeAgentKey } from './runtime-agent';

describe('runtime agent naming', () => {
  const rc = runtimeControlsFor('/etc/keepalived/keepalived.conf');
  const vs = { vip: '10.0.0.1', port: 80, protocol: 'TCP' as const };

  it('takes the names the render gives the runtime files, and only inside their directory', () => {
    const rs = realServerFile(rc, vs, { address: '10.0.1.1', port: 80, adminState: 'drained' });
    expect(runtimeAgentKey(rc.dir, rs.path)).toMatch(/^rs-[0-9a-f]{16}$/);
    expect(runtimeAgentKey(rc.dir, maintenanceFile(rc, true).path)).toBe('maintenance');
    expect(runtimeAgentKey(rc.dir, '/etc/keepalived/keepalived.conf')).toBeUndefined();
    expect(runtimeAgentKey(rc.dir, `${rc.dir}/../keepalived.conf`)).toBeUndefined();
    expect(runtimeAgentKey(rc.dir, `${rc.dir}/rs-0123`)).toBeUndefined();
    expect(runtimeAgentKey(`${rc.dir}/x`, rs.path)).toBeUndefined();
  });

  it('allows exactly the values of the fixed tables', () => {
    expect(RUNTIME_AGENT_SCRIPT).toContain("maintenance) ok='1 0' ;;");
    expect(RUNTIME_AGENT_SCRIPT).toContain("*) ok='0 -65535 -2147483648' ;;");
    // no globbing of request words, and names checked before any file is touched
    expect(RUNTIME_AGENT_SCRIPT.startsWith('set -f\n')).toBe(true);
    expect(RUNTIME_AGENT_SCRIPT).toContain('rs-????????????????) case ${1#rs-} in *[!0-9a-f]*) return 1 ;; esac; return 0 ;;');
  });
});
