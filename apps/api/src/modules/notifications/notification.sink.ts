import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../infra/clock';
import { EventsService } from '../events/events.service';
import type { EventSink } from '../events/events.types';
import {
  digestOf,
  foldIntoDigest,
  groupKey,
  messageFromEvent,
  ruleMatches,
  type NotifiableEvent,
  type StoredMessage,
} from './notification-message';
import { NotificationOutboxEntity, type NotificationRuleEntity } from './notification.entities';
import { NotificationsRepository } from './notifications.repository';

/**
 * Turns a timeline event into outbox messages, in the transaction that stores the event: the event
 * and its notifications commit together or not at all (the durable outbox). One message per channel
 * per event, whichever matching rule names the channel first (by rule name); a rule's throttle
 * window folds a flapping subject into one digest per window.
 */
@Injectable()
export class NotificationSink implements EventSink, OnModuleInit {
  constructor(
    private readonly repo: NotificationsRepository,
    private readonly clock: Clock,
    private readonly events: EventsService,
  ) {}

  onModuleInit(): void {
    this.events.registerSink(this);
  }

  async onEvent(event: NotifiableEvent, manager: EntityManager): Promise<void> {
    const rules = (await this.repo.enabledRules(manager)).filter((r) => r.channelIds.length > 0 && ruleMatches(r, event));
    if (rules.length === 0) return;
    const wanted = [...new Set(rules.flatMap((r) => r.channelIds))];
    const channels = await manager.query(`SELECT id FROM notification_channels WHERE enabled AND id = ANY($1::uuid[])`, [wanted]);
    const enabled = new Set((channels as { id: string }[]).map((c) => c.id));
    const clusterName = event.clusterId ? await this.repo.clusterName(event.clusterId, manager) : null;
    const key = groupKey(event);
    const done = new Set<string>();
    for (const rule of rules) {
      for (const channelId of rule.channelIds) {
        if (!enabled.has(channelId) || done.has(channelId)) continue;
        done.add(channelId);
        await this.enqueue(rule, channelId, event, clusterName, key, manager);
      }
    }
  }

  private async enqueue(
    rule: NotificationRuleEntity,
    channelId: string,
    event: NotifiableEvent,
    clusterName: string | null,
    key: string,
    m: EntityManager,
  ): Promise<void> {
    const ruleRef = { id: rule.id, name: rule.name };
    if (rule.throttleSeconds <= 0) {
      await this.insert(channelId, rule.id, event, key, messageFromEvent(event, clusterName, ruleRef), this.clock.now(), m);
      return;
    }
    const now = this.clock.now();
    const windowMs = rule.throttleSeconds * 1000;
    const t = await this.repo.lockThrottle(rule.id, channelId, key, m);
    if (t.digestId) {
      const digest = await this.repo.pendingDigest(t.digestId, m);
      if (digest) {
        digest.payload = foldIntoDigest(digest.payload as unknown as StoredMessage, event, clusterName, key) as unknown as Record<
          string,
          unknown
        >;
        digest.eventCount += 1;
        digest.eventId = event.id;
        digest.kind = event.kind;
        await this.repo.insertMessage(digest, m);
        return;
      }
    }
    if (now.getTime() >= t.windowUntil.getTime()) {
      // Quiet for a whole window: this one goes at once and opens a new window.
      await this.insert(channelId, rule.id, event, key, messageFromEvent(event, clusterName, ruleRef), now, m);
      t.windowUntil = new Date(now.getTime() + windowMs);
      t.digestId = null;
    } else {
      // Inside the window: a digest sent when it closes gathers this and what follows.
      const due = t.windowUntil;
      const d = await this.insert(channelId, rule.id, event, key, digestOf(event, clusterName, ruleRef, key), due, m);
      t.digestId = d.id;
      t.windowUntil = new Date(due.getTime() + windowMs);
    }
    await this.repo.saveThrottle(t, m);
  }

  private insert(
    channelId: string,
    ruleId: string | null,
    event: NotifiableEvent,
    key: string,
    msg: StoredMessage,
    due: Date,
    m: EntityManager,
  ): Promise<NotificationOutboxEntity> {
    const o = new NotificationOutboxEntity();
    o.channelId = channelId;
    o.ruleId = ruleId;
    o.eventId = event.id;
    o.clusterId = event.clusterId;
    o.kind = event.kind;
    o.groupKey = key;
    o.status = 'pending';
    o.isTest = false;
    o.payload = msg as unknown as Record<string, unknown>;
    o.eventCount = 1;
    o.attempts = 0;
    o.nextAttemptAt = due;
    o.attemptLog = [];
    return this.repo.insertMessage(o, m);
  }
}
