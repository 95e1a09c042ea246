import { Module } from '@nestjs/common';
import { CredentialsModule } from '../../modules/credentials/credentials.module';
import { DirectorConnector } from './director-connector';
import { HostKeyPinsRepository } from './host-key-pins.repository';
import { HostKeyScanner } from './host-key-scanner';
import { SshPool } from './ssh-pool';

/**
 * SSH to directors: the pool of long-lived connections, the connector that turns a spec's director
 * into a pinned, credential-bound connection, and the host-key scanner. One pool per app: every
 * feature that reaches a director (deployments, plans, telemetry, runtime controls, fleet) imports
 * this module rather than providing its own.
 */
@Module({
  imports: [CredentialsModule],
  providers: [SshPool, DirectorConnector, HostKeyPinsRepository, HostKeyScanner],
  exports: [SshPool, DirectorConnector, HostKeyScanner],
})
export class SshModule {}
