import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { redactSecrets } from '../../common/redact';
import { currentContext } from '../../common/request-context';
import { Clock } from '../../infra/clock';
import { AuditEventEntity } from './audit-event.entity';
import { chainHash, GENESIS_HASH } from './audit-chain';
import { AuditRepository, SIGN_IN_NAME_ACTIONS, type AuditFilter } from './audit.repository';
import type { AuditEventDto, AuditPageDto, AuditQuery, AuditVerifyDto } from './audit.dto';
import type { AuditRecord } from './audit.types';

@Injectable()
export class AuditService {
  constructor(
    private readonly repo: AuditRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * Appends one event. Pass the `manager` of the transaction that makes the change, so the change
   * and its audit event commit together or not at all.
   */
  async record(rec: AuditRecord, manager?: EntityManager): Promise<void> {
    const ctx = currentContext();
    const p = ctx?.principal;
    await this.repo.append((prev) => {
      const e = new AuditEventEntity();
      e.at = this.clock.now();
      e.actorType = p ? p.kind : ctx ? 'anonymous' : 'system';
      e.actorId = p ? p.userId : null;
      e.actorName = p ? (p.kind === 'token' ? `${p.username} (token ${p.tokenName})` : p.username) : null;
      e.tokenId = p?.tokenId ?? null;
      e.ip = ctx?.ip ?? null;
      e.userAgent = ctx?.userAgent?.slice(0, 512) ?? null;
      e.action = rec.action;
      e.targetType = rec.targetType ?? null;
      e.targetId = rec.targetId ?? null;
      e.before = rec.before === undefined ? null : redactSecrets(rec.before);
      e.after = rec.after === undefined ? null : redactSecrets(rec.after);
      e.requestId = ctx?.requestId ?? null;
      e.outcome = rec.outcome ?? 'success';
      e.detail = rec.detail ?? null;
      e.prevHash = prev ?? GENESIS_HASH;
      e.hash = chainHash(e);
      return e;
    }, manager);
    if (ctx) ctx.audited = true;
  }

  /** `admin` false: the user names typed into failed sign-ins show as "[redacted]" and cannot be searched for. */
  async list(q: AuditQuery, admin = true): Promise<AuditPageDto> {
    const { items, total } = await this.repo.page(this.filter(q, admin), q.limit, q.before);
    const last = items[items.length - 1];
    return { items: items.map((e) => this.map(e, admin)), total, nextCursor: items.length === q.limit && last ? last.id : null };
  }

  async *export(q: AuditQuery, admin = true): AsyncGenerator<AuditEventDto> {
    for await (const e of this.repo.stream(this.filter(q, admin))) yield this.map(e, admin);
  }

  /** Walks the whole chain oldest first and reports the first link that does not hold. */
  async verify(): Promise<AuditVerifyDto> {
    let prev = GENESIS_HASH;
    let checked = 0;
    for await (const e of this.repo.stream({})) {
      if (e.prevHash !== prev) {
        return {
          valid: false,
          checked,
          firstBroken: { id: e.id, reason: 'prev_hash does not match the previous event (an event was removed or reordered)' },
        };
      }
      if (chainHash(e) !== e.hash) {
        return { valid: false, checked, firstBroken: { id: e.id, reason: 'hash does not match the event (the event was edited)' } };
      }
      prev = e.hash;
      checked += 1;
    }
    return { valid: true, checked, firstBroken: null };
  }

  private filter(q: AuditQuery, admin = true): AuditFilter {
    return {
      actor: q.actor,
      action: q.action,
      targetType: q.targetType,
      targetId: q.targetId,
      outcome: q.outcome,
      from: q.from,
      to: q.to,
      q: q.q,
      hideSignInNames: !admin,
    };
  }

  private map(e: AuditEventEntity, admin = true): AuditEventDto {
    const hideTarget = !admin && SIGN_IN_NAME_ACTIONS.includes(e.action);
    return {
      id: e.id,
      at: e.at.toISOString(),
      actor: { type: e.actorType, id: e.actorId, name: e.actorName, tokenId: e.tokenId },
      ip: e.ip,
      userAgent: e.userAgent,
      action: e.action,
      target: e.targetType ? { type: e.targetType, id: hideTarget && e.targetId ? '[redacted]' : e.targetId } : null,
      before: e.before ?? null,
      after: e.after ?? null,
      requestId: e.requestId,
      outcome: e.outcome,
      detail: e.detail,
      hash: e.hash,
      prevHash: e.prevHash,
    };
  }
}
