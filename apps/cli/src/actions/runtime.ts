import { connect, mustFindCluster, problemError } from '../api';
import { CliError, ExitCode } from '../exit-codes';
import type { CliIo } from '../io';
import { toJson } from '../output';
import { ExitWith } from './apply';
import { opts } from './read';

/** The `runtime` part of an admin-state answer (API: RuntimeApplySchema). */
export interface RuntimeApply {
  applied: 'now' | 'next-deployment';
  message: string;
  reason?: string;
  status: 'applied' | 'partial' | 'failed' | 'next-deployment';
  directors: {
    director: string;
    status: string;
    weight?: number | null;
    verified?: string;
    error?: string;
    steps: { name: string; ms: number }[];
  }[];
  connections?: { drained: boolean; waitedMs: number; samples: { ms: number; activeConn: number }[] };
}

interface MaintenanceResult extends RuntimeApply {
  director: string;
  maintenance: boolean;
  vips: { vip: string; instance: string; from: string[]; to: string[]; ms: number | null; expected: string }[];
  preempt: { instance: string; returns: boolean; why: string }[];
}

/** `--wait-for-zero-connections [seconds]` → the API's waitForConnections. */
export function waitOption(v: boolean | string | undefined): true | { timeoutSeconds: number } | undefined {
  if (v === undefined || v === false) return undefined;
  if (v === true) return true;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 3600)
    throw new CliError(`--wait-for-zero-connections ${JSON.stringify(v)}: give whole seconds, 1-3600`, ExitCode.Invalid);
  return { timeoutSeconds: n };
}

/** Human lines for a runtime answer: "applied now, no reload" (per director) or "applies at the next deployment". */
export function describeRuntime(r: RuntimeApply | undefined): string {
  if (!r) return 'applies at the next deployment (lvsctl deploy, or --now to apply it without a reload).\n';
  if (r.applied !== 'now') return `applies at the next deployment: ${r.reason ?? ''}\n`;
  const lines = [`${r.message}${r.status === 'applied' ? '' : ` (${r.status})`}`];
  for (const d of r.directors)
    lines.push(
      `  ${d.director}: ${d.status}${d.weight !== undefined && d.weight !== null ? `, weight ${d.weight}` : ''}${d.verified ? ` — ${d.verified}` : ''}${d.error ? ` — ${d.error}` : ''}`,
    );
  if (r.connections) {
    const last = r.connections.samples.at(-1);
    lines.push(
      `  connections: ${r.connections.samples.map((s) => `${s.activeConn}@${(s.ms / 1000).toFixed(1)}s`).join(' → ')}${r.connections.drained ? ' (drained)' : ` (still ${last?.activeConn ?? '?'} after ${(r.connections.waitedMs / 1000).toFixed(1)} s)`}`,
    );
  }
  return lines.join('\n') + '\n';
}

export async function maintenance(io: CliIo, ...args: unknown[]): Promise<void> {
  const [cluster, director, state] = args as [string, string, string];
  const o = opts<{ json?: boolean }>(args);
  if (state !== 'on' && state !== 'off') throw new CliError(`maintenance state ${JSON.stringify(state)}: give on or off`, ExitCode.Invalid);
  const conn = connect(io, o);
  const c = await mustFindCluster(conn.api, cluster);
  // The route is newer than the generated client's schema (regenerated at the end): called untyped.
  const post = conn.api.POST as unknown as (
    path: string,
    init: { params: { path: Record<string, string> }; body: unknown },
  ) => Promise<{ data?: MaintenanceResult; error?: unknown; response: Response }>;
  const r = await post('/api/v1/clusters/{clusterId}/directors/{name}/maintenance', {
    params: { path: { clusterId: c.id, name: director } },
    body: { state },
  });
  if (!r.response.ok || !r.data) throw problemError(r.response, r.error, `maintenance ${state} on ${director}`);
  const res = r.data;
  if (o.json) io.out(toJson(res));
  else {
    io.err(`${director}: maintenance ${state} — ${describeRuntime(res)}`);
    for (const v of res.vips)
      io.err(
        `  ${v.vip} (${v.instance}): ${v.from.join(',') || 'nobody'} → ${v.to.join(',') || 'nobody'}${v.ms === null ? ` — not ${v.expected} in time` : ` in ${v.ms} ms`}\n`,
      );
    for (const p of res.preempt)
      io.err(`  ${p.instance}: ${p.returns ? 'takes its VIPs back' : 'does not take its VIPs back'} (${p.why})\n`);
  }
  if (res.applied === 'now' && res.status === 'failed') throw new ExitWith(ExitCode.Other);
}
