import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { FieldError } from '../../common/errors/app-error';
import { AuditService } from '../audit/audit.service';
import { checkIfMatch } from './etag';
import type { RuleCreateDto, RuleDto, RuleListDto, RuleUpdateDto } from './notification.dto';
import { NotificationRuleEntity } from './notification.entities';
import { NotificationsError, NotificationsErrorCode } from './notifications.errors';
import { NotificationsRepository } from './notifications.repository';

const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

@Injectable()
export class NotificationRulesService {
  constructor(
    private readonly repo: NotificationsRepository,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<RuleListDto> {
    const items = (await this.repo.listRules()).map((r) => this.map(r));
    return { items, total: items.length };
  }

  async get(id: string): Promise<RuleDto> {
    return this.map(await this.found(id));
  }

  async create(dto: RuleCreateDto): Promise<RuleDto> {
    return this.repo.transaction(async (m) => {
      await this.assertFreeName(dto.name, null, m);
      const r = new NotificationRuleEntity();
      Object.assign(r, {
        ...dto,
        kinds: unique(dto.kinds),
        clusterIds: unique(dto.clusterIds),
        channelIds: unique(dto.channelIds),
        version: 1,
      });
      await this.assertReferences(r, m);
      await this.repo.saveRule(r, m);
      const after = this.map(r);
      await this.audit.record({ action: 'notification_rule.create', targetType: 'notification_rule', targetId: r.id, after }, m);
      return after;
    });
  }

  async update(id: string, dto: RuleUpdateDto, ifMatch: string | undefined): Promise<RuleDto> {
    return this.repo.transaction(async (m) => {
      const r = await this.found(id, m);
      checkIfMatch(ifMatch, r.version, `rule "${r.name}"`);
      const before = this.map(r);
      if (dto.name !== undefined && dto.name !== r.name) await this.assertFreeName(dto.name, r.id, m);
      for (const [k, v] of Object.entries(dto)) if (v !== undefined) Object.assign(r, { [k]: Array.isArray(v) ? unique(v) : v });
      await this.assertReferences(r, m);
      r.version += 1;
      await this.repo.saveRule(r, m);
      const after = this.map(r);
      await this.audit.record({ action: 'notification_rule.update', targetType: 'notification_rule', targetId: r.id, before, after }, m);
      return after;
    });
  }

  async remove(id: string, ifMatch: string | undefined): Promise<void> {
    await this.repo.transaction(async (m) => {
      const r = await this.found(id, m);
      checkIfMatch(ifMatch, r.version, `rule "${r.name}"`);
      await this.repo.removeRule(id, m);
      await this.audit.record(
        { action: 'notification_rule.delete', targetType: 'notification_rule', targetId: id, before: this.map(r) },
        m,
      );
    });
  }

  private async found(id: string, m?: EntityManager): Promise<NotificationRuleEntity> {
    const r = await this.repo.findRule(id, m);
    if (!r) throw new NotificationsError(NotificationsErrorCode.RuleNotFound, `No notification rule with id ${id}.`);
    return r;
  }

  private async assertFreeName(name: string, self: string | null, m: EntityManager): Promise<void> {
    const other = await this.repo.findRuleByName(name, m);
    if (other && other.id !== self)
      throw new NotificationsError(NotificationsErrorCode.Duplicate, `A notification rule named "${name}" exists.`, [
        { path: 'body.name', message: 'is already taken' },
      ]);
  }

  /** Every channel and cluster a rule names exists (400 naming each one that does not). */
  private async assertReferences(r: NotificationRuleEntity, m: EntityManager): Promise<void> {
    const channels = await this.repo.existingChannelIds(r.channelIds, m);
    const clusters = await this.repo.existingClusterIds(r.clusterIds, m);
    const errors: FieldError[] = [
      ...r.channelIds.flatMap((id, i) =>
        channels.has(id) ? [] : [{ path: `body.channelIds.${i}`, message: `no notification channel has id ${id}` }],
      ),
      ...r.clusterIds.flatMap((id, i) => (clusters.has(id) ? [] : [{ path: `body.clusterIds.${i}`, message: `no cluster has id ${id}` }])),
    ];
    if (errors.length > 0)
      throw new NotificationsError(
        NotificationsErrorCode.UnknownReference,
        `The rule names ${errors.map((e) => e.message.replace(/^no /, 'a missing ')).join('; ')}.`,
        errors,
      );
  }

  private map(r: NotificationRuleEntity): RuleDto {
    return {
      id: r.id,
      name: r.name,
      enabled: r.enabled,
      kinds: [...r.kinds],
      clusterIds: [...r.clusterIds],
      channelIds: [...r.channelIds],
      minSeverity: r.minSeverity,
      throttleSeconds: r.throttleSeconds,
      notifyResolved: r.notifyResolved,
      version: r.version,
      createdAt: (r.createdAt ?? new Date()).toISOString(),
      updatedAt: (r.updatedAt ?? new Date()).toISOString(),
    };
  }
}
