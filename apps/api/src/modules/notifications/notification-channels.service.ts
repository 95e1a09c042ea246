import { randomUUID } from 'node:crypto';
import { Clock } from '../../infra/clock';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { SECRET_BOX, SecretBox } from '../../infra/secret-box';
import { AuditService } from '../audit/audit.service';
import { checkIfMatch } from './etag';
import { digestLine, headline, type StoredMessage } from './notification-message';
import { channelAad, type ChannelSecretsBox } from './notification-secrets';
import type {
  ChannelCreateDto,
  ChannelDto,
  ChannelListDto,
  ChannelUpdateDto,
  DeliveryDto,
  DeliveryPageDto,
  DeliveryQuery,
} from './notification.dto';
import { NotificationChannelEntity, NotificationOutboxEntity, type ChannelKind } from './notification.entities';
import { NotificationsError, NotificationsErrorCode } from './notifications.errors';
import { type ChannelStats, NotificationsRepository } from './notifications.repository';
import { NotificationWorker } from './notification.worker';

/** Which PATCH fields belong to which kind of channel (name and enabled belong to all). */
const FIELDS: Record<ChannelKind, readonly (keyof ChannelUpdateDto)[]> = {
  webhook: ['url', 'secret'],
  slack: ['url'],
  email: ['host', 'port', 'security', 'username', 'password', 'from', 'to', 'caCertificate'],
};

const EMPTY_STATS: ChannelStats = { pending: 0, delivered: 0, failed: 0, lastDelivery: null };

@Injectable()
export class NotificationChannelsService {
  constructor(
    private readonly repo: NotificationsRepository,
    private readonly audit: AuditService,
    private readonly worker: NotificationWorker,
    @Inject(SECRET_BOX) private readonly box: SecretBox,
    private readonly clock: Clock,
  ) {}

  async list(): Promise<ChannelListDto> {
    const channels = await this.repo.listChannels();
    const stats = await this.repo.channelStats(channels.map((c) => c.id));
    const items = channels.map((c) => this.map(c, stats.get(c.id)));
    return { items, total: items.length };
  }

  async get(id: string): Promise<ChannelDto> {
    const c = await this.found(id);
    return this.map(c, (await this.repo.channelStats([id])).get(id));
  }

  async create(p: Principal, dto: ChannelCreateDto): Promise<ChannelDto> {
    return this.repo.transaction(async (m) => {
      await this.assertFreeName(dto.name, null, m);
      const c = new NotificationChannelEntity();
      c.id = randomUUID();
      c.name = dto.name;
      c.kind = dto.kind;
      c.enabled = dto.enabled;
      c.createdBy = p.userId;
      c.version = 1;
      let secrets: ChannelSecretsBox;
      if (dto.kind === 'email') {
        c.settings = {
          host: dto.host,
          port: dto.port,
          security: dto.security,
          username: dto.username ?? null,
          from: dto.from,
          to: dto.to,
          caCertificate: dto.caCertificate ?? null,
          hasPassword: !!dto.password,
        };
        secrets = dto.password ? { password: dto.password } : {};
      } else {
        c.settings = { urlOrigin: new URL(dto.url).origin };
        secrets = dto.kind === 'webhook' ? { url: dto.url, secret: dto.secret } : { url: dto.url };
      }
      c.sealedSecrets = this.seal(c.id, secrets);
      await this.repo.saveChannel(c, m);
      const after = this.map(c);
      await this.audit.record(
        { action: 'notification_channel.create', targetType: 'notification_channel', targetId: c.id, after: this.auditView(after) },
        m,
      );
      return after;
    });
  }

