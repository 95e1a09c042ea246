import { Injectable } from '@nestjs/common';
import { Clock } from '../../infra/clock';
import type { Principal } from '../../common/auth/principal';
import { HostKeyScanner } from '../../infra/ssh/host-key-scanner';
import { HostKeyMismatchError, HostKeyNotPinnedError, SshConnection } from '../../infra/ssh/ssh-connection';
import { AuditService } from '../audit/audit.service';
import { CredentialsService } from '../credentials/credentials.service';
import { EventKind } from '../events/events.kinds';
import { EventsService } from '../events/events.service';
import { RealServerAccessEntity } from './real-server-access.entity';
import { CHECK_SCRIPT, type CheckTarget, evaluateChecks, parseHostFacts, prepScript } from './real-server-checks';
import { checkIfMatch } from '../clusters/etag';
import type {
  PrepScriptDto,
  RealServerAccessBody,
  RealServerAccessDto,
  RealServerChecksDto,
  RealServerHostKeyDto,
} from './real-server-checks.dto';
import { RealServerChecksError, RealServerChecksErrorCode } from './real-server-checks.errors';
import { type RealServerContext, RealServerChecksRepository } from './real-server-checks.repository';

export interface RealServerRef {
  clusterId: string;
  serviceId: string;
  realServerId: string;
}

const CONNECT_TIMEOUT_MS = 10_000;
const CHECK_TIMEOUT_MS = 15_000;

/**
 * Real-server preparation checks (DR, NAT, TUN): with SSH access to the real server (optional, an
 * admin's decision: which stored credential may be sent to which host), one read-only command tells
 * what the host has; without it, the prep script says what to run there.
 */
@Injectable()
export class RealServerChecksService {
  constructor(
    private readonly repo: RealServerChecksRepository,
    private readonly credentials: CredentialsService,
    private readonly audit: AuditService,
    private readonly events: EventsService,
    private readonly scanner: HostKeyScanner,
    private readonly clock: Clock,
  ) {}

  private async context(ref: RealServerRef): Promise<RealServerContext> {
    const c = await this.repo.context(ref.clusterId, ref.serviceId, ref.realServerId);
    if (!c)
      throw new RealServerChecksError(
        RealServerChecksErrorCode.NotFound,
        `No real server ${ref.realServerId} in virtual service ${ref.serviceId} of cluster ${ref.clusterId}.`,
      );
    return c;
  }

  /** Which credential goes to which host decides where a secret is sent: an admin's, never a cluster-scoped token's (docs/trust-model.md). */
  private assertAdmin(who: Principal, what: string): void {
    if (who.role !== 'admin' || who.clusterId) {
      throw new RealServerChecksError(
        RealServerChecksErrorCode.AdminOnly,
        `${what} decides which host receives a credential: an admin${who.clusterId ? ' signed in (not a cluster-scoped token)' : ''} must do it.`,
      );
    }
  }

  async getAccess(ref: RealServerRef): Promise<RealServerAccessDto> {
    const c = await this.context(ref);
    const a = await this.repo.access(ref.clusterId, c.address);
    if (!a)
      throw new RealServerChecksError(
        RealServerChecksErrorCode.NoAccess,
        `The console has no SSH access to ${c.address}; GET …/prep-script for the commands to run there.`,
      );
    return this.mapAccess(a);
  }

