import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '../../common/auth/principal';
import { CurrentPrincipal } from '../../common/auth/principal.decorator';
import { RequireRole } from '../../common/auth/roles';
import { ApiOk, ApiProblems } from '../../common/http/api-response';
import { ZodQuery } from '../../common/validation/zod';
import {
  AuditPageSchema,
  AuditQuerySchema,
  AuditVerifySchema,
  type AuditEventDto,
  type AuditPageDto,
  type AuditQuery,
  type AuditVerifyDto,
} from './audit.dto';
import { AuditChainWatch } from './audit-chain-watch';
import { AuditService } from './audit.service';

const CSV_COLUMNS = [
  'id',
  'at',
  'actor_type',
  'actor',
  'token_id',
  'ip',
  'action',
  'target_type',
  'target_id',
  'outcome',
  'detail',
  'request_id',
  'before',
  'after',
  'hash',
];

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v);
  // Quote always; double inner quotes; neutralise spreadsheet formulas.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return `"${safe.replace(/"/g, '""')}"`;
}

function csvRow(e: AuditEventDto): string {
  return [
    e.id,
    e.at,
    e.actor.type,
    e.actor.name,
    e.actor.tokenId,
    e.ip,
    e.action,
    e.target?.type,
    e.target?.id,
    e.outcome,
    e.detail,
    e.requestId,
    e.before,
    e.after,
    e.hash,
  ]
    .map(csvCell)
    .join(',');
}

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(
    private readonly audit: AuditService,
    private readonly chainWatch: AuditChainWatch,
  ) {}

  @Get()
  @RequireRole('viewer')
  @ApiOperation({ summary: 'Audit log: filter by actor, action, target, outcome and time; page as JSON or export as CSV / JSON lines' })
  @ApiProduces('application/json', 'text/csv', 'application/x-ndjson')
  @ApiOk(AuditPageSchema, 'One page, newest first (format=json), or the whole filtered log oldest first (csv, jsonl).')
  @ApiProblems(HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED)
  async list(
    @ZodQuery(AuditQuerySchema) q: AuditQuery,
    @CurrentPrincipal() p: Principal,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AuditPageDto | undefined> {
    // Only admins read which user names were typed into failed sign-ins (often a password typed in the wrong field).
    const admin = p.role === 'admin';
    if (q.format === 'json') return this.audit.list(q, admin);
    const csv = q.format === 'csv';
    res.status(200);
    res.setHeader('Content-Type', csv ? 'text/csv; charset=utf-8' : 'application/x-ndjson');
    res.setHeader('Content-Disposition', `attachment; filename="audit-${new Date().toISOString().slice(0, 10)}.${csv ? 'csv' : 'jsonl'}"`);
    if (csv) res.write(CSV_COLUMNS.join(',') + '\n');
    for await (const e of this.audit.export(q, admin)) {
      if (!res.write((csv ? csvRow(e) : JSON.stringify(e)) + '\n')) await new Promise((r) => res.once('drain', r));
    }
    res.end();
    return undefined;
  }

  @Get('verify')
  @RequireRole('viewer')
  @ApiOperation({
    summary: 'Walk the hash chain and report the first broken link, if any',
    description:
      'A broken link is also recorded once as a critical `audit.chain_broken` timeline event (GET /events), which notification rules can route; the chain is walked every AUDIT_VERIFY_MINUTES as well.',
  })
  @ApiOk(AuditVerifySchema, 'Result of the walk.')
  @ApiProblems(HttpStatus.UNAUTHORIZED)
  verify(): Promise<AuditVerifyDto> {
    return this.chainWatch.verify();
  }
}
