import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Clock } from '../../infra/clock';
import { SECRET_BOX, SecretBox } from '../../infra/secret-box';
import { consoleLinks, PAYLOAD_SCHEMA, PAYLOAD_VERSION, type StoredMessage, type WebhookPayload } from './notification-message';
import type { NotificationOutboxEntity } from './notification.entities';
import { channelAad, type ChannelSecretsBox } from './notification-secrets';
import { NotificationTransport, type AttemptResult } from './notification-transport';
import { NotificationsRepository } from './notifications.repository';

const BATCH = 10;
const HOUR_MS = 3_600_000;
/** The lease outlives one attempt by this much, so a slow but live deliverer keeps its message. */
const LEASE_MARGIN_MS = 5_000;

/** Attempt n (1-based) failed: wait base × 2^(n-1), at most an hour, ±20% so that retries of many messages spread. */
export function backoffMs(attempt: number, baseMs: number, random: number): number {
  const raw = Math.min(baseMs * 2 ** Math.max(0, attempt - 1), HOUR_MS);
  return Math.round(raw * (0.8 + 0.4 * random));
}

/**
 * Delivers the outbox. Every replica runs one; a message is taken under a lease (claimed with FOR
 * UPDATE SKIP LOCKED), so of several replicas exactly one attempts it at a time, and a replica that
 * dies mid-attempt (SIGKILL) leaves a lease that runs out: the message is attempted again, not lost.
 * At-least-once: a receiver that answered but whose answer was never recorded gets it again with the
 * same delivery id (X-LVS-Delivery), which is what it de-duplicates on.
 */
@Injectable()
export class NotificationWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('NotificationWorker');
  /** This process: who holds a lease. */
  readonly id = `${hostname().slice(0, 40)}:${process.pid}:${randomBytes(3).toString('hex')}`;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private lastPurge = 0;
  private stopped = false;

  constructor(
    private readonly repo: NotificationsRepository,
    private readonly transport: NotificationTransport,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(SECRET_BOX) private readonly box: SecretBox,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.notify.pollMs > 0) this.timer = setInterval(() => void this.tick(), this.config.notify.pollMs);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  /** One round: claim due messages and attempt them (also called by tests and after a test message). */
  tick(): Promise<void> {
    // NOTIFY_POLL_MS=0: this replica delivers nothing (others do), not even a test message it queued.
    if (this.config.notify.pollMs === 0) return Promise.resolve();
    if (this.running || this.stopped) return this.running ?? Promise.resolve();
    this.running = this.round()
      .catch((err: unknown) => this.logger.warn({ err }, 'notification delivery round failed'))
      .finally(() => (this.running = undefined));
    return this.running;
  }

  private async round(): Promise<void> {
    const { timeoutMs } = this.config.notify;
    const now = this.clock.now().getTime();
    if (now - this.lastPurge > HOUR_MS) {
      this.lastPurge = now;
      await this.purgeExpired();
    }
    for (;;) {
      const batch = await this.repo.claim(this.id, timeoutMs + LEASE_MARGIN_MS, BATCH);
      if (batch.length === 0) return;
      await Promise.all(batch.map((m) => this.attempt(m)));
      if (batch.length < BATCH || this.stopped) return;
    }
  }

  /** Retention: deletes messages finished more than NOTIFY_RETENTION_DAYS ago (hourly, from the delivery round). */
  async purgeExpired(): Promise<number> {
    const { retentionDays } = this.config.notify;
    const n = await this.repo.purge(new Date(this.clock.now().getTime() - retentionDays * 86_400_000));
    if (n > 0) this.logger.log(`deleted ${n} notification(s) older than ${retentionDays} days`);
    return n;
  }

  private async attempt(m: NotificationOutboxEntity): Promise<void> {
    const { timeoutMs, retryBaseMs, maxAttempts, publicUrl } = this.config.notify;
    const started = this.clock.nowMs();
    const channel = await this.repo.findChannel(m.channelId);
    if (!channel) return; // deleted meanwhile: its messages went with it (ON DELETE CASCADE)
    let result: AttemptResult | undefined;
    let secrets: ChannelSecretsBox = {};
    if (!channel.enabled && !m.isTest) {
      result = { ok: false, status: null, body: null, error: 'the channel is disabled', retryable: false };
    } else {
      try {
        secrets = JSON.parse(this.box.open(channel.sealedSecrets, channelAad(channel.id))) as ChannelSecretsBox;
      } catch {
        result = {
          ok: false,
          status: null,
          body: null,
          error: 'the channel secrets cannot be decrypted with this master key (was LVS_MASTER_KEY changed?)',
          retryable: false,
        };
      }
      const stored = m.payload as unknown as StoredMessage;
      const payload: WebhookPayload = {
        schema: PAYLOAD_SCHEMA,
        version: PAYLOAD_VERSION,
        deliveryId: m.id,
        sentAt: this.clock.now().toISOString(),
        channel: { id: channel.id, name: channel.name },
        ...stored,
        links: consoleLinks(publicUrl ?? null, stored.event.clusterId),
      };
      result ??= await this.transport.deliver({ kind: channel.kind, settings: channel.settings, secrets }, payload, timeoutMs);
    }
    const attempt = {
      at: new Date(started).toISOString(),
      by: this.id,
      status: result.status,
      error: result.error,
      durationMs: this.clock.nowMs() - started,
    };
    const last = m.attempts >= maxAttempts || !result.retryable;
    const status = result.ok ? 'delivered' : last ? 'failed' : 'pending';
    const wait = Math.max(backoffMs(m.attempts, retryBaseMs, Math.random()), Math.min(result.retryAfterMs ?? 0, HOUR_MS));
    const kept = await this.repo.finishAttempt(m.id, this.id, {
      status,
      responseStatus: result.status,
      responseBody: result.body,
      lastError: result.error,
      attempt,
      nextAttemptAt: status === 'pending' ? new Date(this.clock.now().getTime() + wait) : null,
    });
    if (!kept) this.logger.warn(`notification ${m.id}: the lease ran out during the attempt; another replica took it over`);
    else if (status === 'failed')
      this.logger.warn(`notification ${m.id} to channel "${channel.name}" failed after ${m.attempts} attempt(s): ${result.error}`);
  }
}
