import { Module } from '@nestjs/common';
import { Crypto } from '../../infra/crypto';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({ controllers: [UsersController], providers: [UsersRepository, UsersService, Crypto], exports: [UsersRepository, UsersService] })
export class UsersModule {}
