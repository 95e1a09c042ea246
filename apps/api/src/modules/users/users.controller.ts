import { Controller, Delete, Get, HttpCode, HttpStatus, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../../common/auth/roles';
import { ApiOk, ApiProblems } from '../../common/http/api-response';
import { ZodBody, ZodParams } from '../../common/validation/zod';
import {
  UserCreateSchema,
  UserIdParams,
  UserListSchema,
  UserSchema,
  UserUpdateSchema,
  type UserCreateDto,
  type UserDto,
  type UserListDto,
  type UserUpdateDto,
} from './user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
@RequireRole('admin')
@ApiProblems(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN)
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'List users' })
  @ApiOk(UserListSchema, 'All users.')
  list(): Promise<UserListDto> {
    return this.users.list();
  }

  @Post()
  @ApiOperation({ summary: 'Create a user' })
  @ApiOk(UserSchema, 'Created.', HttpStatus.CREATED)
  @ApiProblems(HttpStatus.BAD_REQUEST, HttpStatus.CONFLICT)
  create(@ZodBody(UserCreateSchema) body: UserCreateDto): Promise<UserDto> {
    return this.users.create(body);
  }

  @Get(':userId')
  @ApiOperation({ summary: 'Get a user' })
  @ApiOk(UserSchema, 'The user.')
  @ApiProblems(HttpStatus.NOT_FOUND)
  get(@ZodParams(UserIdParams) p: { userId: string }): Promise<UserDto> {
    return this.users.get(p.userId);
  }

  @Patch(':userId')
  @ApiOperation({ summary: "Change a user's role, password, or disable them (any of these ends their sessions and /live sockets)" })
  @ApiOk(UserSchema, 'Updated.')
  @ApiProblems(HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT)
  update(@ZodParams(UserIdParams) p: { userId: string }, @ZodBody(UserUpdateSchema) body: UserUpdateDto): Promise<UserDto> {
    return this.users.update(p.userId, body);
  }

  @Post(':userId/unlock')
  @HttpCode(200)
  @ApiOperation({
    summary: 'End every sign-in delay of a user (failed sign-ins slow down per user and address; this clears all addresses); audited',
  })
  @ApiOk(UserSchema, 'Unlocked.')
  @ApiProblems(HttpStatus.NOT_FOUND)
  unlock(@ZodParams(UserIdParams) p: { userId: string }): Promise<UserDto> {
    return this.users.unlock(p.userId);
  }

  @Delete(':userId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a user (their tokens and sessions go with them)' })
  @ApiProblems(HttpStatus.NOT_FOUND, HttpStatus.CONFLICT)
  async remove(@ZodParams(UserIdParams) p: { userId: string }): Promise<void> {
    await this.users.remove(p.userId);
  }
}
