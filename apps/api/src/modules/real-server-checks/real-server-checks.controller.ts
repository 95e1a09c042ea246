import { Controller, Delete, Get, Headers, HttpCode, HttpStatus, Put, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { z } from 'zod';
import type { Principal } from '../../common/auth/principal';
import { CurrentPrincipal } from '../../common/auth/principal.decorator';
import { RequireRole } from '../../common/auth/roles';
import { ApiOk, ApiProblems } from '../../common/http/api-response';
import { ZodBody, ZodParams } from '../../common/validation/zod';
import { toOpenApiSchema } from '../../common/validation/zod-openapi';
import { RealServerParams } from '../clusters/resources/dto/common';
import { IfMatchHeader, setEtag } from '../../common/http/etag';
import {
  HostKeyBodySchema,
  type PrepScriptDto,
  PrepScriptSchema,
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
      "DR: each VIP on lo (or a dummy device) as /32 (/128), arp_ignore=1 and arp_announce=2 (the larger of `all` and the serving interface), rp_filter that does not drop; NAT: the default route via a director address or VIP; TUN: an ipip device holding the VIP, rp_filter off or loose on it. Runs one read-only command with the real server's SSH access (its credential only inside its address binding, its host key pinned); without access `status` is `unchecked` and the prep script says what to run.",
  })
  @ApiOk(RealServerChecksSchema, 'The checks, or why they did not run.')
  run(@ZodParams(RealServerParams) p: P): Promise<RealServerChecksDto> {
    return this.checks.checks(p);
  }

  @Get('prep-script')
  @RequireRole('viewer')
  @ApiProduces('text/x-shellscript', 'application/json')
  @ApiOperation({
    summary: 'A shell script that prepares this real server for its forwarding method (run as root on it; idempotent)',
    description:
      'A download (`text/x-shellscript`, Content-Disposition attachment) unless the client asks for `Accept: application/json` only, which gets `{ filename, forwarding, script }` (to show it inline).',
  })
  @ApiResponse({
    status: HttpStatus.OK,
    description: 'POSIX sh, or the same as JSON',
    content: {
      'text/x-shellscript': { schema: { type: 'string' } },
      'application/json': { schema: toOpenApiSchema(PrepScriptSchema, 'output') },
    },
  })
  async prepScript(
    @ZodParams(RealServerParams) p: P,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PrepScriptDto | string> {
    const out = await this.checks.prepScript(p);
    if (accept && /application\/json/.test(accept) && !/text\/x-shellscript|text\/\*|\*\/\*/.test(accept)) return out;
    res.setHeader('Content-Type', 'text/x-shellscript; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${out.filename}"`);
    return out.script;
  }

  @Get('access')
  @RequireRole('viewer')
  @ApiOperation({ summary: "The console's SSH access to this real server's host (credential name, user, port, pinned host key)" })
  @ApiOk(RealServerAccessSchema, 'The access.')
  async getAccess(@ZodParams(RealServerParams) p: P, @Res({ passthrough: true }) res: Response): Promise<RealServerAccessDto> {
    const a = await this.checks.getAccess(p);
    setEtag(res, a.version);
    return a;
  }

  @Put('access')
  @RequireRole('admin')
  @ApiOperation({
    summary: "Give the console SSH access to this real server's host (admin; one access per address in the cluster)",
    description:
      'The credential must exist and the address be inside its binding (422 `credentials.not_bound`). The host key must then be accepted (PUT …/access/host-key) before any check connects. Not for cluster-scoped tokens.',
  })
  @IfMatchHeader('real server access')
  @ApiOk(RealServerAccessSchema, 'Stored.')
  @ApiProblems(HttpStatus.UNPROCESSABLE_ENTITY, HttpStatus.PRECONDITION_FAILED)
  async putAccess(
    @ZodParams(RealServerParams) p: P,
    @ZodBody(RealServerAccessBodySchema) body: RealServerAccessBody,
    @CurrentPrincipal() who: Principal,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<RealServerAccessDto> {
    const a = await this.checks.putAccess(p, body, who, ifMatch);
    setEtag(res, a.version);
    return a;
  }

  @Delete('access')
  @RequireRole('admin')
  @HttpCode(204)
  @ApiOperation({ summary: "Remove the console's SSH access to this real server's host (admin)" })
  @IfMatchHeader('real server access')
  @ApiResponse({ status: HttpStatus.NO_CONTENT, description: 'Removed.' })
  @ApiProblems(HttpStatus.PRECONDITION_FAILED)
  deleteAccess(
    @ZodParams(RealServerParams) p: P,
    @CurrentPrincipal() who: Principal,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<void> {
    return this.checks.deleteAccess(p, who, ifMatch);
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
  @IfMatchHeader('real server access')
  @ApiOk(RealServerHostKeySchema, 'Pinned.')
  @ApiProblems(HttpStatus.CONFLICT, HttpStatus.BAD_GATEWAY, HttpStatus.PRECONDITION_FAILED)
  acceptHostKey(
    @ZodParams(RealServerParams) p: P,
    @ZodBody(HostKeyBodySchema) body: z.output<typeof HostKeyBodySchema>,
    @CurrentPrincipal() who: Principal,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<RealServerHostKeyDto> {
    return this.checks.acceptHostKey(p, body.fingerprint, who, ifMatch);
  }
}
