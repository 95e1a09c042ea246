import { Global, Module } from '@nestjs/common';
import { AuthModule } from '../../modules/auth/auth.module';
import { TokensModule } from '../../modules/tokens/tokens.module';
import { LiveJoins } from './live-joins';
import { LiveGateway } from './live.gateway';
import { LiveService } from './live.service';

@Global()
@Module({ imports: [AuthModule, TokensModule], providers: [LiveGateway, LiveService, LiveJoins], exports: [LiveService, LiveJoins] })
export class RealtimeModule {}
