import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { RateLimiter } from '../../common/auth/rate-limiter';
import { Crypto } from '../../infra/crypto';
import { TokensModule } from '../tokens/tokens.module';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { OidcClient } from './oidc/oidc-client';
import { OidcController } from './oidc/oidc.controller';
import { OidcService } from './oidc/oidc.service';
import { SessionsRepository } from './sessions.repository';

@Module({
  imports: [UsersModule, TokensModule],
  controllers: [AuthController, OidcController],
  providers: [AuthService, OidcService, OidcClient, SessionsRepository, RateLimiter, Crypto, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService, RateLimiter],
})
export class AuthModule {}