  async putAccess(ref: RealServerRef, body: RealServerAccessBody, who: Principal, ifMatch?: string): Promise<RealServerAccessDto> {
    this.assertAdmin(who, 'Giving the console SSH access to a real server');
    const c = await this.context(ref);
    // The credential must exist and the address be inside its binding (404 / 422 from the credentials module, naming both).
    await this.credentials.assertBound(body.credential, { address: c.address, director: `real server ${c.address}` });
    return this.repo.transaction(async (m) => {
      const before = await this.repo.access(ref.clusterId, c.address, m);
      checkIfMatch(ifMatch, before?.version ?? 0, 'real server access');
      const row = before
        ? Object.assign(new RealServerAccessEntity(), before)
        : Object.assign(new RealServerAccessEntity(), {
            clusterId: ref.clusterId,
            address: c.address,
            hostKeyFingerprint: null,
            version: 0,
          });
      Object.assign(row, {
        sshUser: body.sshUser,
        sshPort: body.sshPort,
        credential: body.credential,
        sudo: body.sudo,
        version: (before?.version ?? 0) + 1,
      });
      const saved = await this.repo.save(row, m);
      await this.audit.record(
        {
          action: before ? 'real_server.access_update' : 'real_server.access_create',
          targetType: 'real_server',
          targetId: `${ref.clusterId}/${c.address}`,
          before: before ? this.auditView(before) : undefined,
          after: this.auditView(saved),
        },
        m,
      );
      return this.mapAccess(saved);
    });
  }

  async deleteAccess(ref: RealServerRef, who: Principal, ifMatch?: string): Promise<void> {
    this.assertAdmin(who, 'Removing SSH access to a real server');
    const c = await this.context(ref);
    await this.repo.transaction(async (m) => {
      const before = await this.repo.access(ref.clusterId, c.address, m);
      if (!before) throw new RealServerChecksError(RealServerChecksErrorCode.NoAccess, `The console has no SSH access to ${c.address}.`);
      checkIfMatch(ifMatch, before.version, 'real server access');
      await this.repo.remove(ref.clusterId, c.address, m);
      await this.audit.record(
        {
          action: 'real_server.access_delete',
          targetType: 'real_server',
          targetId: `${ref.clusterId}/${c.address}`,
          before: this.auditView(before),
        },
        m,
      );
    });
  }

  async hostKey(ref: RealServerRef): Promise<RealServerHostKeyDto> {
    const c = await this.context(ref);
    const a = await this.repo.access(ref.clusterId, c.address);
    if (!a) throw new RealServerChecksError(RealServerChecksErrorCode.NoAccess, `The console has no SSH access to ${c.address}.`);
    const pinned = a.hostKeyFingerprint;
    try {
      const offered = await this.scanner.scan(c.address, a.sshPort);
      return { offered, pinned, matches: pinned === null ? null : pinned === offered, error: null };
    } catch (e) {
      return { offered: null, pinned, matches: null, error: (e as Error).message };
    }
  }

  /** Pins the key the host offers right now (only that one); admin only, as it decides where the credential goes. */
  async acceptHostKey(ref: RealServerRef, fingerprint: string, who: Principal, ifMatch?: string): Promise<RealServerHostKeyDto> {
    this.assertAdmin(who, "Pinning a real server's host key");
    const c = await this.context(ref);
    const current = await this.hostKey(ref);
    if (current.offered === null)
      throw new RealServerChecksError(
        RealServerChecksErrorCode.Unreachable,
        `Cannot reach ${c.address} to read its host key: ${current.error}`,
      );
    if (current.offered !== fingerprint) {
      throw new RealServerChecksError(
        RealServerChecksErrorCode.HostKeyMismatch,
        `${c.address} offers ${current.offered}, not ${fingerprint}: nothing was pinned.`,
        [{ path: 'body.fingerprint', message: `does not match the key the host offers (${current.offered})` }],
      );
    }
    await this.repo.transaction(async (m) => {
      const a = await this.repo.access(ref.clusterId, c.address, m);
      if (!a) throw new RealServerChecksError(RealServerChecksErrorCode.NoAccess, `The console has no SSH access to ${c.address}.`);
      checkIfMatch(ifMatch, a.version, 'real server access');
      const before = a.hostKeyFingerprint;
      a.hostKeyFingerprint = fingerprint;
      a.version += 1;
      await this.repo.save(a, m);
      await this.audit.record(
        {
          action: 'real_server.host_key_accept',
          targetType: 'real_server',
          targetId: `${ref.clusterId}/${c.address}`,
          before: { fingerprint: before },
          after: { fingerprint },
        },
        m,
      );
    });
    return { ...current, pinned: fingerprint, matches: true };
  }