  async update(id: string, dto: ChannelUpdateDto, ifMatch: string | undefined): Promise<ChannelDto> {
    return this.repo.transaction(async (m) => {
      const c = await this.found(id, m, true);
      checkIfMatch(ifMatch, c.version, `channel "${c.name}"`);
      const foreign = (Object.keys(dto) as (keyof ChannelUpdateDto)[]).filter(
        (k) => k !== 'name' && k !== 'enabled' && dto[k] !== undefined && !FIELDS[c.kind].includes(k),
      );
      if (foreign.length > 0) {
        throw new NotificationsError(
          NotificationsErrorCode.FieldNotForKind,
          `A ${c.kind} channel has no ${foreign.join(', ')} (its fields: name, enabled, ${FIELDS[c.kind].join(', ')}).`,
          foreign.map((k) => ({ path: `body.${k}`, message: `is not a field of a ${c.kind} channel` })),
        );
      }
      const before = this.map(c);
      if (dto.name !== undefined && dto.name !== c.name) {
        await this.assertFreeName(dto.name, c.id, m);
        c.name = dto.name;
      }
      if (dto.enabled !== undefined) c.enabled = dto.enabled;
      const secrets = this.open(c);
      const changedSecrets: string[] = [];
      if (c.kind === 'email') {
        const s = { ...c.settings };
        for (const k of ['host', 'port', 'security', 'username', 'from', 'to', 'caCertificate'] as const)
          if (dto[k] !== undefined) s[k] = dto[k];
        c.settings = s;
        if (dto.password !== undefined) {
          changedSecrets.push('password');
          if (dto.password === null) delete secrets.password;
          else secrets.password = dto.password;
          c.settings = { ...c.settings, hasPassword: !!secrets.password };
        }
      } else {
        if (dto.url !== undefined) {
          secrets.url = dto.url;
          c.settings = { ...c.settings, urlOrigin: new URL(dto.url).origin };
          changedSecrets.push('url');
        }
        if (dto.secret !== undefined) {
          secrets.secret = dto.secret;
          changedSecrets.push('secret');
        }
      }
      if (changedSecrets.length > 0) c.sealedSecrets = this.seal(c.id, secrets);
      c.version += 1;
      await this.repo.saveChannel(c, m);
      const after = this.map(c);
      await this.audit.record(
        {
          action: 'notification_channel.update',
          targetType: 'notification_channel',
          targetId: c.id,
          before: this.auditView(before),
          after: { ...this.auditView(after), replaced: changedSecrets },
        },
        m,
      );
      return after;
    });
  }

  async remove(id: string, ifMatch: string | undefined): Promise<void> {
    await this.repo.transaction(async (m) => {
      const c = await this.found(id, m, true);
      checkIfMatch(ifMatch, c.version, `channel "${c.name}"`);
      const rules = await this.repo.rulesNamingChannel(id, m);
      if (rules.length > 0) {
        throw new NotificationsError(
          NotificationsErrorCode.ChannelInUse,
          `The channel "${c.name}" is used by rule(s) ${rules.map((r) => `"${r.name}"`).join(', ')}; remove it from them first.`,
          [],
          { rules },
        );
      }
      await this.repo.removeChannel(id, m);
      await this.audit.record(
        { action: 'notification_channel.delete', targetType: 'notification_channel', targetId: id, before: this.auditView(this.map(c)) },
        m,
      );
    });
  }

  /** Queues a test message through the outbox (the same path as real ones) and kicks the worker. */
  async test(p: Principal, id: string): Promise<DeliveryDto> {
    const o = await this.repo.transaction(async (m) => {
      const c = await this.found(id, m);
      const msg: StoredMessage = {
        test: true,
        rule: null,
        event: {
          id: null,
          clusterId: null,
          clusterName: null,
          kind: 'test',
          severity: 'info',
          subject: null,
          summary: `Test message from LVS Console to channel "${c.name}", sent by ${p.username}`,
          data: {},
          at: this.clock.now().toISOString(),
        },
        group: null,
        resolved: false,
      };
      const o = new NotificationOutboxEntity();
      Object.assign(o, {
        channelId: c.id,
        ruleId: null,
        eventId: null,
        clusterId: null,
        kind: 'test',
        groupKey: null,
        status: 'pending',
        isTest: true,
        payload: msg,
        eventCount: 1,
        attempts: 0,
        nextAttemptAt: this.clock.now(),
        attemptLog: [],
      });
      await this.repo.insertMessage(o, m);
      await this.audit.record(
        { action: 'notification_channel.test', targetType: 'notification_channel', targetId: c.id, after: { deliveryId: o.id } },
        m,
      );
      return o;
    });
    void this.worker.tick();
    return this.mapDelivery(o);
  }

