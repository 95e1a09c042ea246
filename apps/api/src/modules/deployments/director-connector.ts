import { Injectable } from '@nestjs/common';
import type { Director } from '@lvs/domain';
import { HostKeyMismatchError, HostKeyNotPinnedError, type SshConnection, type SshTarget } from '../../infra/ssh/ssh-connection';
import { SshPool } from '../../infra/ssh/ssh-pool';
import { AuditService } from '../audit/audit.service';
import { CredentialsService } from '../credentials/credentials.service';
import { DeploymentsRepository } from './deployments.repository';

/** Turns a director of the spec into a pooled, host-key-pinned SSH connection. */
@Injectable()
export class DirectorConnector {
  constructor(
    private readonly pool: SshPool,
    private readonly credentials: CredentialsService,
    private readonly repo: DeploymentsRepository,
    private readonly audit: AuditService,
  ) {}

  async target(clusterId: string, d: Director): Promise<SshTarget> {
    const secret = d.credential ? await this.credentials.secretFor(d.credential) : {};
    const pin = await this.repo.hostKey(clusterId, d.name);
    return { host: d.address, port: d.sshPort, username: d.sshUser, sudo: d.sudo, pinnedFingerprint: pin?.fingerprint, ...secret };
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
      }
      throw e;
    }
  }

  isHostKeyProblem(e: unknown): e is HostKeyMismatchError | HostKeyNotPinnedError {
    return e instanceof HostKeyMismatchError || e instanceof HostKeyNotPinnedError;
  }
}