  private target(c: RealServerContext): CheckTarget {
    return { forwarding: c.forwarding, address: c.address, vips: c.vip ? [c.vip] : [], gateways: c.gateways };
  }

  /** Runs the checks now over SSH (with access and a pinned host key); otherwise says why not. */
  async checks(ref: RealServerRef): Promise<RealServerChecksDto> {
    const c = await this.context(ref);
    const a = await this.repo.access(ref.clusterId, c.address);
    const base = {
      realServer: c.port === null ? c.address : `${c.address.includes(':') ? `[${c.address}]` : c.address}:${c.port}`,
      service: c.service,
      forwarding: c.forwarding,
      vips: c.vip ? [c.vip] : [],
      access: a ? this.mapAccess(a) : null,
      prepScriptUrl: `/api/v1/clusters/${ref.clusterId}/virtual-services/${ref.serviceId}/real-servers/${ref.realServerId}/prep-script`,
    };
    const unchecked = (error: string): RealServerChecksDto => ({ ...base, status: 'unchecked', checkedAt: null, error, checks: [] });
    if (!a)
      return unchecked('no SSH access to this real server: run the prep script on it (or an admin gives the console access: PUT …/access)');
    if (!a.hostKeyFingerprint)
      return unchecked('the host key of this real server is not accepted yet: an admin accepts it (PUT …/access/host-key)');
    let conn: SshConnection | undefined;
    try {
      const secret = await this.credentials.secretFor(a.credential, { address: c.address, director: `real server ${c.address}` });
      conn = await SshConnection.connect(
        { host: c.address, port: a.sshPort, username: a.sshUser, sudo: a.sudo, pinnedFingerprint: a.hostKeyFingerprint, ...secret },
        CONNECT_TIMEOUT_MS,
      );
      const r = await conn.exec(['sh', '-c', CHECK_SCRIPT], { timeoutMs: CHECK_TIMEOUT_MS });
      const results = evaluateChecks(this.target(c), parseHostFacts(r.stdout));
      return {
        ...base,
        status: results.some((x) => x.status === 'fail') ? 'fail' : 'pass',
        checkedAt: this.clock.now().toISOString(),
        error: null,
        checks: results,
      };
    } catch (e) {
      if (e instanceof HostKeyMismatchError) {
        this.events.emit({
          clusterId: ref.clusterId,
          kind: EventKind.HostKeyMismatch,
          severity: 'critical',
          subject: `real_server:${c.address}`,
          summary: `real server ${c.address} offers ${e.offered}, not the pinned ${e.expected}: not connected`,
          data: { host: c.address, offered: e.offered, pinned: e.expected },
        });
      }
      if (e instanceof HostKeyMismatchError || e instanceof HostKeyNotPinnedError) return unchecked(e.message);
      // A binding narrowed since the access was given: the credentials module's 422 says so, and nothing was sent.
      return unchecked(`could not check ${c.address}: ${(e as Error).message}`);
    } finally {
      conn?.close();
    }
  }

  async prepScript(ref: RealServerRef): Promise<PrepScriptDto> {
    const c = await this.context(ref);
    const name = `${c.address}${c.port === null ? '' : `:${c.port}`}`;
    return {
      filename: `lvs-prep-${c.address.replace(/[^0-9A-Za-z.]/g, '_')}.sh`,
      forwarding: c.forwarding,
      script: prepScript({ ...this.target(c), name, services: [c.service] }),
    };
  }

  private auditView(a: RealServerAccessEntity) {
    return {
      address: a.address,
      sshUser: a.sshUser,
      sshPort: a.sshPort,
      credential: a.credential,
      sudo: a.sudo,
      hostKeyFingerprint: a.hostKeyFingerprint,
    };
  }

  private mapAccess(a: RealServerAccessEntity): RealServerAccessDto {
    return {
      address: a.address,
      sshUser: a.sshUser,
      sshPort: a.sshPort,
      credential: a.credential,
      sudo: a.sudo,
      hostKeyFingerprint: a.hostKeyFingerprint,
      version: a.version,
      updatedAt: (a.updatedAt ?? new Date()).toISOString(),
    };
  }
}