  async deliveries(id: string, q: DeliveryQuery): Promise<DeliveryPageDto> {
    await this.found(id);
    const { items, total } = await this.repo.deliveries(id, q);
    const last = items[items.length - 1];
    return {
      items: items.map((o) => this.mapDelivery(o)),
      total,
      nextCursor: items.length === q.limit && last ? last.createdAt.toISOString() : null,
    };
  }

  private async found(id: string, m?: EntityManager, lock = false): Promise<NotificationChannelEntity> {
    const c = await this.repo.findChannel(id, m, lock);
    if (!c) throw new NotificationsError(NotificationsErrorCode.ChannelNotFound, `No notification channel with id ${id}.`);
    return c;
  }

  private async assertFreeName(name: string, self: string | null, m: EntityManager): Promise<void> {
    const other = await this.repo.findChannelByName(name, m);
    if (other && other.id !== self)
      throw new NotificationsError(NotificationsErrorCode.Duplicate, `A notification channel named "${name}" exists.`, [
        { path: 'body.name', message: 'is already taken' },
      ]);
  }

  private seal(id: string, s: ChannelSecretsBox): string {
    return this.box.seal(JSON.stringify(s), channelAad(id));
  }

  private open(c: NotificationChannelEntity): ChannelSecretsBox {
    try {
      return JSON.parse(this.box.open(c.sealedSecrets, channelAad(c.id))) as ChannelSecretsBox;
    } catch {
      throw new NotificationsError(
        NotificationsErrorCode.Undecryptable,
        `The secrets of channel "${c.name}" cannot be decrypted with this master key (was LVS_MASTER_KEY changed?); delete the channel and create it again.`,
      );
    }
  }

  /** What the audit keeps of a channel: its settings, which secrets are set (never them), not the live counters. */
  private auditView(d: ChannelDto): Record<string, unknown> {
    return { name: d.name, kind: d.kind, enabled: d.enabled, settings: d.settings, sealed: d.secretsSet };
  }

  private map(c: NotificationChannelEntity, stats: ChannelStats = EMPTY_STATS): ChannelDto {
    const s = c.settings;
    const settings: ChannelDto['settings'] =
      c.kind === 'email'
        ? {
            host: String(s.host),
            port: Number(s.port),
            security: s.security as 'starttls' | 'tls' | 'none',
            username: (s.username as string | null) ?? null,
            from: String(s.from),
            to: [...((s.to as string[]) ?? [])],
            caCertificate: !!s.caCertificate,
          }
        : { urlOrigin: String(s.urlOrigin) };
    // Which secrets are set is read from the kind and settings, so listing never decrypts anything.
    const secretsSet: ChannelDto['secretsSet'] =
      c.kind === 'webhook' ? ['url', 'secret'] : c.kind === 'slack' ? ['url'] : s.hasPassword ? ['password'] : [];
    return {
      id: c.id,
      name: c.name,
      kind: c.kind,
      enabled: c.enabled,
      settings,
      secretsSet,
      stats: { ...stats, lastDelivery: stats.lastDelivery ? { ...stats.lastDelivery, at: stats.lastDelivery.at.toISOString() } : null },
      version: c.version,
      createdAt: (c.createdAt ?? new Date()).toISOString(),
      updatedAt: (c.updatedAt ?? new Date()).toISOString(),
    };
  }

  mapDelivery(o: NotificationOutboxEntity): DeliveryDto {
    const msg = o.payload as unknown as StoredMessage;
    const digest = digestLine(msg.group);
    const finished = o.status === 'delivered' || o.status === 'failed';
    return {
      id: o.id,
      channelId: o.channelId,
      status: o.status,
      test: o.isTest,
      kind: o.kind,
      summary: digest ? `${headline(msg)} (${msg.group?.count} events)` : headline(msg),
      ruleId: o.ruleId,
      eventId: o.eventId,
      clusterId: o.clusterId,
      eventCount: o.eventCount,
      attempts: o.attempts,
      nextAttemptAt: finished ? null : o.nextAttemptAt.toISOString(),
      responseStatus: o.responseStatus ?? null,
      responseBody: o.responseBody ?? null,
      lastError: o.lastError ?? null,
      attemptLog: o.attemptLog ?? [],
      createdAt: (o.createdAt ?? new Date()).toISOString(),
      finishedAt: o.finishedAt ? o.finishedAt.toISOString() : null,
    };
  }
}
