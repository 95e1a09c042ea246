import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { EventKind } from '../events/events.kinds';
import { EventsService } from '../events/events.service';
import type { AuditVerifyDto } from './audit.dto';
import { AuditService } from './audit.service';

/**
 * Watches the audit log's hash chain: walks it every AUDIT_VERIFY_MINUTES (and whenever someone asks
 * through GET /audit/verify), and records a broken link as one critical `audit.chain_broken`
 * timeline event — once per broken link, not once per walk — so notification rules can page
 * someone. Several replicas may each walk; the check against the last such event keeps repeats rare
 * (two replicas finding the same new break in the same instant may both record it).
 */
@Injectable()
export class AuditChainWatch implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(AuditChainWatch.name);
  private readonly everyMs: number;
  private timer?: NodeJS.Timeout;
  private running?: Promise<AuditVerifyDto>;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly audit: AuditService,
    private readonly events: EventsService,
  ) {
    this.everyMs = config.events.auditVerifyMinutes * 60_000;
  }

  onApplicationBootstrap(): void {
    if (!this.everyMs) return;
    this.timer = setInterval(
      () => void this.verify().catch((e: Error) => this.logger.warn(`could not walk the audit chain: ${e.message}`)),
      this.everyMs,
    );
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Walks the chain (one walk at a time per replica: callers during a walk share its result) and reports a new break. */
  verify(): Promise<AuditVerifyDto> {
    this.running ??= this.walk().finally(() => (this.running = undefined));
    return this.running;
  }

  private async walk(): Promise<AuditVerifyDto> {
    const result = await this.audit.verify();
    if (result.firstBroken) await this.report(result, result.firstBroken);
    return result;
  }

  private async report(result: AuditVerifyDto, broken: NonNullable<AuditVerifyDto['firstBroken']>): Promise<void> {
    const subject = `audit_event:${broken.id}`;
    const last = await this.events.list(undefined, { kind: [EventKind.AuditChainBroken], limit: 1 });
    if (last.items[0]?.subject === subject) return; // this break is known already
    await this.events.record({
      clusterId: null,
      kind: EventKind.AuditChainBroken,
      severity: 'critical',
      subject,
      summary: `The audit log's hash chain is broken at event ${broken.id}: ${broken.reason}. ${result.checked} events before it verify.`,
      data: { firstBrokenId: broken.id, reason: broken.reason, checked: result.checked },
    });
    this.logger.error(`audit chain broken at event ${broken.id}: ${broken.reason}`);
  }
}
