import type { Deployment, LvsApi } from '@lvs/api-client';
import {
  type DeploymentStatusEvent,
  type DeploymentStepEvent,
  LIVE_NAMESPACE,
  LIVE_PROTOCOL,
  type LiveClientEvents,
  type LiveServerEvents,
} from '@lvs/domain/live';
import colors from 'picocolors';
import type { Socket } from 'socket.io-client';
import { must } from './api';
import { CliError, ExitCode } from './exit-codes';
import type { CliIo } from './io';

type LiveSocket = Socket<LiveServerEvents, LiveClientEvents>;
type LiveEvent = { type: 'step'; e: DeploymentStepEvent } | { type: 'status'; e: DeploymentStatusEvent };

const TERMINAL = new Set(['succeeded', 'failed', 'rolled_back', 'interrupted']);

/**
 * The cluster's `/live` room, joined before a deployment is started so that no step is missed;
 * events are buffered until the deployment's id is known. Authenticated like REST (the token in
 * `auth.token`).
 */
export class LiveFeed {
  private socket?: LiveSocket;
  private readonly buffered: LiveEvent[] = [];
  private listener?: (ev: LiveEvent) => void;

  /** `trace` gets a line for the connect, the join and each event (LVSCTL_DEBUG=live). */
  static async open(
    server: string,
    token: string | undefined,
    clusterId: string,
    trace: (message: string) => void = () => undefined,
  ): Promise<LiveFeed> {
    const f = new LiveFeed();
    trace(`connect ${LIVE_NAMESPACE}`);
    // Loaded here rather than with the command: socket.io's initialisation then runs while the
    // requests before it are in flight (apply opens the feed beside its reads).
    const { io: connectSocket } = await import('socket.io-client');
    const s: LiveSocket = connectSocket(`${server}${LIVE_NAMESPACE}`, {
      path: '/socket.io',
      transports: ['websocket'],
      auth: token ? { token } : {},
      reconnection: true,
      reconnectionAttempts: 20,
      timeout: 10_000,
    });
    f.socket = s;
    s.on('deployment.step', (e) => {
      trace(`deployment.step ${e.director} ${e.step} ${e.status}`);
      f.push({ type: 'step', e });
    });
    s.on('deployment.status', (e) => {
      trace(`deployment.status ${e.director ?? '-'} ${e.targetStatus ?? e.status}`);
      f.push({ type: 'status', e });
    });
    // Joined again after a reconnect (an API restart), so the rest of the events still arrive.
    const join = () =>
      new Promise<void>((resolve, reject) =>
        s.emit('join', { clusterId, protocol: LIVE_PROTOCOL }, (r) =>
          r.ok
            ? resolve()
            : reject(
                new CliError(
                  `live progress: ${r.error}`,
                  /forbidden|not allowed|scope/i.test(r.error) ? ExitCode.Unauthorised : ExitCode.Other,
                ),
              ),
        ),
      );
    await new Promise<void>((resolve, reject) => {
      const t = setTimeout(() => reject(new CliError('live progress: no connection to /live within 10 s', ExitCode.Other)), 10_000);
      s.once('connect', () => {
        clearTimeout(t);
        trace('connected; join');
        join().then(() => (trace('joined'), resolve()), reject);
      });
      s.once('connect_error', (e) => {
        clearTimeout(t);
        reject(
          new CliError(
            `live progress: ${e.message}`,
            /unauthenticated|authentication/.test(e.message) ? ExitCode.Unauthorised : ExitCode.Other,
          ),
        );
      });
    }).catch((e) => {
      s.close();
      throw e;
    });
    s.io.on('reconnect', () => void join().catch(() => undefined));
    return f;
  }

  private push(ev: LiveEvent): void {
    if (this.listener) this.listener(ev);
    else this.buffered.push(ev);
  }

  /** Calls `fn` for every event of `deploymentId`, the buffered ones first. */
  follow(deploymentId: string, fn: (ev: LiveEvent) => void): void {
    this.listener = (ev) => ev.e.deploymentId === deploymentId && fn(ev);
    for (const ev of this.buffered.splice(0)) this.listener(ev);
  }

  close(): void {
    this.socket?.close();
    this.socket = undefined;
  }
}

export interface WatchOptions {
  json: boolean;
  /** The deployment as its POST answered (saves reading it back before the first wait). */
  started?: Deployment;
  /** How often the deployment is read back while no event says it ended (a lost socket, a missed event). */
  pollMs?: number;
}

/**
 * Prints a deployment's progress until it ends and returns its exit code: 0 succeeded, 4 failed
 * and rolled back, 1 failed otherwise or interrupted. Lines: `director  step  status  ms` (plain,
 * coloured on a TTY), or one JSON object per line with --json. The end state is always read back
 * from the API, so a missed event cannot change the outcome.
 */
