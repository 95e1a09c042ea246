import { Controller, Delete, Get, Header, HttpCode, HttpStatus, Put, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { z } from 'zod';
import type { Principal } from '../../common/auth/principal';
import { CurrentPrincipal } from '../../common/auth/principal.decorator';
import { RequireRole } from '../../common/auth/roles';
import { ApiOk, ApiProblems } from '../../common/http/api-response';
import { ZodBody, ZodParams } from '../../common/validation/zod';
import { RealServerParams } from '../topology/dto/common';
import {
  HostKeyBodySchema,
  type RealServerAccessBody,
  RealServerAccessBodySchema,
  type RealServerAccessDto,
  RealServerAccessSchema,
  type RealServerChecksDto,
  RealServerChecksSchema,
  type RealServerHostKeyDto,
  RealServerHostKeySchema,
} from './real-server-checks.dto';
import { RealServerChecksService } from './real-server-checks.service';

type P = z.output<typeof RealServerParams>;

@ApiTags('real-server-checks')
@ApiProblems(HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND)
@Controller('clusters/:clusterId/virtual-services/:serviceId/real-servers/:realServerId')
export class RealServerChecksController {
  constructor(private readonly checks: RealServerChecksService) {}

  @Get('checks')
  @RequireRole('viewer')
  @ApiOperation({
    summary: 'Check the real server is prepared for its forwarding method (DR, NAT, TUN), over SSH, now',
    description:
      'DR: each VIP on lo (or a dummy device) as /32 (/128), arp_ignore=1 and arp_announce=2 (the larger of `all` and the serving interface), rp_filter that does not drop; NAT: the default route via a director address or VIP; TUN: an ipip device holding the VIP, rp_filter off or loose on it. Runs one read-only command with the real server\'s SSH access (its credential only inside its address binding, its host key pinned); without access `status` is `unchecked` and the prep script says what to run.',
  })
  @ApiOk(RealServerChecksSchema, 'The checks, or why they did not run.')
  run(@ZodParams(RealServerParams) p: P): Promise<RealServerChecksDto> {
    return this.checks.checks(p);
  }

  @Get('prep-script')
  @RequireRole('viewer')
  @Header('Content-Type', 'text/x-shellscript; charset=utf-8')
  @ApiProduces('text/x-shellscript')
  @ApiOperation({ summary: 'A shell script that prepares this real server for its forwarding method (run as root on it; idempotent)' })
  @ApiResponse({ status: HttpStatus.OK, description: 'POSIX sh', content: { 'text/x-shellscript': { schema: { type: 'string' } } } })
  async prepScript(@ZodParams(RealServerParams) p: P, @Res({ passthrough: true }) res: Response): Promise<string> {
    const { filename, script } = await this.checks.prepScript(p);
    res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    return script;
  }

  @Get('access')
  @RequireRole('viewer')
  @ApiOperation({ summary: 'The console\'s SSH access to this real server\'s host (credential name, user, port, pinned host key)' })
  @ApiOk(RealServerAccessSchema, 'The access.')
  getAccess(@ZodParams(RealServerParams) p: P): Promise<RealServerAccessDto> {
    return this.checks.getAccess(p);
  }

  @Put('access')
  @RequireRole('admin')
  @ApiOperation({
    summary: 'Give the console SSH access to this real server\'s host (admin; one access per address in the cluster)',
    description: 'The credential must exist and the address be inside its binding (422 `credentials.not_bound`). The host key must then be accepted (PUT …/access/host-key) before any check connects. Not for cluster-scoped tokens.',
  })
  @ApiOk(RealServerAccessSchema, 'Stored.')
  @ApiProblems(HttpStatus.UNPROCESSABLE_ENTITY)
  putAccess(@ZodParams(RealServerParams) p: P, @ZodBody(RealServerAccessBodySchema) body: RealServerAccessBody, @CurrentPrincipal() who: Principal): Promise<RealServerAccessDto> {
    return this.checks.putAccess(p, body, who);
  }

  @Delete('access')
  @RequireRole('admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove the console\'s SSH access to this real server\'s host (admin)' })
  @ApiResponse({ status: HttpStatus.NO_CONTENT, description: 'Removed.' })
  deleteAccess(@ZodParams(RealServerParams) p: P, @CurrentPrincipal() who: Principal): Promise<void> {
    return this.checks.deleteAccess(p, who);
  }

  @Get('access/host-key')
  @RequireRole('viewer')
  @ApiOperation({ summary: 'The SSH host key the real server offers now, and the pinned one' })
  @ApiOk(RealServerHostKeySchema, 'Offered and pinned fingerprints.')
  hostKey(@ZodParams(RealServerParams) p: P): Promise<RealServerHostKeyDto> {
    return this.checks.hostKey(p);
  }

  @Put('access/host-key')
  @RequireRole('admin')
  @ApiOperation({ summary: 'Accept (pin) the host key the real server offers now (admin: it decides which host receives the credential)' })
  @ApiOk(RealServerHostKeySchema, 'Pinned.')
  @ApiProblems(HttpStatus.CONFLICT, HttpStatus.BAD_GATEWAY)
  acceptHostKey(@ZodParams(RealServerParams) p: P, @ZodBody(HostKeyBodySchema) body: z.output<typeof HostKeyBodySchema>, @CurrentPrincipal() who: Principal): Promise<RealServerHostKeyDto> {
    return this.checks.acceptHostKey(p, body.fingerprint, who);
  }
}
