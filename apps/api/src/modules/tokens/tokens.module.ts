import { Module } from '@nestjs/common';
import { CredentialEvents } from '../../common/auth/credential-events';
import { Crypto } from '../../infra/crypto';
import { TokensController } from './tokens.controller';
import { TokensRepository } from './tokens.repository';
import { TokensService } from './tokens.service';
import { VerifiedTokens } from './verified-tokens';

@Module({
  controllers: [TokensController],
  providers: [TokensRepository, TokensService, Crypto, VerifiedTokens, CredentialEvents],
  exports: [TokensService, VerifiedTokens, CredentialEvents],
})
export class TokensModule {}
