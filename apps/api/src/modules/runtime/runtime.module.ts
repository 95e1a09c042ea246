import { Global, Module } from '@nestjs/common';
import { SshModule } from '../../infra/ssh/ssh.module';
import { ClustersModule } from '../clusters/clusters.module';
import { RuntimeController } from './runtime.controller';
import { RuntimeRepository } from './runtime.repository';
import { RuntimeService } from './runtime.service';

/**
 * Runtime controls (issue 18): drain/disable/enable and director maintenance without a reload.
 * Global so the topology's admin-state endpoint can apply a change now without importing this
 * module (which needs the SSH module's connector, and clusters' spec port).
 */
@Global()
@Module({
  imports: [SshModule, ClustersModule],
  controllers: [RuntimeController],
  providers: [RuntimeRepository, RuntimeService],
  exports: [RuntimeService],
})
export class RuntimeModule {}
