import {
  type ClusterLiveState,
  LIVE_NAMESPACE,
  LIVE_PROTOCOL,
  LiveStateKeeper,
  type LiveClientEvents,
  type LiveServerEvents,
} from '@lvs/domain/live';
import { io as connectSocket, type Socket } from 'socket.io-client';
import { connect, must, mustFindCluster } from '../api';
import { CliError, ExitCode } from '../exit-codes';
import type { CliIo } from '../io';
import { parseDuration, table, toJson } from '../output';
import { opts } from './read';

/** Directors, VRRP instances (state per director), VIP owners, real servers with health and traffic. */
export function formatStatus(name: string, s: ClusterLiveState): string {
  const dirs = Object.entries(s.directors).map(([n, d]) => ({ n, ...d }));
  const insts = Object.entries(s.instances).map(([n, i]) => ({ n, ...i }));
  const vips = Object.entries(s.vips).map(([n, v]) => ({ n, ...v }));
  const rss = Object.values(s.realServers);
  return [
    `Cluster ${name} at ${s.at}`,
    '',
    table(dirs, [
      { header: 'DIRECTOR', value: (d) => d.n },
      { header: 'REACHABLE', value: (d) => (d.reachable ? 'yes' : 'no') },
      { header: 'KEEPALIVED', value: (d) => d.keepalived },
      { header: 'IPVS', value: (d) => d.ipvs },
      { header: 'REASON', value: (d) => d.reason },
    ]),
    table(insts, [
      { header: 'INSTANCE', value: (i) => i.n },
      { header: 'MASTER', value: (i) => i.master },
      {
        header: 'STATES',
        value: (i) =>
          Object.entries(i.states)
            .map(([d, st]) => `${d}=${st}`)
            .join(' '),
      },
    ]),
    table(vips, [
      { header: 'VIP', value: (v) => v.n },
      { header: 'OWNER', value: (v) => v.owner ?? (v.owners.length ? v.owners.join(',') : 'none') },
      { header: 'SINCE', value: (v) => v.since },
    ]),
    table(rss, [
      { header: 'SERVICE', value: (r) => r.service },
      { header: 'REAL-SERVER', value: (r) => r.realServer },
      { header: 'STATE', value: (r) => r.state },
      { header: 'WEIGHT', value: (r) => r.weight },
      { header: 'ACTIVE', value: (r) => r.activeConns },
      { header: 'CPS', value: (r) => r.cps },
      { header: 'IN-BPS', value: (r) => r.inBps },
    ]),
  ].join('\n');
}

export async function status(io: CliIo, ...args: unknown[]): Promise<void> {
  const [cluster] = args as [string];
  const o = opts<{ watch?: boolean; for?: string; json?: boolean }>(args);
  const conn = connect(io, o);
  const c = await mustFindCluster(conn.api, cluster);
  if (!o.watch) {
    const s = must(
      await conn.api.GET('/api/v1/clusters/{clusterId}/state', { params: { path: { clusterId: c.id } } }),
      `read the live state of ${c.name}`,
    ) as unknown as ClusterLiveState;
    io.out(o.json ? toJson(s) : formatStatus(c.name, s));
    return;
  }
  const forMs = o.for === undefined ? undefined : parseDuration(o.for);
  const s: Socket<LiveServerEvents, LiveClientEvents> = connectSocket(`${conn.server}${LIVE_NAMESPACE}`, {
    path: '/socket.io',
    transports: ['websocket'],
    auth: conn.token ? { token: conn.token } : {},
  });
  const keeper = new LiveStateKeeper({ inPlace: true });
  const show = () => {
    const state = keeper.state;
    if (!state) return;
    if (o.json) return;
    // A terminal gets the view redrawn in place; a log gets each view after the last.
    io.out(`${io.isTTY ? '\u001b[H\u001b[2J' : '\n'}${formatStatus(c.name, state)}`);
  };
  try {
    await new Promise<void>((resolve, reject) => {
      const stop = forMs === undefined ? undefined : setTimeout(resolve, forMs);
      s.on('connect_error', (e) =>
        reject(
          new CliError(
            `live state: ${e.message}`,
            /authentication|unauthenticated/.test(e.message) ? ExitCode.Unauthorised : ExitCode.Other,
          ),
        ),
      );
      s.on('connect', () =>
        s.emit(
          'join',
          { clusterId: c.id, protocol: LIVE_PROTOCOL },
          (r) => !r.ok && reject(new CliError(`live state: ${r.error}`, ExitCode.Other)),
        ),
      );
      s.on('state.snapshot', (e) => {
        keeper.snapshot(e.state);
        if (o.json) io.out(JSON.stringify({ type: 'snapshot', at: e.at, state: e.state }) + '\n');
        show();
      });
      s.on('state.delta', (e) => {
        try {
          if (!keeper.delta(e)) return;
        } catch (err) {
          return reject(new CliError(`live state: ${(err as Error).message}`, ExitCode.Other));
        }
        if (o.json)
          io.out(JSON.stringify({ type: 'delta', at: e.at, changes: e.changes, ...(e.columns && { columns: e.columns }) }) + '\n');
        show();
      });
      s.on('disconnect', (why) => why === 'io server disconnect' && (stop && clearTimeout(stop), resolve()));
    });
  } finally {
    s.close();
  }
}
