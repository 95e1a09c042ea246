import { Injectable } from '@nestjs/common';
import { SshConnection } from './ssh-connection';

/**
 * Reads the host key a director offers, without authenticating (for the operator to accept). An
 * injectable seam over `SshConnection.scanHostKey`, so callers can be unit-tested without a
 * server; the real scan is tested against a real sshd (ssh.int-spec.ts, plan int-specs).
 */
@Injectable()
export class HostKeyScanner {
  scan(host: string, port: number, timeoutMs?: number): Promise<string> {
    return SshConnection.scanHostKey(host, port, timeoutMs);
  }
}
