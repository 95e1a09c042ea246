import { type ClusterLiveState, LIVE_PROTOCOL, type LiveClientEvents, type LiveServerEvents, LiveStateKeeper } from '@lvs/domain';
import { io, type Socket } from 'socket.io-client';

type Client = Socket<LiveServerEvents, LiveClientEvents>;

/** A /live client keeping its own copy of a cluster's state from the snapshot and the deltas, as the dashboard does. */
export class LiveWatcher {
  private readonly keeper = new LiveStateKeeper();
  get state(): ClusterLiveState | undefined {
    return this.keeper.state;
  }
  /** What arrived, in order ('snapshot' or the start of a delta), with the time. */
  readonly log: { at: number; what: string }[] = [];
  private readonly waiters: (() => void)[] = [];

  private constructor(readonly socket: Client) {
    socket.on('state.snapshot', (e) => {
      this.keeper.snapshot(e.state);
      this.log.push({ at: Date.now(), what: 'snapshot' });
      this.waiters.forEach((w) => w());
    });
    socket.on('state.delta', (e) => {
      this.keeper.delta(e);
      this.log.push({ at: Date.now(), what: JSON.stringify({ ...e.changes, ...(e.columns && { columns: e.columns }) }).slice(0, 200) });
      this.waiters.forEach((w) => w());
    });
  }

  /** Connects to `baseUrl`'s /live with an API token and joins the cluster's room. */
  static async join(baseUrl: string, token: string, clusterId: string): Promise<LiveWatcher> {
    const socket: Client = io(`${baseUrl}/live`, { path: '/socket.io', transports: ['websocket'], auth: { token }, reconnection: false });
    const w = new LiveWatcher(socket);
    await new Promise<void>((resolve, reject) => {
      socket.on('connect', () =>
        socket.emit('join', { clusterId, protocol: LIVE_PROTOCOL }, (r) => (r.ok ? resolve() : reject(new Error(r.error)))),
      );
      socket.on('connect_error', reject);
    });
    return w;
  }

  /** Resolves with the time the client's own copy of the state first satisfied `check` (bounded). */
  until(what: string, check: (s: ClusterLiveState) => boolean, timeoutMs = 20_000): Promise<number> {
    return new Promise((resolve, reject) => {
      const test = () => {
        if (this.state && check(this.state)) {
          clearTimeout(timer);
          resolve(Date.now());
          return true;
        }
        return false;
      };
      const timer = setTimeout(
        () => reject(new Error(`${what}: not seen within ${timeoutMs} ms; last state ${JSON.stringify(this.state)?.slice(0, 2000)}`)),
        timeoutMs,
      );
      if (!test()) this.waiters.push(() => void test());
    });
  }

  close(): void {
    this.socket.close();
  }
}
