import { parseIpvsList } from '@lvs/ipvs';
import { Clock } from '../../infra/clock';
import type { SshConnection } from '../../infra/ssh/ssh-connection';

export interface DrainedRealServer {
  service: string;
  realServer: string;
}

/**
 * Between a drain-first deployment's two stages: polls the director's IPVS table until every
 * drained real server has no active connection, or `timeoutMs` is up. Never fails the deployment:
 * it reports how long the connections took to end, how many were still open at the deadline (the
 * removal then cuts them), or why it could not look (no IPVS, no ipvsadm).
 */
export async function waitDrained(
  conn: SshConnection,
  drained: DrainedRealServer[],
  timeoutMs: number,
  pollMs = 1000,
  clock: Clock = new Clock(),
): Promise<string> {
  const started = clock.nowMs();
  const want = new Set(drained.map((d) => `${d.service}>${d.realServer}`));
  for (;;) {
    const r = await conn.exec(['ipvsadm', '-L', '-n', '--exact'], { timeoutMs: 30_000 });
    if (r.code !== 0)
      return `did not wait: the IPVS table is not readable here (${(r.stderr || r.stdout).trim().split('\n').pop() || `ipvsadm exit ${r.code}`})`;
    const open: string[] = [];
    for (const svc of parseIpvsList(r.stdout)) {
      for (const rs of svc.realServers)
        if (want.has(`${svc.key}>${rs.key}`) && rs.activeConn > 0) open.push(`${rs.key} in ${svc.key}: ${rs.activeConn}`);
    }
    const waited = ((clock.nowMs() - started) / 1000).toFixed(1);
    if (!open.length) return `no active connection left on ${drained.map((d) => d.realServer).join(', ')} after ${waited} s`;
    if (clock.nowMs() - started + pollMs > timeoutMs) return `still open after ${waited} s (the removal cuts them): ${open.join('; ')}`;
    await new Promise((res) => setTimeout(res, pollMs));
  }
}
