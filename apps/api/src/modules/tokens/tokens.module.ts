import { Module } from '@nestjs/common';
import { Crypto } from '../../infra/crypto';
import { TokensController } from './tokens.controller';
import { TokensRepository } from './tokens.repository';
import { TokensService } from './tokens.service';

@Module({ controllers: [TokensController], providers: [TokensRepository, TokensService, Crypto], exports: [TokensService] })
export class TokensModule {}
