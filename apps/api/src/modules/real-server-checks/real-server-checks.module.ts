import { Module } from '@nestjs/common';
import { SshModule } from '../../infra/ssh/ssh.module';
import { CredentialsModule } from '../credentials/credentials.module';
import { RealServerChecksController } from './real-server-checks.controller';
import { RealServerChecksRepository } from './real-server-checks.repository';
import { RealServerChecksService } from './real-server-checks.service';

@Module({
  imports: [CredentialsModule, SshModule],
  controllers: [RealServerChecksController],
  providers: [RealServerChecksRepository, RealServerChecksService],
})
export class RealServerChecksModule {}
