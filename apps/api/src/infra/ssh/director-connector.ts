import { Injectable } from '@nestjs/common';
import type { Director } from '@lvs/domain';
import { AuditService } from '../../modules/audit/audit.service';
import { CredentialsError, CredentialsErrorCode } from '../../modules/credentials/credentials.errors';
import { CredentialsService } from '../../modules/credentials/credentials.service';
import { EventKind } from '../../modules/events/events.kinds';
import { EventsService } from '../../modules/events/events.service';
import { HostKeyPinsRepository } from './host-key-pins.repository';
import { HostKeyMismatchError, HostKeyNotPinnedError, type SshConnection } from './ssh-connection';
import { type PoolTarget, SshPool } from './ssh-pool';

/** Turns a director of the spec into a pooled, host-key-pinned SSH connection. */
@Injectable()
export class DirectorConnector {
  constructor(
    private readonly pool: SshPool,
    private readonly credentials: CredentialsService,
    private readonly pins: HostKeyPinsRepository,
    private readonly audit: AuditService,
    private readonly events: EventsService,
  ) {
    // every new connection with a credential re-checks the binding, whoever built the target and when
    pool.guardConnections(async (t) => {
      if (t.credential) await this.credentials.assertBound(t.credential, { address: t.host, director: t.director ?? t.host });
    });
  }

  /**
   * The SSH target of a director, with its credential's secret only when the director's address is
   * inside the credential's binding. Every connection with a credential (plan, drift, deployments,
   * telemetry, recovery of interrupted deployments) is built here, so a refusal happens before any
   * TCP connection: the address checked is the literal ssh2 connects to (no name lookup).
   */
  async target(clusterId: string, d: Director): Promise<PoolTarget> {
    const pinnedFingerprint = await this.pins.fingerprint(clusterId, d.name);
    const base: PoolTarget = {
      host: d.address,
      port: d.sshPort,
      username: d.sshUser,
      sudo: d.sudo,
      pinnedFingerprint,
      credential: d.credential,
      director: d.name,
    };
    if (!d.credential) return base;
    try {
      return { ...base, ...(await this.credentials.secretFor(d.credential, { address: d.address, director: d.name })) };
    } catch (e) {
      // A binding narrowed by an admin also ends a connection opened while it still allowed the address.
      if (e instanceof CredentialsError && e.reason === CredentialsErrorCode.NotBound) this.pool.evict(base);
      throw e;
    }
  }

  /** Refuses (422) before anything starts when a director's address is outside its credential's binding. */
  async assertBound(directors: readonly Director[]): Promise<void> {
    for (const d of directors) if (d.credential) await this.credentials.assertBound(d.credential, { address: d.address, director: d.name });
  }

  async connect(clusterId: string, d: Director, timeoutMs = 10_000): Promise<SshConnection> {
    try {
      return await this.pool.get(await this.target(clusterId, d), { timeoutMs, ignoreBackoff: true });
    } catch (e) {
      if (e instanceof HostKeyMismatchError) {
        await this.audit.record({
          action: 'director.host_key_mismatch',
          targetType: 'director',
          targetId: `${clusterId}/${d.name}`,
          outcome: 'denied',
          detail: `offered ${e.offered}, pinned ${e.expected}: connection refused`,
        });
        this.events.emit({
          clusterId,
          kind: EventKind.HostKeyMismatch,
          severity: 'critical',
          subject: d.name,
          summary: `${d.name} offers host key ${e.offered}, not the pinned ${e.expected}: not connected`,
          data: { director: d.name, host: d.address, offered: e.offered, pinned: e.expected },
        });
      }
      throw e;
    }
  }

  isHostKeyProblem(e: unknown): e is HostKeyMismatchError | HostKeyNotPinnedError {
    return e instanceof HostKeyMismatchError || e instanceof HostKeyNotPinnedError;
  }
}