export async function watchDeployment(
  io: CliIo,
  api: LvsApi,
  feed: LiveFeed,
  clusterId: string,
  deploymentId: string,
  o: WatchOptions,
): Promise<ExitCode> {
  const pc = colors.createColors(io.isTTY);
  const started = Date.now();
  const seen = new Set<string>();
  const stepLine = (director: string, step: { name: string; status: string; ms: number; output?: string; stage?: string }) => {
    const k = `${director}\u0000${step.stage ?? ''}\u0000${step.name}\u0000${step.status}`;
    if (seen.has(k)) return;
    seen.add(k);
    if (o.json)
      return io.out(
        JSON.stringify({
          type: 'step',
          deploymentId,
          director,
          step: step.name,
          status: step.status,
          ms: step.ms,
          stage: step.stage,
          output: step.output,
        }) + '\n',
      );
    const status = step.status === 'ok' ? pc.green(step.status) : step.status === 'failed' ? pc.red(step.status) : pc.yellow(step.status);
    io.out(
      `${director.padEnd(12)} ${(step.stage ? `${step.stage}:${step.name}` : step.name).padEnd(22)} ${status} ${step.ms}ms${step.status === 'failed' && step.output ? `  ${step.output.split('\n').slice(-1)[0]}` : ''}\n`,
    );
  };
  const targetLine = (director: string, status: string, error?: string | null) => {
    const k = `${director}\u0000target\u0000${status}`;
    if (seen.has(k)) return;
    seen.add(k);
    if (o.json) return io.out(JSON.stringify({ type: 'director', deploymentId, director, status, error: error ?? undefined }) + '\n');
    io.out(`${director.padEnd(12)} ${'→'.padEnd(22)} ${pc.bold(status)}${error ? `  ${error}` : ''}\n`);
  };
  let ended = false;
  let wake: () => void = () => undefined;
  feed.follow(deploymentId, (ev) => {
    if (ev.type === 'step')
      stepLine(ev.e.director, { name: ev.e.step, status: ev.e.status, ms: ev.e.ms, output: ev.e.output, stage: ev.e.stage });
    else if (ev.e.director && ev.e.targetStatus && ev.e.targetStatus !== 'running')
      targetLine(ev.e.director, ev.e.targetStatus, ev.e.error);
    else if (!ev.e.director && TERMINAL.has(ev.e.status)) {
      ended = true;
      wake();
    }
  });
  const read = async () =>
    must(
      await api.GET('/api/v1/clusters/{clusterId}/deployments/{deploymentId}', { params: { path: { clusterId, deploymentId } } }),
      `read deployment ${deploymentId}`,
    );
  // A deployment that has not ended yet is read back once it has (its steps are in the record then).
  let d = o.started && !TERMINAL.has(o.started.status) ? o.started : await read();
  while (!TERMINAL.has(d.status)) {
    if (!ended) await new Promise<void>((r) => ((wake = r), setTimeout(r, o.pollMs ?? 2000)));
    d = await read();
  }
  // Whatever the socket missed is in the record.
  for (const t of d.targets) {
    for (const s of t.steps) stepLine(t.director, s);
    if (t.status !== 'pending' && t.status !== 'running') targetLine(t.director, t.status, t.error);
  }
  const code = deploymentExitCode(d);
  if (o.json)
    io.out(
      JSON.stringify({
        type: 'deployment',
        deploymentId,
        status: d.status,
        revision: d.revision,
        error: d.error,
        ms: Date.now() - started,
        exitCode: code,
      }) + '\n',
    );
  else {
    const msg = `deployment ${deploymentId} ${d.status} (revision ${d.revision})${d.error ? `: ${d.error}` : ''}`;
    io.out(`${code === 0 ? pc.green(msg) : pc.red(msg)}\n`);
  }
  return code;
}

/**
 * 0 succeeded; 4 failed and rolled back: every director that failed had its previous file restored
 * and verified (target `rolled_back`), so none is left in an unknown state — directors pushed before
 * the failure keep the new revision (stop on failure does not undo them) and the rest were skipped;
 * 1 any other end (a director failed without a restore, interrupted).
 */
export function deploymentExitCode(d: { status: string; targets: { status: string }[] }): ExitCode {
  if (d.status === 'succeeded') return ExitCode.Ok;
  if (d.status === 'rolled_back') return ExitCode.RolledBack;
  if (d.status === 'failed' && d.targets.some((t) => t.status === 'rolled_back') && !d.targets.some((t) => t.status === 'failed'))
    return ExitCode.RolledBack;
  return ExitCode.Other;
}
