import { Controller, Delete, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../../common/auth/principal';
import { CurrentPrincipal } from '../../common/auth/principal.decorator';
import { RequireRole } from '../../common/auth/roles';
import { ApiOk, ApiProblems } from '../../common/http/api-response';
import { ZodBody, ZodParams } from '../../common/validation/zod';
import { CredentialCreateSchema, CredentialIdParams, CredentialListSchema, CredentialSchema, type CredentialCreateDto, type CredentialDto, type CredentialListDto } from './credential.dto';
import { CredentialsService } from './credentials.service';

@ApiTags('credentials')
@Controller('credentials')
@ApiProblems(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN)
export class CredentialsController {
  constructor(private readonly credentials: CredentialsService) {}

  @Get()
  @RequireRole('viewer')
  @ApiOperation({ summary: 'List SSH credentials (names and key fingerprints; secrets are never returned)' })
  @ApiOk(CredentialListSchema, 'Credentials by name.')
  list(): Promise<CredentialListDto> {
    return this.credentials.list();
  }

  @Post()
  @RequireRole('admin')
  @ApiOperation({ summary: 'Store an SSH private key or password, sealed with AES-256-GCM under the master key' })
  @ApiOk(CredentialSchema, 'Stored.', HttpStatus.CREATED)
  @ApiProblems(HttpStatus.BAD_REQUEST, HttpStatus.CONFLICT)
  create(@CurrentPrincipal() p: Principal, @ZodBody(CredentialCreateSchema) body: CredentialCreateDto): Promise<CredentialDto> {
    return this.credentials.create(p, body);
  }

  @Delete(':credentialId')
  @HttpCode(204)
  @RequireRole('admin')
  @ApiOperation({ summary: 'Delete an SSH credential' })
  @ApiProblems(HttpStatus.NOT_FOUND)
  async remove(@ZodParams(CredentialIdParams) p: { credentialId: string }): Promise<void> {
    await this.credentials.remove(p.credentialId);
  }
}
