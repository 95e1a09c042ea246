import { Injectable } from '@nestjs/common';
import type { Director } from '@lvs/domain';
import { parseNotifyLine } from '@lvs/ipvs';
import { consoleNotifyFifos } from '@lvs/keepalived';
import { Clock } from '../../infra/clock';
import type { SshConnection } from '../../infra/ssh/ssh-connection';
import type { NotifiedState } from './live-state';
import type { Watch } from './telemetry-watch';

interface EventStream {
  open: boolean;
  retryAt: number;
  close?: () => void;
}

/** Reads both notify FIFOs of a director on one channel; a missing FIFO (config not pushed yet) is skipped. */
const FIFO_READER = 'for f in "$@"; do [ -p "$f" ] && cat "$f" & done; wait';
const STREAM_RETRY_MS = 5000;

/** What a director's stream reports to: whether its cluster is still watched, and that a line of this kind was noted. */
export interface StreamListener {
  watched: () => boolean;
  changed: (kind: 'vrrp' | 'rs') => void;
}

/**
 * keepalived's notify FIFOs, read over one long-lived channel per director: a VRRP transition or
 * a checker's verdict reaches /live within milliseconds instead of at the next tick. Each line is
 * noted in the cluster's Watch and `changed` is called with its kind (the service publishes a VRRP
 * transition at once, checker verdicts soon after, so that a burst of them goes out as one delta).
 */
@Injectable()
export class TelemetryStreams {
  private readonly streams = new Map<string, EventStream>();
  private stopped = false;

  constructor(private readonly clock: Clock) {}

  /**
   * Opens the director's stream unless it is open (or closed a moment ago: retried after
   * STREAM_RETRY_MS). Lines are ignored once `watched` says the cluster is no longer watched.
   */
  ensure(clusterId: string, d: Director, w: Watch, conn: SshConnection, on: StreamListener): void {
    const key = `${clusterId}/${d.name}`;
    const s = this.streams.get(key) ?? { open: false, retryAt: 0 };
    this.streams.set(key, s);
    if (s.open || this.clock.nowMs() < s.retryAt || this.stopped) return;
    s.open = true;
    const fifos = consoleNotifyFifos(d.configPath);
    const onLine = (line: string) => {
      const e = parseNotifyLine(line);
      if (!e || !on.watched()) return;
      const at = this.clock.nowMs();
      if (e.kind === 'vrrp' && e.type === 'INSTANCE') {
        const m = w.notified.get(d.name) ?? new Map<string, NotifiedState>();
        m.set(e.name, { state: e.state, at });
        w.notified.set(d.name, m);
      } else if (e.kind === 'rs') {
        const m = w.checkers.get(d.name) ?? new Map<string, { up: boolean; at: number }>();
        m.set(`${e.service}/${e.protocol}>${e.realServer}`, { up: e.up, at });
        w.checkers.set(d.name, m);
      } else return;
      on.changed(e.kind);
    };
    const onEnd = () => {
      s.open = false;
      s.close = undefined;
      s.retryAt = this.clock.nowMs() + STREAM_RETRY_MS;
    };
    conn.stream(['sh', '-c', FIFO_READER, 'sh', fifos.vrrp, fifos.lvs], onLine, onEnd).then((close) => {
      s.close = close;
      if (this.stopped) close();
    }, onEnd);
  }

  /** Closes the streams of a cluster (deleted, or given up to another replica). */
  closeCluster(clusterId: string): void {
    for (const [key, st] of this.streams) {
      if (!key.startsWith(`${clusterId}/`)) continue;
      st.close?.();
      this.streams.delete(key);
    }
  }

  stop(): void {
    this.stopped = true;
    for (const s of this.streams.values()) s.close?.();
  }
}
