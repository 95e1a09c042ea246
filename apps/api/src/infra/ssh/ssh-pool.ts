import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Clock } from '../clock';
import { HostKeyMismatchError, HostKeyNotPinnedError, SshConnection, type SshTarget } from './ssh-connection';

interface Slot {
  conn?: Promise<SshConnection>;
  failures: number;
  retryAt: number;
  lastError?: string;
}

const MAX_BACKOFF_MS = 30_000;

/** A target and the name of the stored credential it authenticates with (part of the pool key), and whose director it is. */
export type PoolTarget = SshTarget & { credential?: string; director?: string };

/** Runs before every new TCP connection; a rejection means: do not connect (see DirectorConnector). */
export type ConnectGuard = (target: PoolTarget) => Promise<void>;

/**
 * One long-lived SSH connection per director (pooled connections skip the handshake on every
 * deployment and poll), reconnecting with exponential backoff after a failure. Host-key errors are
 * not retried: they need an operator.
 */
@Injectable()
export class SshPool implements OnModuleDestroy {
  private readonly logger = new Logger(SshPool.name);
  private readonly slots = new Map<string, Slot>();
  private guard?: ConnectGuard;
  /** How many held channels (SshConnection.held) were opened, by channel name, over the pool's life. */
  private readonly heldOpened = new Map<string, number>();

  /** The real clock unless a test passes another (tests build pools without Nest). */
  constructor(private readonly clock: Clock = new Clock()) {}

  /**
   * Checks each new connection just before it is opened. A caller may hold a target built a while
   * ago (telemetry caches them): a credential's binding narrowed since must still stop the
   * reconnect, so the check sits where the TCP connection starts, not only where targets are built.
   */
  guardConnections(guard: ConnectGuard): void {
    this.guard = guard;
  }

  static key(t: PoolTarget): string {
    // sudo is part of the key: the connection carries it into every exec and file operation.
    // So is the credential's name: a connection authenticated with one credential must never serve
    // a director that names another one (or none), e.g. an operator's cluster pointed at the same
    // user@host:port as an admin's.
    return `${t.username}@${t.host}:${t.port}#${t.pinnedFingerprint ?? ''}${t.sudo ? '#sudo' : ''}#${t.credential ?? ''}`;
  }

  async get(target: PoolTarget, opts: { timeoutMs?: number; ignoreBackoff?: boolean } = {}): Promise<SshConnection> {
    const key = SshPool.key(target);
    const slot = this.slots.get(key) ?? { failures: 0, retryAt: 0 };
    this.slots.set(key, slot);
    if (slot.conn) {
      const c = await slot.conn.catch(() => undefined);
      if (c && !c.closed) return c;
      slot.conn = undefined;
    }
    const wait = slot.retryAt - this.clock.nowMs();
    if (wait > 0 && !opts.ignoreBackoff) {
      throw new Error(`${target.host}: not retrying for ${Math.ceil(wait / 1000)} s after: ${slot.lastError}`);
    }
    let refused = false;
    const guard = this.guard;
    slot.conn = guard
      ? guard(target).then(
          () => SshConnection.connect(target, opts.timeoutMs),
          (e: unknown) => {
            refused = true;
            throw e;
          },
        )
      : SshConnection.connect(target, opts.timeoutMs);
    try {
      const c = await slot.conn;
      c.onHeldOpened = (name) => this.heldOpened.set(name, (this.heldOpened.get(name) ?? 0) + 1);
      slot.failures = 0;
      slot.retryAt = 0;
      return c;
    } catch (e) {
      slot.conn = undefined;
      // refused by the guard: nothing was attempted, so no backoff either
      if (refused) throw e;
      slot.failures += 1;
      slot.lastError = (e as Error).message;
      if (!(e instanceof HostKeyMismatchError || e instanceof HostKeyNotPinnedError)) {
        slot.retryAt = this.clock.nowMs() + Math.min(MAX_BACKOFF_MS, 500 * 2 ** (slot.failures - 1));
      }
      throw e;
    }
  }

  /** Drops the pooled connection (e.g. after the director's credential changed). */
  evict(target: PoolTarget): void {
    const key = SshPool.key(target);
    const slot = this.slots.get(key);
    void slot?.conn?.then((c) => c.close()).catch(() => undefined);
    this.slots.delete(key);
  }

  /**
   * How many times a held channel of this name was opened (on any pooled connection): a caller that
   * holds one channel for many requests shows 1 here, one that reconnects shows each re-open.
   */
  heldChannelsOpened(name: string): number {
    return this.heldOpened.get(name) ?? 0;
  }

  size(): number {
    return this.slots.size;
  }

  async onModuleDestroy(): Promise<void> {
    for (const slot of this.slots.values()) {
      const c = await slot.conn?.catch(() => undefined);
      c?.close();
    }
    this.slots.clear();
    this.logger.log('closed pooled SSH connections');
  }
}
