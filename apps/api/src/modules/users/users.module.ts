import { Module } from '@nestjs/common';
import { TokensModule } from '../tokens/tokens.module';
import { Crypto } from '../../infra/crypto';
import { LoginThrottlesRepository } from './login-throttles.repository';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({
  imports: [TokensModule],
  controllers: [UsersController],
  providers: [UsersRepository, UsersService, LoginThrottlesRepository, Crypto],
  exports: [UsersRepository, UsersService, LoginThrottlesRepository],
})
export class UsersModule {}
