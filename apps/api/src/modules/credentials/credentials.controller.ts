import { Controller, Delete, Get, HttpCode, HttpStatus, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../../common/auth/principal';
import { CurrentPrincipal } from '../../common/auth/principal.decorator';
import { RequireRole } from '../../common/auth/roles';
import { ApiOk, ApiProblems } from '../../common/http/api-response';
import { ZodBody, ZodParams } from '../../common/validation/zod';
import {
  CredentialCreateSchema,
  CredentialIdParams,
  CredentialListSchema,
  CredentialSchema,
  CredentialUpdateSchema,
  type CredentialCreateDto,
  type CredentialDto,
  type CredentialListDto,
  type CredentialUpdateDto,
} from './credential.dto';
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

  @Patch(':credentialId')
  @RequireRole('admin')
  @ApiOperation({
    summary: 'Change the addresses a credential may be sent to (its binding); directors outside it are refused before any connection',
  })
  @ApiOk(CredentialSchema, 'The credential with its new binding.')
  @ApiProblems(HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND)
  update(
    @ZodParams(CredentialIdParams) p: { credentialId: string },
    @ZodBody(CredentialUpdateSchema) body: CredentialUpdateDto,
  ): Promise<CredentialDto> {
    return this.credentials.update(p.credentialId, body);
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
