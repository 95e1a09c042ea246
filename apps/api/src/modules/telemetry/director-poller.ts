import { Inject, Injectable } from '@nestjs/common';
import type { Director } from '@lvs/domain';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Clock } from '../../infra/clock';
import { DirectorConnector } from '../../infra/ssh/director-connector';
import type { SshTarget } from '../../infra/ssh/ssh-connection';
import { SshPool } from '../../infra/ssh/ssh-pool';
import { parseProbe, probeScript } from './probe';
import { RadarService } from './radar.service';
import { type StreamListener, TelemetryStreams } from './telemetry-streams';
import type { Watch } from './telemetry-watch';

/** How long a director's SSH target (credential, pinned key) is reused before it is read again. */
const TARGET_TTL_MS = 10_000;

/**
 * Probes one director over its pooled SSH connection (one exec: see probe.ts) and notes the answer
 * — or why there was none — in its cluster's Watch; a probe that answers also opens the director's
 * notify-FIFO stream and its config watch (radar). A director that does not answer within the probe
 * timeout turns unreachable with the reason, and its connection is dropped so the next tick reconnects.
 */
@Injectable()
export class DirectorPoller {
  private readonly targets = new Map<string, { target: SshTarget; at: number }>();
  private readonly tickMs: number;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly connector: DirectorConnector,
    private readonly pool: SshPool,
    private readonly streams: TelemetryStreams,
    private readonly radar: RadarService,
    private readonly clock: Clock,
  ) {
    this.tickMs = config.telemetry.tickMs;
  }

  /** The topology changed: the directors' targets are read again at the next probe. */
  forgetTargets(clusterId: string, directors: readonly Director[]): void {
    for (const d of directors) this.targets.delete(`${clusterId}/${d.name}`);
  }

  async probe(clusterId: string, d: Director, w: Watch, stream: StreamListener): Promise<void> {
    const timeoutMs = Math.max(3000, this.tickMs * 3);
    let target: SshTarget | undefined;
    try {
      target = await this.target(clusterId, d);
      if (!target.pinnedFingerprint) {
        w.results.set(d.name, { ok: false, reason: 'host key not accepted yet (accept it on the cluster page)', at: this.clock.nowMs() });
        return;
      }
      const conn = await this.pool.get(target, { timeoutMs });
      // Stamped when it was asked, not when it answered: a notify-FIFO event that arrives while the
      // probe is in flight is newer than what the probe read, and must not be overruled by it.
      const asked = this.clock.nowMs();
      const r = await conn.exec(['sh', '-c', probeScript(d.pidFile)], { timeoutMs });
      w.results.set(d.name, { ok: true, obs: parseProbe(r.stdout, asked) });
      this.streams.ensure(clusterId, d, w, conn, stream);
      this.radar.watchConfig(clusterId, d, conn);
    } catch (e) {
      const message = (e as Error).message;
      const timedOut = /did not finish within/.test(message);
      // A silent peer keeps its TCP connection open: drop it so the next tick reconnects (or fails fast).
      if (target && timedOut) this.pool.evict(target);
      w.results.set(d.name, { ok: false, reason: timedOut ? `no answer within ${timeoutMs} ms` : message, at: this.clock.nowMs() });
    }
  }

  private async target(clusterId: string, d: Director): Promise<SshTarget> {
    const key = `${clusterId}/${d.name}`;
    const hit = this.targets.get(key);
    // A director waiting for its host key to be accepted is read again each tick, so the
    // acceptance shows on the next tick rather than after the TTL.
    if (hit && hit.target.pinnedFingerprint && this.clock.nowMs() - hit.at < TARGET_TTL_MS) return hit.target;
    const target = await this.connector.target(clusterId, d);
    this.targets.set(key, { target, at: this.clock.nowMs() });
    return target;
  }
}
